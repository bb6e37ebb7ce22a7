import { create } from 'zustand';
import { useEditor } from '../store/editor';

/** What the person answered when a map with unsaved changes was about to be replaced. */
export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

interface Asking {
  /** The action that would replace the map, as the question names it (a translation key's last part). */
  readonly action: ReplaceAction;
  readonly answer: (a: UnsavedAnswer) => void;
}

export type ReplaceAction = 'open' | 'new' | 'join' | 'sample';

/** The question on screen, if any; UnsavedDialog shows it. */
export const useUnsavedQuestion = create<{ asking: Asking | null }>()(() => ({ asking: null }));

/** Saves the open map to its file; true when it was saved. Set once by the window (it knows the platform). */
let saveOpenMap: (() => Promise<boolean>) | null = null;

export function setMapSaver(save: () => Promise<boolean>): void {
  saveOpenMap = save;
}

function ask(action: ReplaceAction): Promise<UnsavedAnswer> {
  // A second question while one is open answers the first with Cancel: one question at a time.
  useUnsavedQuestion.getState().asking?.answer('cancel');
  return new Promise((resolve) => {
    useUnsavedQuestion.setState({
      asking: {
        action,
        answer: (a) => {
          useUnsavedQuestion.setState({ asking: null });
          resolve(a);
        },
      },
    });
  });
}

/**
 * Whether the open map may be replaced by `action`. A map with unsaved changes is only
 * replaced when the person says so: Save (and the save succeeded), or Don't save.
 */
export async function mayReplaceMap(action: ReplaceAction): Promise<boolean> {
  if (!useEditor.getState().dirty) return true;
  const answer = await ask(action);
  if (answer === 'discard') return true;
  if (answer === 'cancel' || !saveOpenMap) return false;
  return saveOpenMap();
}
