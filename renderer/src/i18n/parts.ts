import { audits } from './parts/audits';
import { compare } from './parts/compare';
import { documents } from './parts/documents';
import { help } from './parts/help';
import { law } from './parts/law';
import { print } from './parts/print';
import { tasks } from './parts/tasks';
import { tidy } from './parts/tidy';

/** The parts of the strings kept in their own files; sv.ts and en.ts add them to the base. */
const PARTS = [audits, compare, documents, help, law, print, tasks, tidy] as const;

export function partStrings(lang: 'sv' | 'en'): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const part of PARTS) {
    for (const [group, strings] of Object.entries(part[lang])) {
      if (group in merged) throw new Error(`Two parts of the strings define the group "${group}"`);
      merged[group] = strings;
    }
  }
  return merged;
}
