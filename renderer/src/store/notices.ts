import type { Text } from '../../../shared/i18n/text';

/** A message shown to the user: a translation key with values, or a ready Text. */
export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly key?: string;
  readonly values?: Record<string, string>;
  readonly text?: Text;
  readonly details?: readonly Text[];
  /** Notices of one group replace each other; by default the key, else the English text. */
  readonly group?: string;
}

/** At most this many toasts at once: the oldest goes first. */
export const MAX_NOTICES = 3;

/** How long a notice stays: errors until closed or their cause is fixed, information a few seconds (longer with details to read). */
export function noticeDuration(n: Notice): number {
  if (n.kind === 'error') return Infinity;
  return n.details && n.details.length > 0 ? 12_000 : 5_000;
}

export function groupOf(n: Omit<Notice, 'id'>): string {
  return n.group ?? n.key ?? n.text?.en ?? '';
}

/**
 * The errors a notice shows to be over: a successful save ends a save error, a copy that
 * worked ends a failed copy, joining a session ends a refusal.
 */
const ENDS: Readonly<Record<string, readonly string[]>> = {
  'file.savedAs': ['file.saveError'],
  'export.copied': ['export.copyFailed'],
  'export.done': ['export.failed'],
  'collab.joined': ['collab.refused', 'collab.noAnswer', 'collab.refusedNow'],
  'merge.applied': ['merge.openError'],
};

/** The notices without those of `groups`. */
export function withoutGroups(notices: readonly Notice[], groups: readonly string[]): readonly Notice[] {
  const gone = new Set(groups);
  const kept = notices.filter((n) => !gone.has(groupOf(n)));
  return kept.length === notices.length ? notices : kept;
}

/**
 * The notices after `notice` comes: it replaces one of its own group (no pile-up of
 * "Sparad som …"), ends the errors it shows to be over, and the oldest go beyond
 * MAX_NOTICES.
 */
export function withNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  const ended = notice.key ? (ENDS[notice.key] ?? []) : [];
  const kept = withoutGroups(notices, [groupOf(notice), ...ended]);
  return [...kept, notice].slice(-MAX_NOTICES);
}
