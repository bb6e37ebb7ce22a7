import type { MandatModel } from '../../shared/model/types';
import { commitFocusedField } from './pendingField';
import { stateText } from './platform/stateText';
import type { AutosaveRecord, Platform } from './platform/types';
import { currentFileText, currentState, useEditor } from './store/editor';
import { whenDrawnAndIdle } from './store/mapDrawn';

/** The model and unsaved flag last handed to the host's autosave, and whether the host surely kept it. */
interface Written {
  readonly model: MandatModel;
  readonly dirty: boolean;
}

/** The user-timing mark made each time the idle autosave has written its copy. */
export const AUTOSAVED_MARK = 'mandat:autosaved';

function record(): AutosaveRecord {
  const s = useEditor.getState();
  return { name: s.fileName, text: currentFileText(), savedAt: new Date().toISOString(), dirty: s.dirty };
}

/**
 * Keeps the autosaved copy one second behind the last change, and current whenever the
 * page is hidden or left. The copy is written when the page is next idle (at most 2 s
 * later) after the canvas has drawn the map: taking a large map's state (about 0.2 s for
 * the 1,000-body benchmark map) must not land in the middle of drawing it or of the next
 * edit, and its text is made in a worker (stateText.ts). When the page is hidden (another tab, a
 * minimised window) or left (reload, closed tab), the field being typed in is committed
 * and the copy written at once; where the host cannot promise the copy is kept (a map
 * too large for the browser's synchronous storage), leaving the page asks first.
 */
export function startAutosave(platform: Platform): () => void {
  let cancelPending: (() => void) | null = null;
  let written: Written | null = null;
  let kept = true;
  const isCurrent = (): boolean => {
    const s = useEditor.getState();
    return written !== null && written.model === s.model && written.dirty === s.dirty;
  };
  const writeIdle = (): void => {
    cancelPending = null;
    const s = useEditor.getState();
    const w = { model: s.model, dirty: s.dirty };
    written = w;
    // Kept once the host says so: a page left while the write is under way writes again at once.
    kept = false;
    // Only the document's state is taken here; its text is made in a worker (stateText.ts).
    const { fileName: name, dirty } = s;
    const savedAt = new Date().toISOString();
    void stateText(currentState())
      .then((text) => {
        // A newer copy has been written (the page was hidden) or is on its way: this one is behind it.
        if (written !== w) return;
        return platform.autosave({ name, text, savedAt, dirty }).then(() => {
          if (written === w) kept = true;
          // For profiles and the benchmark, which measures edits once the copy is written (test/bench/browserPage.ts).
          performance.mark(AUTOSAVED_MARK);
        });
      })
      .catch((error: unknown) => console.warn('Mandat: the autosaved copy could not be made', error));
  };
  const writeNow = (): void => {
    commitFocusedField();
    if (isCurrent() && kept) return;
    cancelPending?.();
    cancelPending = null;
    const s = useEditor.getState();
    written = { model: s.model, dirty: s.dirty };
    const r = record();
    kept = platform.autosaveNow ? platform.autosaveNow(r) : (void platform.autosave(r), true);
  };

  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.model === previous.model && state.dirty === previous.dirty) return;
    cancelPending?.();
    const timer = setTimeout(() => {
      // A newly opened map is written once the canvas has drawn it: writing needs its Yjs
      // document, whose building waits for that too, and must not land in the first drawing.
      cancelPending = whenDrawnAndIdle(useEditor.getState().mapVersion, writeIdle);
    }, 1000);
    cancelPending = () => clearTimeout(timer);
  });
  // The map as opened counts as written: its copy is where it came from (the file, the autosave, the sample).
  written = { model: useEditor.getState().model, dirty: useEditor.getState().dirty };

  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') writeNow();
  };
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    writeNow();
    if (!kept && useEditor.getState().dirty) {
      e.preventDefault();
      e.returnValue = '';
    }
  };
  window.addEventListener('pagehide', writeNow);
  document.addEventListener('visibilitychange', onHidden);
  // The desktop window has its own close prompt (Save / Don't save / Cancel): no second one here.
  if (platform.kind === 'web') window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    unsubscribe();
    cancelPending?.();
    window.removeEventListener('pagehide', writeNow);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
