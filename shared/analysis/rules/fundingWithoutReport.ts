import { lazyText, text, type Text } from '../../i18n/text';
import type { BodyId, FundingLineId, InitiativeId } from '../../model/ids';
import type { Body } from '../../model/types';
import { isValidOn, yearOf } from '../../time/isoDate';
import { isExternal, type AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, NONE, structureElements, issue, type FoundIssue } from '../finding';

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
    const nBodies = ctx.bodies.length;
    // Each (initiative, funder, body) once, keyed by numbers (initiative in order first met,
    // body positions) rather than a joined string: the strings are made only for the pairs
    // flagged, which name them in their key.
    const initiativeNumber = new Map<string, number>();
    const pairOf = new Map<number, Pair>();
    const pairs: Pair[] = [];
    ctx.model.fundingLines.forEach((f) => {
      if (f.initiative === null || f.year > year) return;
      const initiative = ctx.model.initiatives.get(f.initiative);
      if (!initiative || !isValidOn(initiative, ctx.asOf)) return;
      const funder = ctx.bodyIndex.get(f.funder);
      if (funder === undefined) return;
      let inum = initiativeNumber.get(initiative.id);
      if (inum === undefined) initiativeNumber.set(initiative.id, (inum = initiativeNumber.size));
      const add = (bodyId: BodyId): void => {
        if (bodyId === f.funder) return;
        const body = ctx.bodyIndex.get(bodyId);
        if (body === undefined) return;
        const key = ((inum as number) * nBodies + funder) * nBodies + body;
        const pair = pairOf.get(key);
        if (pair) pair.lines.push(f.id);
        else {
          const made: Pair = { initiative: initiative.id, funder, body, lines: [f.id], key: '' };
          pairOf.set(key, made);
          pairs.push(made);
        }
      };
      add(f.receiver);
      if (!isExternal(ctx.bodies[funder] as Body)) for (let i = 0; i < initiative.executors.length; i++) add(initiative.executors[i] as BodyId);
    });
    // Whether the body reports (directly or not) to the funder: a search up from the body,
    // which meets the few bodies above it, rather than down from the funder, which met
    // everything under a central funder once for each funder.
    const flagged: Pair[] = [];
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i] as Pair;
      if (ctx.graph.reaches(p.body, p.funder)) continue;
      p.key = `${p.initiative}|${idAt(ctx, p.funder)}|${idAt(ctx, p.body)}`;
      flagged.push(p);
    }
    // In the order of the joined keys, as the findings have always been listed.
    flagged.sort((a, b) => (a.key < b.key ? -1 : 1));
    const out: FoundIssue[] = [];
    for (let i = 0; i < flagged.length; i++) {
      const p = flagged[i] as Pair;
      const funder = idAt(ctx, p.funder);
      const body = idAt(ctx, p.body);
      const { message, fix } = pairTexts(ctx.names, p.initiative, funder, body);
      out.push(issue(p.key, structureElements([body, funder], NONE, NONE, [p.initiative as InitiativeId], p.lines.sort()), message, fix));
    }
    return out;
  },
});

/** A funded initiative, its funder and a body that must report back to it (bodies by position). */
interface Pair {
  readonly initiative: string;
  readonly funder: number;
  readonly body: number;
  readonly lines: FundingLineId[];
  /** `initiative|funder|body` with the ids, made for the flagged pairs only. */
  key: string;
}

function idAt(ctx: AnalysisContext, position: number): BodyId {
  return (ctx.bodies[position] as Body).id;
}

/**
 * The sentences of one finding, made when first read. Built here rather than inside
 * `find` so that they hold only the ids they name, not the rule's search sets.
 */
function pairTexts(names: Names, initiative: string, funderId: string, bodyId: string): { message: Text; fix: Text } {
  const message = lazyText(() => {
    const name = names.model.initiatives.get(initiative)?.name ?? initiative;
    const funder = names.label(funderId);
    const body = names.label(bodyId);
    return text(
      `${name} finansieras av ${funder} men ${body}, som genomför eller tar emot den, har ingen rapporteringskedja tillbaka till ${funder}. Pengarna och ansvaret går isär.`,
      `${name} is funded by ${funder} but ${body}, which carries it out or receives it, has no reporting chain back to ${funder}. Money and responsibility part ways.`,
    );
  });
  const fix = lazyText(() => {
    const funder = names.label(funderId);
    const body = names.label(bodyId);
    return text(
      `Lägg till en rapporteringslinje från ${body} (direkt eller via ett annat organ) till ${funder}, eller låt finansieringen gå i linjen.`,
      `Add a reporting line from ${body} (directly or through another body) to ${funder}, or let the funding go through the line organisation.`,
    );
  });
  return { message, fix };
}
