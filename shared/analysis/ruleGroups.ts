import { text, type Text } from '../i18n/text';

/**
 * The groups the checks fall into, for switching them off in a map's settings and for
 * `mandat check --rules`: the law's requirements, the cooperation with the police, the
 * governing documents, and every other check (the structure of bodies and lines).
 */
export const RULE_GROUPS = ['structure', 'law', 'police', 'plans'] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

const MEMBERS: Readonly<Record<Exclude<RuleGroup, 'structure'>, readonly string[]>> = {
  law: ['no-situational-picture', 'stale-situational-picture', 'no-action-plan', 'action-plan-before-picture', 'action-plan-not-municipal', 'no-coordination-function'],
  police: ['agreement-expired', 'agreement-unsigned'],
  plans: ['document-lapsed', 'yearly-plan-outside-parent', 'initiative-without-plan', 'document-without-decision'],
};

const GROUP_OF = new Map<string, RuleGroup>(Object.entries(MEMBERS).flatMap(([g, ids]) => ids.map((id) => [id, g as RuleGroup] as const)));

export const RULE_GROUP_LABELS: Readonly<Record<RuleGroup, Text>> = {
  structure: text('Struktur (organ, ledamöter, rapportering, pengar)', 'Structure (bodies, members, reporting, money)'),
  law: text('Lagkrav (lag 2023:196)', 'Law requirements (Act 2023:196)'),
  police: text('Samverkan med polisen', 'Cooperation with the police'),
  plans: text('Styrdokument och planer', 'Governing documents and plans'),
};

/** The group a rule belongs to; every rule not named in a group is a structural check. */
export function groupOf(ruleId: string): RuleGroup {
  return GROUP_OF.get(ruleId) ?? 'structure';
}

/** Whether `word` names a rule group. */
export function isRuleGroup(word: string): word is RuleGroup {
  return (RULE_GROUPS as readonly string[]).includes(word);
}

/** The rules a list of rule ids and group names selects: a rule is selected when its id or its group is named. */
export function selectedBy<R extends { readonly id: string }>(rules: readonly R[], words: readonly string[]): R[] {
  const named = new Set(words);
  return rules.filter((r) => named.has(r.id) || named.has(groupOf(r.id)));
}

/** The rules left when the ids and groups in `off` are switched off. */
export function switchedOn<R extends { readonly id: string }>(rules: readonly R[], off: readonly string[]): readonly R[] {
  if (off.length === 0) return rules;
  const named = new Set(off);
  return rules.filter((r) => !named.has(r.id) && !named.has(groupOf(r.id)));
}
