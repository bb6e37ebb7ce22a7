import { ARRANGE_SCOPES } from '../../../shared/layout/orgChartArrange';
import type { Position } from '../../../shared/model/types';
import { BODY_KINDS, LINE_KINDS, type LineKind } from '../../../shared/model/vocabulary';
import { nameOn } from '../../../shared/time/names';
import { focusOn } from '../focus/focusState';
import { isReviewMode } from '../review/reviewMode';
import { arrangeAsOrgChart } from '../layout/orgChartArrange';
import { useEditor } from '../store/editor';
import {
  addBodyAt,
  addReportingBody,
  arrangeAutomatically,
  deleteBody,
  deleteLine,
  duplicateBody,
  fitView,
  newLineFrom,
  openMembers,
  pasteHere,
  renameBody,
  reverseLine,
  setLineKind,
  showAsOf,
  toggleDocumented,
} from './canvasCommands';
import { bodyMoments } from './bodyMoments';

/**
 * The canvas's context menus as data: the Radix menus on the canvas draw them, and the
 * window's menu bar can draw the same entries (and run the same commands) for the selection.
 */
export type MenuEntry =
  | { readonly type: 'item'; readonly id: string; readonly label: string; readonly run: () => void; readonly shortcut?: string; readonly disabled?: boolean; readonly danger?: boolean }
  | { readonly type: 'check'; readonly id: string; readonly label: string; readonly checked: boolean; readonly run: () => void; readonly disabled?: boolean }
  | { readonly type: 'choice'; readonly id: string; readonly value: string; readonly options: readonly { readonly value: string; readonly label: string }[]; readonly choose: (value: string) => void }
  | { readonly type: 'sub'; readonly id: string; readonly label: string; readonly entries: readonly MenuEntry[]; readonly disabled?: boolean }
  | { readonly type: 'separator'; readonly id: string };

/** i18next's t, or anything of its shape. */
export type Words = (key: string, values?: Record<string, string | number>) => string;

const separator = (id: string): MenuEntry => ({ type: 'separator', id });

/** Review mode or a viewer's session: the entries that would change the map are shown greyed out, as the toolbar's are. */
function mapReadOnly(): boolean {
  return isReviewMode() || (useEditor.getState().collab?.readOnly ?? false);
}

/** The entries that change the map, greyed out while it is read-only; the rest (members, focus, dates, fit) stay. */
function unlessReadOnly(entries: MenuEntry[], changing: ReadonlySet<string>): MenuEntry[] {
  if (!mapReadOnly()) return entries;
  return entries.map((e) => {
    if (!changing.has(e.id)) return e;
    // A check keeps its tick, greyed out; a choice is inside a sub-menu, which is greyed out.
    if (e.type === 'item' || e.type === 'sub' || e.type === 'check') return { ...e, disabled: true };
    return e;
  });
}

/** On the empty canvas at `at` (flow coordinates): add a body of a kind there, paste, arrange, fit. */
export function paneMenu(t: Words, at: Position | null): MenuEntry[] {
  return unlessReadOnly([
    { type: 'sub', id: 'add-here', label: t('manipulation.menu.addHere'), entries: BODY_KINDS.map((k) => ({ type: 'item', id: `add-${k}`, label: t(`kinds.${k}`), run: () => void addBodyAt(k, at) })) },
    { type: 'item', id: 'paste', label: t('edit.paste'), shortcut: 'Ctrl+V', run: pasteHere },
    separator('s1'),
    { type: 'item', id: 'arrange', label: t('edit.autoLayout'), run: arrangeAutomatically, disabled: useEditor.getState().layoutProgress !== null },
    { type: 'sub', id: 'org-chart', label: t('orgChart.menu'), entries: ARRANGE_SCOPES.map((s) => ({ type: 'item', id: `org-chart-${s}`, label: t(`orgChart.${s}`), run: () => arrangeAsOrgChart(s) })) },
    { type: 'item', id: 'fit', label: t('view.fit'), run: fitView },
  ], new Set(['add-here', 'paste', 'arrange', 'org-chart']));
}

/** On a body: rename, a new line from it, a body reporting to it, members, duplicate, delete, the map on its dates. */
export function bodyMenu(t: Words, id: string): MenuEntry[] {
  const body = useEditor.getState().model.bodies.get(id);
  if (!body) return [];
  const moments = bodyMoments(body);
  return unlessReadOnly([
    { type: 'item', id: 'rename', label: t('manipulation.menu.rename'), shortcut: 'F2', run: () => renameBody(id) },
    { type: 'item', id: 'new-line', label: t('manipulation.menu.newLine'), shortcut: 'Ctrl+L', run: () => newLineFrom(id) },
    {
      type: 'sub',
      id: 'new-reporting',
      label: t('manipulation.menu.newReporting'),
      entries: BODY_KINDS.map((k) => ({ type: 'item', id: `reporting-${k}`, label: t(`kinds.${k}`), run: () => void addReportingBody(id, k) })),
    },
    { type: 'item', id: 'members', label: t('manipulation.menu.members'), run: () => openMembers(id) },
    { type: 'item', id: 'focus', label: t('focus.menu'), run: () => focusOn(id) },
    separator('s1'),
    { type: 'item', id: 'duplicate', label: t('edit.duplicate'), shortcut: 'Ctrl+D', run: () => duplicateBody(id) },
    { type: 'item', id: 'delete', label: t('manipulation.menu.deleteBody'), shortcut: 'Delete', danger: true, run: () => deleteBody(id) },
    separator('s2'),
    {
      type: 'sub',
      id: 'as-of',
      label: t('manipulation.menu.showAsOf'),
      disabled: moments.length === 0,
      entries: moments.map((m) => ({
        type: 'item',
        id: `as-of-${m.date}`,
        label: t(m.what === 'created' ? 'manipulation.menu.createdOn' : 'manipulation.menu.renamedOn', { date: m.date, name: m.name }),
        run: () => showAsOf(m.date),
      })),
    },
  ], new Set(['rename', 'new-line', 'new-reporting', 'duplicate', 'delete']));
}

/** On a line: its kind, documented or not, turn it round, delete it. */
export function lineMenu(t: Words, id: string): MenuEntry[] {
  const { model, asOf } = useEditor.getState();
  const line = model.reportingLines.get(id);
  if (!line) return [];
  const name = (b: string): string => {
    const body = model.bodies.get(b);
    return body ? nameOn(body, asOf).name : b;
  };
  return unlessReadOnly([
    {
      type: 'sub',
      id: 'kind',
      label: t('manipulation.menu.lineKind'),
      entries: [{ type: 'choice', id: 'kinds', value: line.kind, options: LINE_KINDS.map((k) => ({ value: k, label: t(`lineKinds.${k}`) })), choose: (v) => setLineKind(id, v as LineKind) }],
    },
    { type: 'check', id: 'documented', label: t('line.documented'), checked: line.documented === 'yes', run: () => toggleDocumented(id) },
    { type: 'item', id: 'reverse', label: t('manipulation.menu.reverse', { from: name(line.to), to: name(line.from) }), run: () => reverseLine(id) },
    separator('s1'),
    { type: 'item', id: 'delete', label: t('line.delete'), shortcut: 'Delete', danger: true, run: () => deleteLine(id) },
  ], new Set(['kind', 'documented', 'reverse', 'delete']));
}
