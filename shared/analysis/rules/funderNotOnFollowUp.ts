import { text } from '../../i18n/text';
import type { BodyId, FundingLineId, TaskId } from '../../model/ids';
import { FOLLOW_UP_INITIATIVE } from '../../tasks/library';
import { isExternal, type AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { taskIndex, type TaskRoles } from '../taskIndex';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Den som betalar för en satsning behöver få veta vad pengarna gav, annars kan den inte bedöma om satsningen ska fortsätta, ändras eller avslutas.',
    'Whoever pays for an initiative needs to learn what the money achieved; otherwise it cannot judge whether the initiative should go on, change or end.',
  ),
  fix: text(
    'Ge finansiären rollen A (ansvarar) eller I (informeras) på uppgiften som följer upp satsningen.',
    'Give the funder the role A (accountable) or I (informed) on the task that follows the initiative up.',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.1.4: medlen för mandatperiodsprojektet har "tillförts kommunstyrelsen samtidigt som verksamheten bedrivs av olika nämnder och förvaltningar"; avsnitt 3.2.4: ingen uppföljning av projektet i kommunstyrelsen under året.',
    'The 2023 audit (KPMG) section 3.1.4: the funds for the mandate-period project were given to the executive board while the work is done by several committees and departments; section 3.2.4: no follow-up of the project in the executive board during the year.',
  ),
};

/**
 * Who pays should hear how it went: a body of the municipality funding an initiative should be
 * A or I on the task that follows it up (the 2023 audit, section 3.2: the mandate-period funds
 * were KS's, and nothing was reported to KS in 2022). The follow-up task is the initiative's
 * task from the library's "follow up the initiative", else every task of the initiative. An
 * initiative with no task in force is left to the other rules: a map without a matrix is not judged.
 */
export const funderNotOnFollowUpRule = defineRule({
  id: 'funder-not-on-follow-up',
  severity: 'warning',
  description: text(
    'En satsning vars finansiär varken ansvarar (A) för eller informeras (I) om uppgiften att följa upp den.',
    'An initiative whose funder is neither accountable (A) for nor informed (I) of the task that follows it up.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const index = taskIndex(ctx);
    const tasksOf = new Map<string, TaskRoles[]>();
    for (const roles of index.tasks) {
      const i = roles.task.initiative;
      if (i !== null) tasksOf.set(i, [...(tasksOf.get(i) ?? []), roles]);
    }
    if (tasksOf.size === 0) return [];
    const year = Number(ctx.asOf.slice(0, 4));
    const funders = new Map<string, { initiative: string; funder: BodyId; lines: FundingLineId[] }>();
    for (const f of ctx.model.fundingLines.values()) {
      if (f.initiative === null || f.year > year || !tasksOf.has(f.initiative)) continue;
      const funder = ctx.activeBody.get(f.funder);
      if (!funder || isExternal(funder)) continue;
      const key = `${f.initiative}|${f.funder}`;
      const entry = funders.get(key);
      if (entry) entry.lines.push(f.id);
      else funders.set(key, { initiative: f.initiative, funder: f.funder, lines: [f.id] });
    }
    const out: FoundIssue[] = [];
    for (const [key, { initiative, funder, lines }] of [...funders].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const all = tasksOf.get(initiative) ?? [];
      const followUps = all.some((t) => t.task.libraryKey === FOLLOW_UP_INITIATIVE) ? all.filter((t) => t.task.libraryKey === FOLLOW_UP_INITIATIVE) : all;
      if (followUps.some((t) => [...t.A, ...t.I].some((a) => a.body === funder))) continue;
      const name = ctx.model.initiatives.get(initiative)?.name ?? initiative;
      const who = ctx.label(funder);
      const task = followUps[0]?.task.name ?? '';
      out.push({
        subject: key,
        elements: elements({ bodies: [funder], initiatives: [initiative as never], fundingLines: lines.sort(), tasks: followUps.map((t) => t.task.id as TaskId) }),
        message: text(
          `${who} finansierar ${name} men varken ansvarar (A) för eller informeras (I) om uppföljningen (${task}). Den som betalar får inte veta hur det gick.`,
          `${who} funds ${name} but is neither accountable (A) for nor informed (I) of its follow-up (${task}). Whoever pays does not learn how it went.`,
        ),
        fix: text(`Ge ${who} rollen A eller I för uppföljningsuppgiften.`, `Give ${who} the role A or I on the follow-up task.`),
      });
    }
    return out;
  },
});
