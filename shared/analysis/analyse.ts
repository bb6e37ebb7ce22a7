import type { Acknowledgement, MandatModel } from '../model/types';
import { today } from '../time/isoDate';
import { buildContext, type AnalysisContext } from './context';
import { switchedOn } from './ruleGroups';
import { RULE_IDS, RULES } from './rules';
import { SEVERITIES, type AnalysisOptions, type AnalysisResult, type Finding, type Rule } from './types';

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
const RULE_ORDER = new Map<string, number>(RULE_IDS.map((r, i) => [r, i]));

/**
 * Most severe first, then by rule. Within a rule, findings keep the rule's own order,
 * which follows the ids of the elements, so the same map always lists the same way.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (SEVERITY_ORDER.get(a.severity) as number) - (SEVERITY_ORDER.get(b.severity) as number) ||
    (RULE_ORDER.get(a.rule) as number) - (RULE_ORDER.get(b.rule) as number)
  );
}

/** The order of `compareFindings`, built by grouping: all findings of a rule carry the rule's severity (`defineRule` stamps it). */
function ordered(perRule: Finding[][]): Finding[] {
  const groups = perRule.filter((g) => g.length > 0);
  groups.sort((a, b) => compareFindings(a[0] as Finding, b[0] as Finding));
  // concat makes the list at its final size; pushing grew it (and copied it) step by step.
  return ([] as Finding[]).concat(...groups);
}

/**
 * The findings the map had on a date, by key, from every rule but the repeat-finding one
 * (which asks for them), cached per date for one analysis. All rules, also when the analysis
 * runs a few: a repeat finding is whatever the checks say at the later audit.
 */
function findingsOn(model: MandatModel, settings: AnalysisContext['settings']): (date: string) => ReadonlyMap<string, Finding> {
  const cache = new Map<string, ReadonlyMap<string, Finding>>();
  const others = (RULES as readonly Rule[]).filter((r) => r.id !== 'repeat-finding');
  return (date) => {
    let found = cache.get(date);
    if (!found) {
      const ctx = buildContext(model, date, settings);
      found = new Map(others.flatMap((r) => r.run(ctx).map((f) => [f.key, f] as const)));
      cache.set(date, found);
    }
    return found;
  };
}

/**
 * Everything the product says about a map as it stood on `asOf` (default today):
 * a pure function of the model, fast enough to run on every edit.
 */
export function analyse(model: MandatModel, options: AnalysisOptions = {}, rules: readonly Rule[] = RULES): AnalysisResult {
  const asOf = options.asOf ?? today();
  const settings = { ...model.settings, ...options.settings };
  const ctx = buildContext(model, asOf, settings);
  // The map's settings may switch rules or whole groups off (law, police, plans, structure).
  if (model.recommendations.size > 0) ctx.findingsOn = findingsOn(model, settings);
  const all = ordered(switchedOn(rules, settings.rulesOff).map((rule) => rule.run(ctx)));
  const byKey = new Map<string, Acknowledgement>();
  // The rules that have an acknowledged finding (a key is `rule:subject`, and no rule id has a
  // colon). Only their findings' keys are looked up: a key is joined from two strings, and
  // looking it up flattens and hashes it, tens of thousands of times on a large map.
  const ackedRules = new Set<string>();
  for (const a of model.acknowledgements.values()) {
    byKey.set(a.findingKey, a);
    ackedRules.add(a.findingKey.slice(0, a.findingKey.indexOf(':')));
  }
  const acknowledged: { finding: Finding; acknowledgement: Acknowledgement }[] = [];
  if (byKey.size === 0) return { asOf, findings: all, acknowledged };
  // The unacknowledged findings kept in `all` itself (a list of this analysis' own), moved up
  // over the acknowledged ones: a second list of tens of thousands was garbage.
  // Index loops: analyse runs too seldom to be optimised, and unoptimised for…of makes an
  // iterator result per element (tens of thousands of findings on a large map).
  let kept = 0;
  for (let i = 0; i < all.length; i++) {
    const f = all[i] as Finding;
    const ack = ackedRules.has(f.rule) ? byKey.get(f.key) : undefined;
    if (ack) acknowledged.push({ finding: f, acknowledgement: ack });
    else all[kept++] = f;
  }
  all.length = kept;
  return { asOf, findings: all, acknowledged };
}
