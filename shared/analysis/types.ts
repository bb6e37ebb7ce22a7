import type { Text } from '../i18n/text';
import type { BodyId, FundingLineId, InitiativeId, MemberId, ReportingLineId } from '../model/ids';
import type { Acknowledgement, IsoDate, Settings } from '../model/types';
import type { AnalysisContext } from './context';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const RULE_IDS = [
  'overlap',
  'overloaded-member',
  'missing-report-path',
  'undocumented-report',
  'report-frequency-missing',
  'report-to-dissolved',
  'reporting-cycle',
  'several-masters',
  'missing-mandate',
  'composition-mismatch',
  'same-people-both-sides',
  'funding-without-report',
  'initiative-without-targets',
  'empty-body',
  'no-chair',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The elements a finding is about, for selecting and highlighting them. */
export interface FindingElements {
  readonly bodies: readonly BodyId[];
  readonly members: readonly MemberId[];
  readonly reportingLines: readonly ReportingLineId[];
  readonly initiatives: readonly InitiativeId[];
  readonly fundingLines: readonly FundingLineId[];
}

/** Something the product says about a map. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Stable identity (rule and the elements), used to acknowledge a finding. */
  readonly key: string;
  readonly elements: FindingElements;
  /** What is wrong and why it matters. */
  readonly message: Text;
  /** How to fix it. */
  readonly fix: Text;
  /** An ordered chain of bodies: how far a report path gets, or a loop. */
  readonly chain?: readonly BodyId[];
}

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** What the rule checks, for help texts and the README. */
  readonly description: Text;
  readonly run: (ctx: AnalysisContext) => Finding[];
}

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

const NONE: readonly never[] = Object.freeze([]);

/** Elements with every list present (absent ones share one frozen empty list). */
export function elements(partial: Partial<FindingElements>): FindingElements {
  return {
    bodies: partial.bodies ?? NONE,
    members: partial.members ?? NONE,
    reportingLines: partial.reportingLines ?? NONE,
    initiatives: partial.initiatives ?? NONE,
    fundingLines: partial.fundingLines ?? NONE,
  };
}
