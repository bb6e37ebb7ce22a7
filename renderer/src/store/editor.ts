import * as Y from 'yjs';
import { create } from 'zustand';
import { applyCommand, type CommandResult } from '../../../shared/commands/apply';
import type { Command } from '../../../shared/commands/types';
import { createUndoManager } from '../../../shared/commands/undo';
import { openMapDocument } from '../../../shared/file/open';
import type { Repair } from '../../../shared/file/restore';
import { serializeDocument } from '../../../shared/file/serialize';
import { emptyModel } from '../../../shared/model/empty';
import { createMapDocument, LOCAL_ORIGIN, readModel, type MapDocument } from '../../../shared/model/document';
import type { MandatModel } from '../../../shared/model/types';
import type { BodyKind, Language, Level } from '../../../shared/model/vocabulary';
import { LEVELS } from '../../../shared/model/vocabulary';
import { plainIssue } from '../../../shared/model/plainIssue';
import { today } from '../../../shared/time/isoDate';
import { refusedInReview } from '../review/reviewMode';
import { highlightAfterSelect } from './highlightAfterSelect';
import { whenDrawnAndIdle } from './mapDrawn';
import { rememberLanguage, rememberedLanguage } from '../i18n/preference';
import { withNotice, withoutGroups, type Notice } from './notices';
import { pruneSelection } from './selection';
import { followDocument } from './snapshot';
import { endFocus } from '../focus/focusState';

export type { Notice } from './notices';

export type PanelName = 'findings' | 'body' | 'members' | 'initiatives' | 'comments' | 'settings' | 'documents' | 'audits';

export interface Highlight {
  readonly key: string;
  readonly bodies: ReadonlySet<string>;
  readonly lines: ReadonlySet<string>;
  readonly members: ReadonlySet<string>;
}

export interface EditorState {
  readonly model: MandatModel;
  readonly fileName: string;
  readonly fileHandle: unknown;
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly asOf: string;
  readonly lang: Language;
  readonly panel: PanelName;
  readonly selectedBodies: readonly string[];
  readonly selectedLines: readonly string[];
  readonly highlight: Highlight | null;
  readonly levels: ReadonlySet<Level>;
  readonly kind: BodyKind | 'all';
  readonly search: string;
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
  readonly notices: readonly Notice[];
  /** Bumped to ask the canvas to frame the current selection or highlight. */
  readonly frameRequest: number;
  /** Bumped each time another map is opened, so the canvas frames it. */
  readonly mapVersion: number;
  /** Progress of a running auto-layout, 0–1, or null. */
  readonly layoutProgress: number | null;
  /** The Export dialog is open. */
  readonly exportOpen: boolean;
  /** The live session the open map belongs to, or null for a map of one's own. */
  readonly collab: CollabState | null;
}

/** A colleague in the same live session. */
export interface Peer {
  readonly clientId: number;
  readonly name: string;
  readonly colour: string;
  readonly bodies: readonly string[];
}

export interface CollabState {
  /** connecting: first contact; syncing: connected, catching up; connected; offline (edits kept, sent when back). */
  readonly status: 'connecting' | 'syncing' | 'connected' | 'offline';
  /** Local edits the server has not confirmed. */
  readonly unsent: number;
  readonly peers: readonly Peer[];
  /** A viewer's invitation: the map can be looked at, not changed. */
  readonly readOnly: boolean;
  /** Why the server refused the connection, when it did. */
  readonly refused: string | null;
}

interface Session {
  doc: MapDocument;
  undo: Y.UndoManager;
  stop: () => void;
}

let session: Session | null = null;
/**
 * An opened map whose document is not built yet. Building the Yjs document of a large
 * map takes a few hundred milliseconds, which would delay its first drawing: the map is
 * shown from its plain model at once and its document built when the page is next idle,
 * or as soon as anything needs it (an edit, undo, a save).
 */
let pending: { model: MandatModel; yjsState: Uint8Array | null; settle: (repairs: Repair[]) => void; cancel: () => void } | null = null;
let noticeId = 0;

