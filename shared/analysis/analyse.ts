import type { Acknowledgement, MandatModel } from '../model/types';
import { today } from '../time/isoDate';
import { buildContext } from './context';
import { RULES } from './rules';
import { RULE_IDS, SEVERITIES, type AnalysisOptions, type AnalysisResult, type Finding, type Rule } from './types';

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
const RULE_ORDER = new Map(RULE_IDS.map((r, i) => [r, i]));

/** Most severe first, then by rule, then by key: the same map always lists the same way. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (SEVERITY_ORDER.get(a.severity) as number) - (SEVERITY_ORDER.get(b.severity) as number) ||
    (RULE_ORDER.get(a.rule) as number) - (RULE_ORDER.get(b.rule) as number) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Everything the product says about a map as it stood on `asOf` (default today):
 * a pure function of the model, fast enough to run on every edit.
 */
export function analyse(model: MandatModel, options: AnalysisOptions = {}, rules: readonly Rule[] = RULES): AnalysisResult {
  const asOf = options.asOf ?? today();
  const settings = { ...model.settings, ...options.settings };
  const ctx = buildContext(model, asOf, settings);
  const all = rules.flatMap((rule) => rule.run(ctx)).sort(compareFindings);
  const byKey = new Map<string, Acknowledgement>();
  for (const a of Object.values(model.acknowledgements)) byKey.set(a.findingKey, a);
  const findings: Finding[] = [];
  const acknowledged: { finding: Finding; acknowledgement: Acknowledgement }[] = [];
  for (const f of all) {
    const ack = byKey.get(f.key);
    if (ack) acknowledged.push({ finding: f, acknowledgement: ack });
    else findings.push(f);
  }
  return { asOf, findings, acknowledged };
}
