import { create } from 'zustand';

/**
 * A reporting line being made: from a body, to a body when it is known (a drag between
 * two handles), or to one the person still has to choose (the shortcut, the menus).
 */
export interface Connecting {
  readonly from: string;
  readonly to: string | null;
}

export const useConnecting = create<{ readonly connecting: Connecting | null }>()(() => ({ connecting: null }));

/** Opens the line dialog from `from`; without `to` it first asks for the receiver. */
export function startConnect(from: string, to: string | null = null): void {
  useConnecting.setState({ connecting: { from, to } });
}

export function closeConnect(): void {
  useConnecting.setState({ connecting: null });
}