export const useEditor = create<EditorState>()(() => ({
  model: emptyModel(),
  fileName: '',
  fileHandle: undefined,
  dirty: false,
  canUndo: false,
  canRedo: false,
  asOf: today(),
  lang: rememberedLanguage(),
  panel: 'findings',
  selectedBodies: [],
  selectedLines: [],
  highlight: null,
  levels: new Set(LEVELS),
  kind: 'all',
  search: '',
  showFunding: false,
  showDecidedBy: false,
  notices: [],
  frameRequest: 0,
  mapVersion: 0,
  layoutProgress: null,
  exportOpen: false,
  collab: null,
}));

const set = useEditor.setState;
const get = useEditor.getState;

function refreshUndo(): void {
  if (session) set({ canUndo: session.undo.canUndo(), canRedo: session.undo.canRedo() });
}

/** Stops following the open map's document, or forgets the one not built yet. */
function close(): void {
  session?.stop();
  session = null;
  if (pending) {
    pending.cancel();
    pending.settle([]);
    pending = null;
  }
}

/** The open map's session, its document built first if it is still pending. */
function current(): Session | null {
  if (pending) {
    const { model, yjsState, settle, cancel } = pending;
    pending = null;
    cancel();
    const built = openMapDocument(model, yjsState);
    // The document now holds exactly `model` (the plain model wins over a differing history),
    // so the snapshot starts from it and the canvas keeps every element it has drawn.
    session = follow(built.doc, model);
    settle(built.repairs);
  }
  return session;
}

/** Follows `doc`: its changes become snapshots in the store, its local edits mark the map unsaved. */
function follow(doc: MapDocument, initial?: MandatModel, cleanup?: () => void): Session {
  const undo = createUndoManager(doc);
  // The selection follows the model: ids it no longer has (an undone add, a colleague's delete) leave it.
  const following = followDocument(doc, (model) => set({ model, ...pruneSelection(model, get()) }), initial);
  const onUpdate = (_u: Uint8Array, origin: unknown): void => {
    if (origin === LOCAL_ORIGIN || undo === origin) set({ dirty: true });
    refreshUndo();
  };
  doc.on('update', onUpdate);
  const stack = (): void => refreshUndo();
  undo.on('stack-item-added', stack);
  undo.on('stack-item-popped', stack);
  return {
    doc,
    undo,
    stop: () => {
      cleanup?.();
      following.stop();
      doc.off('update', onUpdate);
      undo.destroy();
      doc.destroy();
    },
  };
}

/** The store's state for a newly opened map (selection, undo, the canvas's framing start afresh). */
function opened(model: MandatModel, fileName: string, handle: unknown, dirty: boolean): void {
  // A focus view belongs to the map it was opened on.
  endFocus();
  set({
    model,
    fileName,
    fileHandle: handle,
    dirty,
    canUndo: false,
    canRedo: false,
    selectedBodies: [],
    selectedLines: [],
    highlight: null,
    mapVersion: get().mapVersion + 1,
    collab: null,
  });
}

/** Makes `doc` the open map (replacing any other), following its changes; `cleanup` runs when another map replaces it. */
function attach(doc: MapDocument, fileName: string, handle: unknown, dirty: boolean, cleanup?: () => void): void {
  close();
  const model = readModel(doc);
  session = follow(doc, model, cleanup);
  opened(model, fileName, handle, dirty);
}

/**
 * Opens the document of a live session (already synced with the server): edits go to
 * colleagues through the provider, and undo still undoes only this window's own edits,
 * as the undo manager tracks only the local origin. `disconnect` runs when another map
 * replaces it.
 */
export function openSharedMap(doc: MapDocument, name: string, collab: CollabState, disconnect: () => void): void {
  attach(doc, name, undefined, false, disconnect);
  set({ asOf: defaultAsOf(get().model), collab });
}

