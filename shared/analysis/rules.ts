import { compositionMismatchRule } from './rules/compositionMismatch';
import { emptyBodyRule } from './rules/emptyBody';
import { fundingWithoutReportRule } from './rules/fundingWithoutReport';
import { initiativeWithoutTargetsRule } from './rules/initiativeWithoutTargets';
import { missingMandateRule } from './rules/missingMandate';
import { missingReportPathRule } from './rules/missingReportPath';
import { noChairRule } from './rules/noChair';
import { overlapRule } from './rules/overlap';
import { overloadedMemberRule } from './rules/overloadedMember';
import { reportFrequencyMissingRule } from './rules/reportFrequencyMissing';
import { reportToDissolvedRule } from './rules/reportToDissolved';
import { reportingCycleRule } from './rules/reportingCycle';
import { samePeopleBothSidesRule } from './rules/samePeopleBothSides';
import { severalMastersRule } from './rules/severalMasters';
import { undocumentedReportRule } from './rules/undocumentedReport';
import { actionPlanBeforePictureRule } from './rules/actionPlanBeforePicture';
import { actionPlanNotMunicipalRule } from './rules/actionPlanNotMunicipal';
import { agreementExpiredRule } from './rules/agreementExpired';
import { agreementUnsignedRule } from './rules/agreementUnsigned';
import { documentLapsedRule } from './rules/documentLapsed';
import { documentWithoutDecisionRule } from './rules/documentWithoutDecision';
import { initiativeWithoutPlanRule } from './rules/initiativeWithoutPlan';
import { noActionPlanRule } from './rules/noActionPlan';
import { noCoordinationFunctionRule } from './rules/noCoordinationFunction';
import { noSituationalPictureRule } from './rules/noSituationalPicture';
import { staleSituationalPictureRule } from './rules/staleSituationalPicture';
import { yearlyPlanOutsideParentRule } from './rules/yearlyPlanOutsideParent';
import { accountableBottleneckRule } from './rules/accountableBottleneck';
import { accountableWithoutMandateRule } from './rules/accountableWithoutMandate';
import { assignmentToAbsentBodyRule } from './rules/assignmentToAbsentBody';
import { funderNotOnFollowUpRule } from './rules/funderNotOnFollowUp';
import { responsibleNotReachingAccountableRule } from './rules/responsibleNotReachingAccountable';
import { taskAccountableRule } from './rules/taskAccountable';
import { taskWithoutResponsibleRule } from './rules/taskWithoutResponsible';
import { actionOverdueRule } from './rules/actionOverdue';
import { actionOwnerMissingRule } from './rules/actionOwnerMissing';
import { agreedWithoutActionRule } from './rules/agreedWithoutAction';
import { recommendationUnansweredRule } from './rules/recommendationUnanswered';
import { repeatFindingRule } from './rules/repeatFinding';

/**
 * Every rule, in the order the README describes them and findings of one severity are
 * listed. The one list: the rule ids (`RuleId`, `RULE_IDS`) derive from it, so a new rule
 * is a module of its own (`defineRule`) and a line here.
 */
export const RULES = [
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
  // The law and plan checks (issue 16); their groups are in ruleGroups.ts.
  noSituationalPictureRule,
  staleSituationalPictureRule,
  noActionPlanRule,
  actionPlanBeforePictureRule,
  actionPlanNotMunicipalRule,
  noCoordinationFunctionRule,
  agreementExpiredRule,
  agreementUnsignedRule,
  documentLapsedRule,
  yearlyPlanOutsideParentRule,
  initiativeWithoutPlanRule,
  documentWithoutDecisionRule,
  // The responsibility matrix (issue 17).
  taskAccountableRule,
  taskWithoutResponsibleRule,
  accountableWithoutMandateRule,
  responsibleNotReachingAccountableRule,
  funderNotOnFollowUpRule,
  accountableBottleneckRule,
  assignmentToAbsentBodyRule,
  // Audit follow-up (granskningar): after the structure's checks.
  recommendationUnansweredRule,
  actionOverdueRule,
  agreedWithoutActionRule,
  actionOwnerMissingRule,
  repeatFindingRule,
] as const;

/** The rules' ids, in the order of `RULES`. */
export const RULE_IDS: readonly (typeof RULES)[number]['id'][] = RULES.map((r) => r.id);
