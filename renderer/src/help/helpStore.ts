import { create } from 'zustand';
import { useCompare } from '../compare/compareState';
import { useMatrix } from '../matrix/matrixStore';
import { useShell } from '../shell/shellState';
import { useEditor } from '../store/editor';
import { contextTarget, guideTarget, ruleTarget, type HelpTarget } from './helpTargets';

/** The Help dialog: closed, or open at a page and heading. */
export const useHelp = create<{ readonly target: HelpTarget | null }>()(() => ({ target: null }));

export const openHelp = (target: HelpTarget): void => useHelp.setState({ target });
export const closeHelp = (): void => useHelp.setState({ target: null });

/** F1: the help for what is on screen now. */
export function openContextHelp(): void {
  const s = useEditor.getState();
  const views = { compareOpen: useCompare.getState().open, matrixOpen: useMatrix.getState().open };
  openHelp(contextTarget({ exportOpen: s.exportOpen, startOpen: useShell.getState().startOpen, ...views, panel: s.panel }, s.lang));
}

/** Hjälp › Användarguide: the guide from its top, in the window's language. */
export const openGuide = (): void => openHelp(guideTarget('top', useEditor.getState().lang));

/** "Läs mer" on a finding: its rule in the checks reference. */
export const openRuleHelp = (rule: string): void => openHelp(ruleTarget(rule));
