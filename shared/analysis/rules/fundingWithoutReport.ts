import { lazyText, text, type Text } from '../../i18n/text';
import type { BodyId, FundingLineId, InitiativeId } from '../../model/ids';
import type { Body } from '../../model/types';
import { isValidOn, yearOf } from '../../time/isoDate';
import { isExternal, type AnalysisContext } from '../context';
import { reaches } from '../paths';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';

/**
 * Money given by one body for work that others carry out must come back as reports:
 * the receiver of each funding line must reach its funder, and when the funder is
 * part of the municipality, so must every body that carries the initiative out. An
 * external grant-giver is answered by the receiver; its own grant conditions are
 * outside the map's governance.
 */
/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Den som ger pengar behöver veta vad de gav; utan en rapporteringskedja tillbaka kan finansiären inte följa upp satsningen.',
    'Whoever gives money needs to know what it bought; without a reporting chain back the funder cannot follow the initiative up.',
  ),
  fix: text(
    'Lägg till rapporteringslinjer från mottagaren och de genomförande organen tillbaka till finansiären.',
    'Add reporting lines from the receiver and the executing bodies back to the funder.',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.1.4 och 3.2.3: medlen anvisas till kommunstyrelsen, arbetet görs i nämnderna, och rapporteringen tillbaka till styrelsen saknas.',
    'The 2023 audit (KPMG) sections 3.1.4 and 3.2.3: the funds are assigned to the executive board, the work is done by the committees, and the reporting back to the board is missing.',
  ),
};

export const fundingWithoutReportRule = defineRule({
  id: 'funding-without-report',
  severity: 'warning',
  description: text(
    'En satsning som finansieras av ett organ och genomförs av andra, utan rapporteringskedja från dem tillbaka till finansiären.',
    'An initiative funded by one body and carried out by others, with no reporting chain from them back to the funder.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const year = yearOf(ctx.asOf);
    const pairs = new Map<string, { initiative: string; funder: BodyId; body: BodyId; lines: FundingLineId[] }>();
    for (const f of ctx.model.fundingLines.values()) {
      if (f.initiative === null || f.year > year) continue;
      const initiative = ctx.model.initiatives.get(f.initiative);
      if (!initiative || !isValidOn(initiative, ctx.asOf) || !ctx.activeBody.has(f.funder)) continue;
      const accountable: BodyId[] = [f.receiver];
      if (!isExternal(ctx.activeBody.get(f.funder) as Body)) accountable.push(...initiative.executors);
      for (const body of accountable) {
        if (body === f.funder || !ctx.activeBody.has(body)) continue;
        const key = `${initiative.id}|${f.funder}|${body}`;
        const pair = pairs.get(key);
        if (pair) pair.lines.push(f.id);
        else pairs.set(key, { initiative: initiative.id, funder: f.funder, body, lines: [f.id] });
      }
    }
    const out: FoundIssue[] = [];
    // Whether the body reports (directly or not) to the funder: a search up from the body,
    // which meets the few bodies above it, rather than down from the funder, which met
    // everything under a central funder once for each funder (a set of thousands each).
    const answers = (body: string, funder: string): boolean => reaches(ctx, body, funder);
    for (const [key, p] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (answers(p.body, p.funder)) continue;
      const { message, fix } = pairTexts(ctx, p.initiative, p.funder, p.body);
      out.push({
        subject: key,
        elements: elements({ bodies: [p.body, p.funder], initiatives: [p.initiative as InitiativeId], fundingLines: p.lines.sort() }),
        message,
        fix,
      });
    }
    return out;
  },
});

/**
 * The sentences of one finding, made when first read. Built here rather than inside
 * `find` so that they hold only the ids they name, not the rule's search sets.
 */
function pairTexts(ctx: AnalysisContext, initiative: string, funderId: string, bodyId: string): { message: Text; fix: Text } {
  const message = lazyText(() => {
    const name = ctx.model.initiatives.get(initiative)?.name ?? initiative;
    const funder = ctx.label(funderId);
    const body = ctx.label(bodyId);
    return text(
      `${name} finansieras av ${funder} men ${body}, som genomför eller tar emot den, har ingen rapporteringskedja tillbaka till ${funder}. Pengarna och ansvaret går isär.`,
      `${name} is funded by ${funder} but ${body}, which carries it out or receives it, has no reporting chain back to ${funder}. Money and responsibility part ways.`,
    );
  });
  const fix = lazyText(() => {
    const funder = ctx.label(funderId);
    const body = ctx.label(bodyId);
    return text(
      `Lägg till en rapporteringslinje från ${body} (direkt eller via ett annat organ) till ${funder}, eller låt finansieringen gå i linjen.`,
      `Add a reporting line from ${body} (directly or through another body) to ${funder}, or let the funding go through the line organisation.`,
    );
  });
  return { message, fix };
}
