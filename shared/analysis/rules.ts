import { compositionMismatchRule } from './rules/compositionMismatch';
import { emptyBodyRule, noChairRule } from './rules/emptyBody';
import { fundingWithoutReportRule } from './rules/fundingWithoutReport';
import { initiativeWithoutTargetsRule } from './rules/initiativeWithoutTargets';
import { missingMandateRule } from './rules/missingMandate';
import { missingReportPathRule } from './rules/missingReportPath';
import { overlapRule } from './rules/overlap';
import { overloadedMemberRule } from './rules/overloadedMember';
import { reportFrequencyMissingRule, reportToDissolvedRule, undocumentedReportRule } from './rules/reportingLineChecks';
import { reportingCycleRule } from './rules/reportingCycle';
import { samePeopleBothSidesRule } from './rules/samePeopleBothSides';
import { severalMastersRule } from './rules/severalMasters';
import type { Rule } from './types';

/** Every rule, in the order the README describes them. */
export const RULES: readonly Rule[] = [
  overlapRule,
  overloadedMemberRule,
  missingReportPathRule,
  undocumentedReportRule,
  reportFrequencyMissingRule,
  reportToDissolvedRule,
  reportingCycleRule,
  severalMastersRule,
  missingMandateRule,
  compositionMismatchRule,
  samePeopleBothSidesRule,
  fundingWithoutReportRule,
  initiativeWithoutTargetsRule,
  emptyBodyRule,
  noChairRule,
];
