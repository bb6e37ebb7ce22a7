import type { Member, Membership, ReportingLine } from '../model/types';
import { ROLES } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';
import { KIND_LABELS, LEVEL_LABELS, LINE_KIND_LABELS, ROLE_LABELS } from './labels';
import { el, join, list, type Html } from './publicationHtml';
import { pw } from './publicationWords';
import { bodyName, fullName, type ReportContext } from './reportContext';
import { nothingToShow, validityText, w } from './reportWords';
import type { ViewBody } from './view';

/** The publication's context: the report's, plus the anchor of each body shown. */
export interface PublicationContext extends ReportContext {
  /** Body id → the id of its heading. Numbered, so that no model id can collide with another anchor or break out of one. */
  readonly anchors: ReadonlyMap<string, string>;
}

/** Memberships valid on the date by body, read once rather than once a body. */
function seatsByBody(ctx: PublicationContext): Map<string, Membership[]> {
  const out = new Map<string, Membership[]>();
  for (const ms of ctx.model.memberships.values()) {
    if (!ctx.shown.has(ms.body) || !isValidOn(ms, ctx.asOf)) continue;
    const list = out.get(ms.body);
    if (list) list.push(ms);
    else out.set(ms.body, [ms]);
  }
  return out;
}

/** Anchors `body-1`, `body-2`, … for the bodies in publication order. */
export function bodyAnchors(bodies: readonly ViewBody[]): Map<string, string> {
  return new Map(bodies.map((vb, i) => [vb.body.id, `body-${i + 1}`]));
}

/** A body's name on the date, as a link to its section when the publication has one. */
export function bodyLink(ctx: PublicationContext, id: string | null): Html | string {
  const name = bodyName(ctx, id);
  const anchor = id === null ? undefined : ctx.anchors.get(id);
  if (anchor) return el('a', { href: `#${anchor}` }, name);
  return id !== null && ctx.model.bodies.has(id) ? `${name} (${pw('notShown', ctx.lang)})` : name;
}

const ROLE_ORDER = new Map(ROLES.map((r, i) => [r, i]));

/** A text given in the map, or the word for what is missing, set apart so it is seen (and read) as missing. */
function given(value: string, missingWord: string): Html | string {
  return value.trim() === '' ? el('em', { class: 'missing' }, missingWord) : value;
}

/** Term–description pairs, each wrapped in a div as HTML allows. */
function facts(rows: readonly (readonly [string, Html | string])[]): Html {
  return el('dl', { class: 'facts' }, ...rows.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));
}

function bodyFacts(ctx: PublicationContext, vb: ViewBody): Html {
  const { lang } = ctx;
  const b = vb.body;
  const m = b.mandate;
  const rows: [string, Html | string][] = [
    [w('kind', lang), KIND_LABELS[b.kind][lang]],
    [w('level', lang), LEVEL_LABELS[b.level][lang]],
  ];
  if (b.partOf !== null) rows.push([w('partOf', lang), bodyLink(ctx, b.partOf)]);
  rows.push(
    [w('mandateText', lang), given(m.text, w('missing', lang))],
    [w('decidedBy', lang), m.decidedBy === null || m.decidedBy === '' ? given('', w('missing', lang)) : bodyLink(ctx, m.decidedBy)],
    [w('decisionRef', lang), given(m.decisionRef, w('missing', lang))],
  );
  if (m.requiredMembers.length > 0) rows.push([w('required', lang), list(m.requiredMembers.map((r) => ctx.model.members.get(r)?.name ?? r))]);
  rows.push([w('meets', lang), given(b.meets, w('notGiven', lang))]);
  const valid = validityText(b.validFrom, b.validTo, lang);
  if (valid !== null) rows.push([w('valid', lang), valid]);
  if (b.notes.trim() !== '') rows.push([w('notes', lang), b.notes]);
  return facts(rows);
}

/** "Kommundirektör, Kommunledningskontoret": title and organisation, each when given. */
function titleAndOrganisation(member: Member): string {
  return [member.title, member.organisation].filter((s) => s.trim() !== '' && s !== member.name).join(', ');
}

