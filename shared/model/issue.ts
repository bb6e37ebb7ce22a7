import type { Text } from '../i18n/text';

/**
 * What exactly was wrong with a value, beside the message: enough for the editor to say
 * it in plain words at the field ("Datumet 2023-02-30 finns inte") without reading paths.
 */
export type IssueDetail =
  | { readonly kind: 'date-format'; readonly value: string }
  | { readonly kind: 'no-such-date'; readonly value: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly max: number }
  | { readonly kind: 'not-a-number'; readonly value: string }
  | { readonly kind: 'not-whole'; readonly value: number }
  | { readonly kind: 'out-of-range'; readonly value: number; readonly min: number; readonly max: number }
  | { readonly kind: 'dates-reversed'; readonly from: string; readonly to: string };

/**
 * A problem with input, as data: a code for programs, a path that says where
 * (`bodies[3].mandate.decidedBy`) and a message in both languages.
 */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: Text;
  readonly detail?: IssueDetail;
}

/** Formats an issue as `path: message` in one language. */
export function formatIssue(issue: Issue, lang: 'sv' | 'en'): string {
  return issue.path ? `${issue.path}: ${issue.message[lang]}` : issue.message[lang];
}
