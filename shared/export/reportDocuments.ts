import type { Paragraph } from 'docx';
import type { ReportTable } from './reportDocx';
import { text, type Text } from '../i18n/text';
import type { Coordination, GoverningDocument } from '../model/types';
import { DOCUMENT_KINDS } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';
import { DOCUMENT_KIND_LABELS } from './labels';
import { bodyName, type ReportContext } from './reportContext';
import { dataTable, gap, heading, missing, orMissing, para, type CellValue } from './reportDocx';
import { validityText, w } from './reportWords';

/** The chapter's own words, kept here so the chapter is one module. */
const D = {
  chapter: text('Styrdokument', 'Governing documents'),
  intro: text(
    'Styrdokument som gäller på datumet, per slag: vem som beslutade dem, beslutsreferensen, perioden och när de ska revideras.',
    'Governing documents in force on the date, by kind: who decided them, the decision reference, the period and when they are to be reviewed.',
  ),
  title: text('Titel', 'Title'),
  decidedBy: text('Beslutad av', 'Decided by'),
  reference: text('Beslutsreferens', 'Decision reference'),
  period: text('Period', 'Period'),
  reviewBy: text('Revideras senast', 'Review by'),
  open: text('tills vidare', 'until further notice'),
  passed: text('passerat', 'passed'),
  coordination: text('Samordningsfunktion', 'Coordination function'),
  noCoordination: text('Ingen samordningsfunktion är angiven på datumet.', 'No coordination function is given on the date.'),
} as const satisfies Record<string, Text>;

const say = (t: Text, ctx: ReportContext): string => t[ctx.lang];

/**
 * The documents the chapter lists: those in force on the date. A report narrowed to some
 * bodies keeps the documents that touch them (decided by, party to or governing one).
 */
export function reportDocuments(ctx: ReportContext): GoverningDocument[] {
  const locale = ctx.lang === 'sv' ? 'sv' : 'en';
  const touches = (d: GoverningDocument) =>
    (d.decidedBy !== null && ctx.shown.has(d.decidedBy)) || d.parties.some((b) => ctx.shown.has(b)) || d.governsBodies.some((b) => ctx.shown.has(b));
  return [...ctx.model.documents.values()]
    .filter((d) => isValidOn(d, ctx.asOf))
    .filter((d) => !ctx.filtered || touches(d))
    .sort((a, b) => a.title.localeCompare(b.title, locale) || a.id.localeCompare(b.id));
}

function period(ctx: ReportContext, d: GoverningDocument): CellValue {
  if (d.validFrom !== null && d.validTo === null) return `${validityText(d.validFrom, null, ctx.lang)} (${say(D.open, ctx)})`;
  return validityText(d.validFrom, d.validTo, ctx.lang) ?? say(D.open, ctx);
}

function reviewBy(ctx: ReportContext, d: GoverningDocument): CellValue {
  if (d.reviewBy === null) return missing(w('notGiven', ctx.lang));
  return d.reviewBy < ctx.asOf ? `${d.reviewBy} (${say(D.passed, ctx)})` : d.reviewBy;
}

function row(ctx: ReportContext, d: GoverningDocument): CellValue[] {
  return [
    d.title,
    d.decidedBy === null ? missing(w('missing', ctx.lang)) : bodyName(ctx, d.decidedBy),
    orMissing(d.decisionRef, w('missing', ctx.lang)),
    period(ctx, d),
    reviewBy(ctx, d),
  ];
}

/** Who holds the coordination function on the date: a body's or a member's name. */
function coordinationText(ctx: ReportContext, c: Coordination): string {
  const who = c.body !== null ? bodyName(ctx, c.body) : (ctx.model.members.get(c.member ?? '')?.name ?? c.member ?? '');
  const valid = validityText(c.validFrom, c.validTo, ctx.lang);
  return valid === null ? who : `${who} (${valid})`;
}

/** The Styrdokument chapter: the documents in force on the date by kind, then the coordination function. */
export function documentsSection(ctx: ReportContext): (Paragraph | ReportTable)[] {
  const out: (Paragraph | ReportTable)[] = [heading(say(D.chapter, ctx), 1, true), para(say(D.intro, ctx), { muted: true })];
  const documents = reportDocuments(ctx);
  if (documents.length === 0) {
    out.push(para(ctx.lang === 'sv' ? `Inget att visa: inga styrdokument gäller per ${ctx.asOf}.` : `Nothing to show: no governing documents are in force as of ${ctx.asOf}.`, { italics: true }));
  }
  const headers = [say(D.title, ctx), say(D.decidedBy, ctx), say(D.reference, ctx), say(D.period, ctx), say(D.reviewBy, ctx)];
  for (const kind of DOCUMENT_KINDS) {
    const ofKind = documents.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    out.push(heading(DOCUMENT_KIND_LABELS[kind][ctx.lang], 2), dataTable(headers, ofKind.map((d) => row(ctx, d)), [4.5, 3, 3, 3, 2.2]), gap());
  }
  const coordination = [...ctx.model.coordination.values()].filter((c) => isValidOn(c, ctx.asOf));
  out.push(heading(say(D.coordination, ctx), 2));
  if (coordination.length === 0) out.push(para(say(D.noCoordination, ctx), { italics: true }));
  for (const c of coordination) out.push(para(coordinationText(ctx, c)));
  return out;
}
