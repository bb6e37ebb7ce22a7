/**
 * docs/reference/checks.md from the rule declarations (shared/analysis/rules/): every
 * rule with its severity, what it means, why it matters, how to fix it and where it comes
 * from, in Swedish and English. A rule added later appears here by regeneration.
 */
import type { RuleOf, Severity } from '../../shared/analysis/finding';
import { RULES } from '../../shared/analysis/rules';
import { RULE_LABELS } from '../../shared/export/labels';
import type { Text } from '../../shared/i18n/text';
import { GENERATED_NOTE, table } from './markdown';

const SEVERITY: Readonly<Record<Severity, { sv: string; en: string }>> = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'information', en: 'info' },
};

/** The checks reference for a list of rules (the product's by default). */
export function checksReference(rules: readonly RuleOf<string>[] = RULES): string {
  const out = [
    GENERATED_NOTE,
    '',
    '# Kontrollerna / The checks',
    '',
    'Varje kontroll Mandat gör av en karta: vad den betyder, varför det spelar roll, hur det åtgärdas och var regeln kommer ifrån. ' +
      'Each check Mandat makes of a map: what it means, why it matters, how to fix it and where the rule comes from. ' +
      'Fynden i fönstret länkar hit ("Läs mer"); the findings in the window link here ("Read more").',
    '',
    table(
      ['id', 'allvar / severity', 'betyder', 'means'],
      rules.map((r) => [`[${r.id}](#${r.id})`, `${SEVERITY[r.severity].sv} / ${SEVERITY[r.severity].en}`, r.description.sv, r.description.en]),
    ),
  ];
  for (const r of rules) {
    // The heading is the id (its anchor is what "Läs mer" opens); the name the window shows goes below it.
    const label = (RULE_LABELS as Readonly<Record<string, Text | undefined>>)[r.id];
    out.push('', `## ${r.id}`, '', `${label ? `**${label.sv} / ${label.en}** · ` : ''}${SEVERITY[r.severity].sv} / ${SEVERITY[r.severity].en}`, '');
    const rows: string[][] = [['Betyder / Means', r.description.sv, r.description.en]];
    if (r.about) {
      rows.push(['Varför / Why', r.about.why.sv, r.about.why.en]);
      rows.push(['Åtgärd / How to fix', r.about.fix.sv, r.about.fix.en]);
      rows.push(['Källa / Source', r.about.source.sv, r.about.source.en]);
    } else {
      rows.push(['Varför, åtgärd / Why, fix', 'Inte beskrivet i regeln ännu: varje fynd säger hur det åtgärdas.', 'Not described in the rule yet: each finding says how to fix it.']);
      // The law and plan checks name what they rest on (a section of the act, a page of Brå's guidance).
      if (r.source) rows.push(['Källa / Source', r.source.sv, r.source.en]);
    }
    out.push(table(['', 'svenska', 'English'], rows));
  }
  return `${out.join('\n')}\n`;
}
