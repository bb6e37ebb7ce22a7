import type { Command } from '../../../shared/commands/types';
import { NODE_WIDTH } from '../../../shared/layout/bandLayout';
import { boxHeights } from './boxHeights';
import { isValidOn } from '../../../shared/time/isoDate';
import { dispatch, editsRefused, notify, setLayoutProgress, useEditor } from '../store/editor';
import { frameAllAfterLayout } from './frameAll';
import type { LayoutMessage, LayoutRequest } from './protocol';
import { bodyIdIn } from '../modelIds';

const BAND = { political: 0, administrative: 1, operative: 2, external: 3 } as const;

/**
 * Lays out the bodies shown on the date with ELK (layered, political bodies on top)
 * in a web worker, showing progress; the result is one undoable step.
 */
export function autoLayout(): void {
  const { model, asOf, layoutProgress } = useEditor.getState();
  if (layoutProgress !== null || editsRefused()) return;
  const bodies = [...model.bodies.values()].filter((b) => isValidOn(b, asOf));
  const ids = new Set(bodies.map((b) => b.id));
  // Each box as tall as it is drawn, or as its longest name may make it on another date
  // (boxes with a three-line name ran into the box below them after arranging).
  const heightOf = boxHeights();
  const request: LayoutRequest = {
    nodes: bodies.map((b) => ({ id: b.id, band: BAND[b.level], height: heightOf(b) })),
    edges: [...model.reportingLines.values()].filter((l) => isValidOn(l, asOf) && ids.has(l.from) && ids.has(l.to)).map((l) => ({ from: l.to, to: l.from })),
    width: NODE_WIDTH,
  };
  setLayoutProgress(0);
  const worker = new Worker(new URL('./elkWorker.ts', import.meta.url), { type: 'module' });
  const finish = (): void => {
    worker.terminate();
    setLayoutProgress(null);
  };
  worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
    const m = event.data;
    if (m.type === 'progress') setLayoutProgress(m.value);
    else if (m.type === 'error') {
      finish();
      notify({ kind: 'error', text: { sv: `Kartan kunde inte ordnas: ${m.message}`, en: `The map could not be arranged: ${m.message}` } });
    } else {
      finish();
      // Bodies removed (say by a collaborator) while the layout ran are left out.
      const { model } = useEditor.getState();
      const commands = m.positions.flatMap((p): Command[] => {
        const id = bodyIdIn(model, p.id);
        return id ? [{ type: 'updateBody', id, changes: { position: { x: p.x, y: p.y } } }] : [];
      });
      if (commands.length > 0) dispatch({ type: 'batch', commands });
      // The whole result in the window: on a 250-body map the trees ran off it.
      frameAllAfterLayout(m.positions.at(-1));
    }
  };
  worker.onerror = (e) => {
    finish();
    notify({ kind: 'error', text: { sv: `Kartan kunde inte ordnas: ${e.message}`, en: `The map could not be arranged: ${e.message}` } });
  };
  worker.postMessage(request);
}
