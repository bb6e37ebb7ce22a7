import type { Text } from '../i18n/text';

/**
 * A problem with input, as data: a code for programs, a path that says where
 * (`bodies[3].mandate.decidedBy`) and a message in both languages.
 */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: Text;
}

/** Formats an issue as `path: message` in one language. */
export function formatIssue(issue: Issue, lang: 'sv' | 'en'): string {
  return issue.path ? `${issue.path}: ${issue.message[lang]}` : issue.message[lang];
}
