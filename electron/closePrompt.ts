import type { Language } from '../shared/model/vocabulary';

/** What the user chose in the "save the changes?" prompt. */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The prompt's buttons in order (Save, Don't save, Cancel), in the window's language; Escape is Cancel. */
export function closePromptOptions(title: string, language: Language) {
  const sv = language === 'sv';
  return {
    type: 'question' as const,
    buttons: sv ? ['Spara', 'Spara inte', 'Avbryt'] : ['Save', "Don't save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    message: sv ? `Vill du spara ändringarna i ${title}?` : `Save the changes to ${title}?`,
  };
}

/** The button index Electron's message box answered, as a choice. */
export function choiceOf(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

export interface ClosePromptDeps {
  /** Shows the prompt for the window (synchronously: the close event must be answered at once). */
  readonly ask: (windowId: number) => CloseChoice;
  /** Asks the window's editor to save ('save' menu command); it answers through 'file:save'. */
  readonly requestSave: (windowId: number) => void;
  /** The map is thrown away on purpose: mark the window clean and discard its crash journal. */
  readonly discard: (windowId: number) => void;
  /** The map was saved: mark the window clean and close it (its close event then passes). */
  readonly closeSaved: (windowId: number) => void;
  /** Quits the app again (after a save that a quit was waiting for). */
  readonly quit: () => void;
}

/**
 * The close prompt's flows. Save cannot finish inside the close event (the editor saves
 * asynchronously, maybe through a Save As dialog), so the close is prevented, the editor
 * asked to save, and the window closed once that save succeeded; a failed or cancelled
 * save leaves it open with the editor's message. A quit waiting for that save continues
 * (Electron cancels a quit when a window prevents its close), so each unsaved window is asked.
 */
export function createClosePrompt(deps: ClosePromptDeps) {
  const closeAfterSave = new Set<number>();
  let quitting = false;

  return {
    /** The app is quitting: its windows are about to be closed one by one. */
    beforeQuit(): void {
      quitting = true;
    },

    /** A window is closing; true when the close must be prevented. */
    onClose(windowId: number, dirty: boolean): boolean {
      if (!dirty) return false;
      const choice = deps.ask(windowId);
      if (choice === 'discard') {
        deps.discard(windowId);
        return false;
      }
      if (choice === 'save') {
        closeAfterSave.add(windowId);
        deps.requestSave(windowId);
      } else quitting = false;
      return true;
    },

    /** A save of the window finished: close it if the prompt asked for that save. */
    saveSettled(windowId: number, saved: boolean): void {
      if (!closeAfterSave.delete(windowId)) return;
      if (!saved) {
        quitting = false;
        return;
      }
      deps.closeSaved(windowId);
      if (quitting) deps.quit();
    },

    /** The window is gone: forget what it waited for. */
    closed(windowId: number): void {
      closeAfterSave.delete(windowId);
    },
  };
}

export type ClosePrompt = ReturnType<typeof createClosePrompt>;
