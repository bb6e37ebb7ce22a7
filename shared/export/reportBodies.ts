import type { Paragraph } from 'docx';
import type { ReportTable } from './reportDocx';
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
function facts(ctx: ReportContext, vb: ViewBody): ReportTable {
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
function members(ctx: ReportContext, seats: readonly Seat[], collator: Intl.Collator): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  if (seats.length === 0) return [para(w('noMembers', lang), { italics: true, muted: true })];
  const sorted = [...seats].sort(
    (a, b) =>
      (ROLE_ORDER.get(a.membership.role) as number) - (ROLE_ORDER.get(b.membership.role) as number) ||
      collator.compare(a.member.name, b.member.name),
  );
  const rows = sorted.map(({ membership, member }): CellValue[] => [
    member.name,
    orMissing(titleAndOrganisation(member), '–'),
    ROLE_LABELS[membership.role][lang],
  ]);
  return [dataTable([w('name', lang), w('titleOrg', lang), w('role', lang)], rows, [4, 5, 3]), gap()];
}

/** One table of lines, each named by the body at its other end. */
function lineTable(ctx: ReportContext, lines: readonly ReportingLine[], direction: 'out' | 'in'): ReportTable {
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
function lines(ctx: ReportContext, ends: BodyLines, collator: Intl.Collator): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  // Each name once, not once per comparison.
  const byName = (end: (l: ReportingLine) => string) => (list: readonly ReportingLine[]) =>
    list
      .map((line) => ({ line, name: bodyName(ctx, end(line)) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((x) => x.line);
  const out = byName((l) => l.to)(ends.out);
  const into = byName((l) => l.from)(ends.in);
  return [
    heading(w('linesOut', lang), 3),
    ...(out.length > 0 ? [lineTable(ctx, out, 'out'), gap()] : [para(w('noLinesOut', lang), { italics: true, muted: true })]),
    heading(w('linesIn', lang), 3),
    ...(into.length > 0 ? [lineTable(ctx, into, 'in'), gap()] : [para(w('noLinesIn', lang), { italics: true, muted: true })]),
  ];
}

interface Seat {
  readonly membership: Membership;
  readonly member: Member;
}

interface BodyLines {
  readonly out: ReportingLine[];
  readonly in: ReportingLine[];
}

/**
 * The seats and lines valid on the date, by body, in the map's order: found in one pass
 * each, not by scanning every membership and line once per body (300 bodies with 3,600
 * memberships made a million checks).
 */
function byBody(ctx: ReportContext): { seats: Map<string, Seat[]>; lines: Map<string, BodyLines> } {
  const { model, asOf } = ctx;
  const seats = new Map<string, Seat[]>();
  for (const membership of model.memberships.values()) {
    if (!isValidOn(membership, asOf)) continue;
    const member = model.members.get(membership.member);
    if (!member) continue;
    const list = seats.get(membership.body);
    if (list) list.push({ membership, member });
    else seats.set(membership.body, [{ membership, member }]);
  }
  const lines = new Map<string, BodyLines>();
  const linesOf = (id: string): BodyLines => {
    let entry = lines.get(id);
    if (!entry) lines.set(id, (entry = { out: [], in: [] }));
    return entry;
  };
  for (const line of model.reportingLines.values()) {
    if (!isValidOn(line, asOf)) continue;
    linesOf(line.from).out.push(line);
    linesOf(line.to).in.push(line);
  }
  return { seats, lines };
}

const NO_LINES: BodyLines = { out: [], in: [] };

/** The section on bodies: a Heading 2 for each, its facts, members and reporting lines. */
export function bodiesSection(ctx: ReportContext): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  const out: (Paragraph | ReportTable)[] = [heading(w('bodies', lang), 1, true)];
  if (ctx.bodies.length === 0) return [...out, para(nothingToShow('bodies', ctx.asOf, lang), { italics: true })];
  // One collator for the whole section: localeCompare(…, locale) looks the locale up on every call.
  const collator = new Intl.Collator(lang === 'sv' ? 'sv' : 'en');
  const index = byBody(ctx);
  for (const vb of ctx.bodies) {
    out.push(heading(fullName(vb.name, vb.shortName), 2), facts(ctx, vb), gap());
    out.push(heading(w('members', lang), 3), ...members(ctx, index.seats.get(vb.body.id) ?? [], collator));
    out.push(...lines(ctx, index.lines.get(vb.body.id) ?? NO_LINES, collator));
  }
  return out;
}
