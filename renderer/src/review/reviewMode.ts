import { create } from 'zustand';
import type { Command, CommandType } from '../../../shared/commands/types';

/**
 * Granskningsläge (review mode): an auditor looks at a map without being able to change
 * it by accident. The store's dispatch asks `refusedInReview` before applying a command;
 * this module knows nothing of the editor store, so the store can import it without a cycle.
 */
interface ReviewModeState {
  readonly on: boolean;
  /** The user has been told (once this time round) why an edit did nothing. */
  readonly told: boolean;
}

/** Kept for the tab (sessionStorage): a reload keeps an auditor in review mode, a new window starts editable. */
const KEY = 'mandat.reviewMode';

/** The tab's sessionStorage where there is one (not under Node, where the store is tested). */
function tabStorage(): { getItem(key: string): string | null; setItem(key: string, value: string): void } | undefined {
  return (globalThis as { sessionStorage?: ReturnType<typeof tabStorage> }).sessionStorage;
}

function remembered(): boolean {
  try {
    return tabStorage()?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    tabStorage()?.setItem(KEY, on ? '1' : '0');
  } catch {
    // Storage refused (private mode, a sandbox): review mode then lasts until the page goes.
  }
}

const useReviewModeStore = create<ReviewModeState>()(() => ({ on: remembered(), told: false }));

/** Commands that leave the map's structure alone and are an auditor's own work: findings and comments. */
const ALLOWED_IN_REVIEW: ReadonlySet<CommandType> = new Set<CommandType>([
  'acknowledgeFinding',
  'withdrawAcknowledgement',
  'addComment',
  'editComment',
  'resolveThread',
  'deleteComment',
]);

/** True when review mode allows the command (a batch only when every command in it is allowed). */
export function allowedInReview(command: Command): boolean {
  if (command.type === 'batch') return command.commands.every(allowedInReview);
  return ALLOWED_IN_REVIEW.has(command.type);
}

/** Whether review mode is on, for components. */
export function useReviewMode(): boolean {
  return useReviewModeStore((s) => s.on);
}

/** Whether review mode is on, outside React. */
export function isReviewMode(): boolean {
  return useReviewModeStore.getState().on;
}

export function setReviewMode(on: boolean): void {
  if (on === isReviewMode()) return;
  useReviewModeStore.setState({ on, told: false });
  remember(on);
}

/** Turns review mode on or off (the side panel's switch; later the View menu). */
export function toggleReviewMode(): void {
  setReviewMode(!isReviewMode());
}

/**
 * Whether an edit (or undo, redo, merge) must be refused now: review mode is on and the
 * command (if any) is not on the allow-list. `tell` runs for the first refusal only each
 * time review mode is turned on, so repeated attempts do not pile up notices.
 */
export function refusedInReview(command: Command | null, tell: () => void): boolean {
  const s = useReviewModeStore.getState();
  if (!s.on || (command !== null && allowedInReview(command))) return false;
  if (!s.told) {
    useReviewModeStore.setState({ told: true });
    tell();
  }
  return true;
}
