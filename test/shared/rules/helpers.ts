import { analyse } from '../../../shared/analysis/analyse';
import type { Finding, Rule } from '../../../shared/analysis/types';
import type { MandatModel } from '../../../shared/model/types';

/** The findings of one rule on a date (default 2022-06-01). */
export function run(rule: Rule, model: MandatModel, asOf = '2022-06-01'): Finding[] {
  return analyse(model, { asOf }, [rule]).findings as Finding[];
}

export function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.key);
}
