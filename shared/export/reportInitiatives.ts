import type { Paragraph } from 'docx';
import type { ReportTable } from './reportDocx';
import type { FundingLine, Initiative } from '../model/types';
import { isValidOn } from '../time/isoDate';
import { bodyName, type ReportContext } from './reportContext';
import { dataTable, factsTable, gap, heading, missing, orMissing, para, type CellValue } from './reportDocx';
import { formatSek, nothingToShow, validityText, w } from './reportWords';

/** Initiatives valid on the date; with filters, those a shown body is responsible for or carries out. */
export function reportInitiatives(ctx: ReportContext): Initiative[] {
  const locale = ctx.lang === 'sv' ? 'sv' : 'en';
  return [...ctx.model.initiatives.values()]
    .filter((i) => isValidOn(i, ctx.asOf))
    .filter((i) => !ctx.filtered || (i.responsible !== null && ctx.shown.has(i.responsible)) || i.executors.some((e) => ctx.shown.has(e)))
    .sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id));
}

function facts(ctx: ReportContext, initiative: Initiative): ReportTable {
  const { lang } = ctx;
  const rows: [string, CellValue][] = [
    [w('responsible', lang), initiative.responsible === null ? missing(w('missing', lang)) : bodyName(ctx, initiative.responsible)],
    [w('executors', lang), initiative.executors.length === 0 ? missing(w('notGiven', lang)) : initiative.executors.map((e) => bodyName(ctx, e)).join('\n')],
    [w('targets', lang), orMissing(initiative.targets, w('noTargets', lang))],
  ];
  const valid = validityText(initiative.validFrom, initiative.validTo, lang);
  if (valid !== null) rows.push([w('valid', lang), valid]);
  if (initiative.notes.trim() !== '') rows.push([w('notes', lang), initiative.notes]);
  return factsTable(rows);
}

/** Every year's funding of the initiative (not only the date's year: the money is the history). */
function funding(ctx: ReportContext, initiative: Initiative): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  const lines = [...ctx.model.fundingLines.values()]
    .filter((f) => f.initiative === initiative.id)
    .sort((a, b) => a.year - b.year || bodyName(ctx, a.funder).localeCompare(bodyName(ctx, b.funder)) || a.id.localeCompare(b.id));
  if (lines.length === 0) return [para(w('noFunding', lang), { italics: true, muted: true })];
  const rows = lines.map((f: FundingLine): CellValue[] => [
    String(f.year),
    bodyName(ctx, f.funder),
    bodyName(ctx, f.receiver),
    f.amountSek === null ? missing(formatSek(null, lang)) : formatSek(f.amountSek, lang),
    orMissing(f.source, w('notGiven', lang)),
  ]);
  return [dataTable([w('year', lang), w('from', lang), w('to', lang), w('amount', lang), w('source', lang)], rows, [1.3, 4, 4, 2.8, 4.5], [3]), gap()];
}

/** The section on initiatives: who answers for each, who does it, its targets and its money. */
export function initiativesSection(ctx: ReportContext): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  const out: (Paragraph | ReportTable)[] = [heading(w('initiatives', lang), 1, true)];
  const initiatives = reportInitiatives(ctx);
  if (initiatives.length === 0) return [...out, para(nothingToShow('initiatives', ctx.asOf, lang), { italics: true })];
  for (const i of initiatives) {
    out.push(heading(i.name, 2), facts(ctx, i), gap(), heading(w('funding', lang), 3), ...funding(ctx, i));
  }
  return out;
}