/** The session's state as the provider reports it. */
export function setCollab(patch: Partial<CollabState>): void {
  const c = get().collab;
  if (c) set({ collab: { ...c, ...patch } });
}

/**
 * Opens a restored map. It is shown at once; its document is built when the page is next
 * idle (or when first needed), and the promise then gives the repairs made while opening
 * its Yjs state (none if another map replaced it first).
 */
export function openMap(model: MandatModel, yjsState: Uint8Array | null, fileName: string, options: { handle?: unknown; dirty?: boolean } = {}): Promise<Repair[]> {
  close();
  const version = get().mapVersion + 1;
  const repairs = new Promise<Repair[]>((settle) => {
    pending = { model, yjsState, settle, cancel: whenDrawnAndIdle(version, () => void current()) };
  });
  opened(model, fileName, options.handle, options.dirty ?? false);
  set({ asOf: defaultAsOf(model) });
  return repairs;
}

/** A new, empty map. */
export function newMap(name: string): void {
  attach(createMapDocument(emptyModel({ name })), '', undefined, false);
  set({ asOf: today() });
}

/** The date a map opens on: today, unless the map ends before today. */
function defaultAsOf(model: MandatModel): string {
  const now = today();
  let last = '';
  let open = false;
  for (const b of model.bodies.values()) {
    if (b.validTo === null) open = true;
    else if (b.validTo > last) last = b.validTo;
  }
  return open || last === '' || last >= now ? now : last;
}

/** Applies a command as one undo step; a refused one shows why and changes nothing. */
export function dispatch(command: Command): CommandResult {
  const session = current();
  if (!session) return { ok: false, issues: [] };
  if (get().collab?.readOnly) {
    notify({ kind: 'error', key: 'collab.viewOnly' });
    return { ok: false, issues: [] };
  }
  if (refusedInReview(command, tellReviewMode)) return { ok: false, issues: [] };
  const result = applyCommand(session.doc, command, LOCAL_ORIGIN);
  if (!result.ok && refusalsShownByCaller === 0) {
    // The first reason is the toast's sentence; any further ones wait behind "Visa detaljer".
    const [first, ...more] = result.issues.map(plainIssue);
    notify({ kind: 'error', key: 'edit.refused', ...(first ? { text: first } : {}), details: more });
  }
  if (result.ok) dismissGroup('edit.refused');
  return result;
}

/** Why nothing changed, and how to change it: said once each time review mode is turned on. */
const tellReviewMode = (): void => notify({ kind: 'info', key: 'review.refused' });

/** True when review mode refuses every edit now (the user told once why): for undo, merge, and work done before a command (auto-layout). */
export const editsRefused = (): boolean => refusedInReview(null, tellReviewMode);

let refusalsShownByCaller = 0;

/**
 * Runs `edit` (which dispatches) with its refusals left to the caller: a form field shows
 * why beside itself, so the same reason does not also pop up as a toast.
 */
export function withRefusalShownByCaller<T>(edit: () => T): T {
  refusalsShownByCaller++;
  try {
    return edit();
  } finally {
    refusalsShownByCaller--;
  }
}

export function undo(): void {
  if (editsRefused()) return;
  current()?.undo.undo();
  refreshUndo();
}

export function redo(): void {
  if (editsRefused()) return;
  current()?.undo.redo();
  refreshUndo();
}

/** The open map's Yjs state (its whole history), to seed a live session with. */
export function currentState(): Uint8Array {
  const session = current();
  if (!session) throw new Error('no map is open');
  return Y.encodeStateAsUpdate(session.doc);
}

/** The open map as a copy to merge with: the plain map and its whole Yjs history. */
export function openMapCopy(): { model: MandatModel; yjsState: Uint8Array } {
  const session = current();
  if (!session) throw new Error('no map is open');
  return { model: readModel(session.doc), yjsState: Y.encodeStateAsUpdate(session.doc) };
}

