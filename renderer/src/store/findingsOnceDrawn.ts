import { useFirstMapDrawn } from '../shell/afterStart';
import type { MandatModel } from '../../../shared/model/types';
import { findingsFor, keptFindings } from './findings';
import { useDrawnAndIdle } from './useDrawnAndIdle';

/**
 * The findings of the map on the date for a part of the window that shows them, or null
 * while a newly opened map waits for its analysis. A map opened after the start (a dropped
 * or opened file replacing the one on screen) is drawn first and analysed in the first
 * idle moment after: analysed in the render that opened it, the side panel's count held the
 * canvas's first drawing of a 1,000-body map up by the whole analysis (~145 ms traced).
 * The first map of the page is analysed at once: its count is part of the first screen,
 * which the start-up path (shell/afterStart.ts) already orders. Edits to a map that is on
 * screen are analysed at once too (the count follows an edit within a frame or two).
 */
export function useFindingsOnceDrawn(model: MandatModel, asOf: string, mapVersion: number): ReturnType<typeof findingsFor> | null {
  const started = useFirstMapDrawn();
  const ready = useDrawnAndIdle(mapVersion);
  const kept = keptFindings(model, asOf);
  if (kept) return kept;
  return !started || ready ? findingsFor(model, asOf) : null;
}
