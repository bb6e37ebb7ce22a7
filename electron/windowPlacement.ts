import type { WindowPlacement } from '../shared/ipc';

/** What main knows of a window's map, from its 'window:state' reports. */
export interface WindowFacts {
  readonly dirty: boolean;
  readonly hasFile: boolean;
}

/**
 * Where File > New, Open or a drop puts its map: one window per map, so only an
 * untouched window (no unsaved changes, no file: the sample or an empty new map) is
 * reused. A window main knows nothing of is not known to be untouched.
 */
export function placementFor(state: WindowFacts | undefined): WindowPlacement {
  return state && !state.dirty && !state.hasFile ? 'this-window' : 'new-window';
}
