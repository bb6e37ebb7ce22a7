import type { Acknowledgement, IsoDate, Settings } from '../model/types';
import type { FindingOf, RuleOf } from './finding';
import type { RULES } from './rules';

export { elements, SEVERITIES, type FindingElements, type FoundIssue, type Severity } from './finding';

/** The id of one of the rules, derived from the one list of rules (`RULES`). */
export type RuleId = (typeof RULES)[number]['id'];

/** Something the product says about a map. */
export type Finding = FindingOf<RuleId>;

/** One of the checks. */
export type Rule = RuleOf<RuleId>;

export interface AnalysisOptions {
  /** The date the map is evaluated on; default today. */
  readonly asOf?: IsoDate;
  /** Overrides the map's own settings. */
  readonly settings?: Partial<Settings>;
}

export interface AnalysisResult {
  readonly asOf: IsoDate;
  /** Findings not acknowledged, most severe first. */
  readonly findings: readonly Finding[];
  /** Findings the users decided are intended, with their acknowledgement. */
  readonly acknowledged: readonly { readonly finding: Finding; readonly acknowledgement: Acknowledgement }[];
}
