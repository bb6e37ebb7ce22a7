import type { Paragraph, Table } from 'docx';
import type { Member, Membership, ReportingLine } from '../model/types';
import { ROLES } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';
import { KIND_LABELS, LEVEL_LABELS, LINE_KIND_LABELS, ROLE_LABELS } from './labels';
import { bodyName, fullName, type ReportContext } from './reportContext';
import { dataTable, factsTable, gap, heading, missing, orMissing, para, type CellValue } from './reportDocx';
import { nothingToShow, validityText, w } from './reportWords';
import type { ViewBody } from './view';

const ROLE_ORDER = new Map(ROLES.map((r, i) => [r, i]));

/** The body's facts: kind, level, mandate (the decision reference exactly as written), meetings. */
function facts(ctx: ReportContext, vb: ViewBody): Table {
  const { lang } = ctx;
  const b = vb.body;
  const m = b.mandate;
  const rows: [string, CellValue][] = [
    [w('kind', lang), KIND_LABELS[b.kind][lang]],
    [w('level', lang), LEVEL_LABELS[b.level][lang]],
  ];
  if (b.partOf !== null) rows.push([w('partOf', lang), bodyName(ctx, b.partOf)]);
  rows.push(
    [w('mandateText', lang), orMissing(m.text, w('missing', lang))],
    [w('decidedBy', lang), m.decidedBy === null || m.decidedBy === '' ? missing(w('missing', lang)) : bodyName(ctx, m.decidedBy)],
    [w('decisionRef', lang), orMissing(m.decisionRef, w('missing', lang))],
  );
  if (m.requiredMembers.length > 0) {
    rows.push([w('required', lang), m.requiredMembers.map((r) => ctx.model.members.get(r)?.name ?? r).join('\n')]);
  }
  rows.push([w('meets', lang), orMissing(b.meets, w('notGiven', lang))]);
  const valid = validityText(b.validFrom, b.validTo, lang);
  if (valid !== null) rows.push([w('valid', lang), valid]);
  if (b.notes.trim() !== '') rows.push([w('notes', lang), b.notes]);
  return factsTable(rows);
}

/** "Kommundirektör, Kommunledningskontoret": title and organisation, each when given. */
function titleAndOrganisation(member: Member): string {
  return [member.title, member.organisation].filter((s) => s.trim() !== '' && s !== member.name).join(', ');
}

/** Members on the date with their roles: the chair first, then by role and name. */
function members(ctx: ReportContext, vb: ViewBody): (Paragraph | Table)[] {
  const { lang, model } = ctx;
  const seats: { membership: Membership; member: Member }[] = [];
  for (const ms of model.memberships.values()) {
    if (ms.body !== vb.body.id || !isValidOn(ms, ctx.asOf)) continue;
    const member = model.members.get(ms.member);
    if (member) seats.push({ membership: ms, member });
  }
  if (seats.length === 0) return [para(w('noMembers', lang), { italics: true, muted: true })];
  const locale = lang === 'sv' ? 'sv' : 'en';
  seats.sort(
    (a, b) =>
      (ROLE_ORDER.get(a.membership.role) as number) - (ROLE_ORDER.get(b.membership.role) as number) ||
      a.member.name.localeCompare(b.member.name, locale),
  );
  const rows = seats.map(({ membership, member }): CellValue[] => [
    member.name,
    orMissing(titleAndOrganisation(member), '–'),
    ROLE_LABELS[membership.role][lang],
  ]);
  return [dataTable([w('name', lang), w('titleOrg', lang), w('role', lang)], rows, [4, 5, 3]), gap()];
}

/** One table of lines, each named by the body at its other end. */
function lineTable(ctx: ReportContext, lines: readonly ReportingLine[], direction: 'out' | 'in'): Table {
  const { lang } = ctx;
  const rows = lines.map((l): CellValue[] => [
    bodyName(ctx, direction === 'out' ? l.to : l.from),
    LINE_KIND_LABELS[l.kind][lang],
    orMissing(l.frequency, w('notGiven', lang)),
    orMissing(l.form, w('notGiven', lang)),
    // The vocabulary's yes/no/unknown are words of the report too.
    w(l.documented, lang),
  ]);
  const headers = [w(direction === 'out' ? 'to' : 'from', lang), w('lineKind', lang), w('frequency', lang), w('form', lang), w('documented', lang)];
  return dataTable(headers, rows, [3.9, 3, 2.6, 4.3, 2.5]);
}

/** Reporting lines valid on the date, out of and into the body, whichever bodies are at the other end. */
function lines(ctx: ReportContext, vb: ViewBody): (Paragraph | Table)[] {
  const { lang } = ctx;
  const valid = [...ctx.model.reportingLines.values()].filter((l) => isValidOn(l, ctx.asOf));
  const locale = lang === 'sv' ? 'sv' : 'en';
  const byName = (end: (l: ReportingLine) => string) => (a: ReportingLine, b: ReportingLine) =>
    bodyName(ctx, end(a)).localeCompare(bodyName(ctx, end(b)), locale);
  const out = valid.filter((l) => l.from === vb.body.id).sort(byName((l) => l.to));
  const into = valid.filter((l) => l.to === vb.body.id).sort(byName((l) => l.from));
  return [
    heading(w('linesOut', lang), 3),
    ...(out.length > 0 ? [lineTable(ctx, out, 'out'), gap()] : [para(w('noLinesOut', lang), { italics: true, muted: true })]),
    heading(w('linesIn', lang), 3),
    ...(into.length > 0 ? [lineTable(ctx, into, 'in'), gap()] : [para(w('noLinesIn', lang), { italics: true, muted: true })]),
  ];
}

/** The section on bodies: a Heading 2 for each, its facts, members and reporting lines. */
export function bodiesSection(ctx: ReportContext): (Paragraph | Table)[] {
  const { lang } = ctx;
  const out: (Paragraph | Table)[] = [heading(w('bodies', lang), 1, true)];
  if (ctx.bodies.length === 0) return [...out, para(nothingToShow('bodies', ctx.asOf, lang), { italics: true })];
  for (const vb of ctx.bodies) {
    out.push(heading(fullName(vb.name, vb.shortName), 2), facts(ctx, vb), gap());
    out.push(heading(w('members', lang), 3), ...members(ctx, vb));
    out.push(...lines(ctx, vb));
  }
  return out;
}
