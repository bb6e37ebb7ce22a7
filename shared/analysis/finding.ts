import type { Text } from '../i18n/text';
import type { BodyId, FundingLineId, InitiativeId, MemberId, ReportingLineId, TaskId } from '../model/ids';
import type { AnalysisContext } from './context';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The elements a finding is about, for selecting and highlighting them. */
export interface FindingElements {
  readonly bodies: readonly BodyId[];
  readonly members: readonly MemberId[];
  readonly reportingLines: readonly ReportingLineId[];
  readonly initiatives: readonly InitiativeId[];
  readonly fundingLines: readonly FundingLineId[];
  /** The tasks of the responsibility matrix it is about; present only on those rules' findings (older findings keep their shape). */
  readonly tasks?: readonly TaskId[];
}

/** Something the product says about a map, from the rule `Id`. */
export interface FindingOf<Id extends string> {
  readonly rule: Id;
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

/** What a rule finds; `defineRule` stamps the rule's id and severity and makes the key. */
export interface FoundIssue {
  /** The elements' part of the key (`a|b` in `overlap:a|b`): stable, so that an acknowledgement keeps to it. */
  readonly subject: string;
  readonly elements: FindingElements;
  readonly message: Text;
  readonly fix: Text;
  readonly chain?: readonly BodyId[];
}

/** A check of the map: a pure function of the analysis context. */
export interface RuleOf<Id extends string> {
  readonly id: Id;
  readonly severity: Severity;
  /** What the rule checks, for help texts and the README. */
  readonly description: Text;
  /** The rule's findings, most often in the order of the elements' ids. */
  readonly run: (ctx: AnalysisContext) => FindingOf<Id>[];
}

export interface RuleSpec<Id extends string> {
  readonly id: Id;
  readonly severity: Severity;
  readonly description: Text;
  readonly find: (ctx: AnalysisContext) => readonly FoundIssue[];
}

/**
 * A rule from its id, severity, description and what it finds. Every finding of the
 * rule carries the same id and severity and a key `id:subject`, so a rule cannot
 * mislabel its own findings.
 */
export function defineRule<Id extends string>(spec: RuleSpec<Id>): RuleOf<Id> {
  const { id, severity, description, find } = spec;
  const prefix = `${id}:`;
  return {
    id,
    severity,
    description,
    run(ctx) {
      const found = find(ctx);
      const out: FindingOf<Id>[] = [];
      for (let i = 0; i < found.length; i++) {
        const f = found[i] as FoundIssue;
        // Fields in the order findings have always had (files and exports list them so).
        out.push(
          f.chain === undefined
            ? { rule: id, severity, key: prefix + f.subject, elements: f.elements, message: f.message, fix: f.fix }
            : { rule: id, severity, key: prefix + f.subject, elements: f.elements, chain: f.chain, message: f.message, fix: f.fix },
        );
      }
      return out;
    },
  };
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
    ...(partial.tasks ? { tasks: partial.tasks } : {}),
  };
}