/** Members on the date, chair first, then by role and name: "Anna Berg – Ordförande (Kommunalråd)". */
function members(ctx: PublicationContext, memberships: readonly Membership[]): Html {
  const { lang, model } = ctx;
  const seats: { membership: Membership; member: Member }[] = [];
  for (const ms of memberships) {
    const member = model.members.get(ms.member);
    if (member) seats.push({ membership: ms, member });
  }
  if (seats.length === 0) return el('p', { class: 'none' }, w('noMembers', lang));
  const locale = lang === 'sv' ? 'sv' : 'en';
  seats.sort(
    (a, b) =>
      (ROLE_ORDER.get(a.membership.role) as number) - (ROLE_ORDER.get(b.membership.role) as number) ||
      a.member.name.localeCompare(b.member.name, locale),
  );
  return list(
    seats.map(({ membership, member }) => {
      const about = titleAndOrganisation(member);
      return `${member.name} – ${ROLE_LABELS[membership.role][lang]}${about ? ` (${about})` : ''}`;
    }),
  );
}

/** One line as a list item: the body at its other end (a link), then what kind of line it is and how it is kept. */
function lineItem(ctx: PublicationContext, line: ReportingLine, other: string): Html {
  const { lang } = ctx;
  const how = [
    LINE_KIND_LABELS[line.kind][lang],
    `${w('frequency', lang).toLowerCase()}: ${line.frequency.trim() || w('notGiven', lang)}`,
    `${w('form', lang).toLowerCase()}: ${line.form.trim() || w('notGiven', lang)}`,
    `${w('documented', lang).toLowerCase()}: ${w(line.documented, lang).toLowerCase()}`,
  ];
  return join([bodyLink(ctx, other), ` – ${how.join('; ')}`]);
}

/** Lines valid on the date out of and into the body, each list sorted by the other body's name. */
function lines(ctx: PublicationContext, vb: ViewBody, valid: readonly ReportingLine[]): Html {
  const { lang } = ctx;
  const locale = lang === 'sv' ? 'sv' : 'en';
  const byName = (end: (l: ReportingLine) => string) => (a: ReportingLine, b: ReportingLine) =>
    bodyName(ctx, end(a)).localeCompare(bodyName(ctx, end(b)), locale);
  const out = valid.filter((l) => l.from === vb.body.id).sort(byName((l) => l.to));
  const into = valid.filter((l) => l.to === vb.body.id).sort(byName((l) => l.from));
  return join([
    el('h4', {}, pw('linesFrom', lang)),
    out.length > 0 ? list(out.map((l) => lineItem(ctx, l, l.to))) : el('p', { class: 'none' }, w('noLinesOut', lang)),
    el('h4', {}, pw('linesTo', lang)),
    into.length > 0 ? list(into.map((l) => lineItem(ctx, l, l.from))) : el('p', { class: 'none' }, w('noLinesIn', lang)),
  ]);
}

/** The text equivalent of the diagram: each body shown as a heading with its facts, members and lines in and out. */
export function bodiesSection(ctx: PublicationContext): Html {
  const { lang } = ctx;
  const valid = [...ctx.model.reportingLines.values()].filter((l) => isValidOn(l, ctx.asOf));
  const seats = seatsByBody(ctx);
  const parts: (Html | string)[] = [el('h2', { id: 'bodies' }, w('bodies', lang))];
  if (ctx.bodies.length === 0) parts.push(el('p', { class: 'none' }, nothingToShow('bodies', ctx.asOf, lang)));
  for (const vb of ctx.bodies) {
    parts.push(
      el(
        'section',
        { 'aria-labelledby': ctx.anchors.get(vb.body.id) },
        el('h3', { id: ctx.anchors.get(vb.body.id) }, fullName(vb.name, vb.shortName)),
        bodyFacts(ctx, vb),
        el('h4', {}, w('members', lang)),
        members(ctx, seats.get(vb.body.id) ?? []),
        lines(ctx, vb, valid),
      ),
    );
  }
  return el('section', { 'aria-labelledby': 'bodies' }, ...parts);
}
