/**
 * docs/reference/cli.md from the command line's own help texts (cli/help.ts), in both
 * languages, so the reference says exactly what `mandat COMMAND --help` prints.
 */
import { HELP_TOPICS, helpText } from '../../cli/help';
import type { Language } from '../../shared/model/vocabulary';
import { GENERATED_NOTE } from './markdown';

/** The command line reference, from a help text function (the product's by default). */
export function cliReference(topics: readonly string[] = HELP_TOPICS, help: (topic: string, lang: Language) => string = helpText): string {
  const out = [
    GENERATED_NOTE,
    '',
    '# Kommandoraden / The command line',
    '',
    'Det `mandat --help` och `mandat KOMMANDO --help` skriver, på svenska och engelska. What `mandat --help` and `mandat COMMAND --help` print, in Swedish and English. ' +
      'Run it as `npx mandat …` in a checkout, or `npm run mandat -- …`.',
  ];
  for (const topic of topics) {
    out.push('', `## ${topic === 'main' ? 'mandat' : `mandat ${topic}`}`, '');
    for (const lang of ['sv', 'en'] as const) {
      out.push(`**${lang === 'sv' ? 'Svenska' : 'English'}**`, '', '```text', help(topic, lang).trimEnd(), '```', '');
    }
    out.pop();
  }
  return `${out.join('\n')}\n`;
}
