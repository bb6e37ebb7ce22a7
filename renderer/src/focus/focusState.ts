import { useMemo } from 'react';
import { create } from 'zustand';
import type { IsoDate, MandatModel } from '../../../shared/model/types';
import { neighbourhood } from '../../../shared/model/neighbourhood';

/** The focus view: one body and what is one or two steps from it; null shows the whole map. */
export interface Focus {
  readonly body: string;
  readonly reach: 1 | 2;
}

/** UI state only (not part of the map, not undone): which body the canvas is focused on. */
export const useFocus = create<{ focus: Focus | null }>(() => ({ focus: null }));

export const focusOn = (body: string, reach: 1 | 2 = 2): void => useFocus.setState({ focus: { body, reach } });
export const endFocus = (): void => useFocus.setState({ focus: null });

/**
 * The ids the canvas shows in the focus view on the date, or null when there is no focus —
 * or when its body is not on this map (deleted, undone, another map opened): the whole map
 * shows again rather than an empty canvas with no bar to leave it by.
 */
export function useFocusIds(model: MandatModel, asOf: IsoDate): ReadonlySet<string> | null {
  const focus = useFocus((s) => s.focus);
  return useMemo(
    () => (focus && model.bodies.has(focus.body as never) ? new Set(neighbourhood(model, focus.body, asOf, focus.reach).steps.keys()) : null),
    [focus, model, asOf],
  );
}