/**
 * Applies a merge (the state `settle` built on this map's own history) to the open map
 * as ONE undoable local step: the person chose to merge, so Undo takes the whole merge
 * back, and in a live session colleagues receive it as this person's edit. The other
 * copy's history itself is taken in (not re-typed as new edits), so later merges with
 * that copy, or copies of it, still line up without loss. Refused for a viewer.
 */
export function mergeIntoOpenMap(update: Uint8Array): boolean {
  const session = current();
  if (!session) return false;
  if (get().collab?.readOnly) {
    notify({ kind: 'error', key: 'collab.viewOnly' });
    return false;
  }
  if (editsRefused()) return false;
  Y.applyUpdate(session.doc, update, LOCAL_ORIGIN);
  return true;
}

/** The open map as the text of a .mandat file. */
export function currentFileText(): string {
  const session = current();
  if (!session) throw new Error('no map is open');
  return serializeDocument(session.doc);
}

export function markSaved(fileName: string, handle: unknown): void {
  set({ fileName, fileHandle: handle, dirty: false });
}

/** Shows a notice: it replaces one of its group and ends the errors it shows to be over (see notices.ts). */
export function notify(notice: Omit<Notice, 'id'>): void {
  set({ notices: withNotice(get().notices, { ...notice, id: ++noticeId }) });
}

export function dismiss(id: number): void {
  set({ notices: get().notices.filter((n) => n.id !== id) });
}

/**
 * Takes away the information notices on screen when a dialog opens over the map: they told of
 * what was done before (an import's summary) and would lie over the dialog's options. Errors
 * stay, and what the dialog itself says later (a copied picture) is shown above it.
 */
export function dismissInfoNotices(): void {
  const notices = get().notices.filter((n) => n.kind === 'error');
  if (notices.length !== get().notices.length) set({ notices });
}

/** Takes away the notices of a group (a translation key) whose cause is over. */
export function dismissGroup(group: string): void {
  const notices = withoutGroups(get().notices, [group]);
  if (notices !== get().notices) set({ notices });
}

export function select(bodies: readonly string[], lines: readonly string[] = []): void {
  const s = get();
  const sameBodies = same(s.selectedBodies, bodies);
  const sameLines = same(s.selectedLines, lines);
  if (sameBodies && sameLines) return;
  // The part that did not change keeps its array: the canvas redraws its lines when the
  // selected lines change (on a large map, a few milliseconds at the start of every drag).
  set({ selectedBodies: sameBodies ? s.selectedBodies : bodies, selectedLines: sameLines ? s.selectedLines : lines, highlight: highlightAfterSelect(s.highlight, bodies, lines) });
}

/** Ends a finding's highlight (the dimming of everything else) and leaves the view as it is. */
export function unhighlight(): void {
  if (get().highlight) set({ highlight: null });
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function showPanel(panel: PanelName): void {
  set({ panel });
}

/** Selects and frames the elements of a finding and highlights them. */
export function highlight(h: Highlight | null): void {
  set({ highlight: h, selectedBodies: h ? [...h.bodies] : get().selectedBodies, frameRequest: get().frameRequest + 1 });
}

export function requestFrame(): void {
  set({ frameRequest: get().frameRequest + 1 });
}

export const setAsOf = (asOf: string): void => set({ asOf });
export const setExportOpen = (exportOpen: boolean): void => set({ exportOpen });
/** The interface language: a preference of this person on this computer, not an edit of the map. */
export function setLang(lang: Language): void {
  rememberLanguage(lang);
  set({ lang });
}
export const setSearch = (search: string): void => set({ search });
export const setKindFilter = (kind: BodyKind | 'all'): void => set({ kind });
export const setLayoutProgress = (layoutProgress: number | null): void => set({ layoutProgress });
export function toggleLevel(level: Level): void {
  const levels = new Set(get().levels);
  if (levels.has(level)) levels.delete(level);
  else levels.add(level);
  set({ levels });
}
export const toggleFunding = (): void => set({ showFunding: !get().showFunding });
export const toggleDecidedBy = (): void => set({ showDecidedBy: !get().showDecidedBy });
