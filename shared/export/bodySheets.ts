import type { Finding } from '../analysis/types';
import { text } from '../i18n/text';
import type { BodyId } from '../model/ids';
import type { MandatModel } from '../model/types';
import { ROLES } from '../model/vocabulary';
import { SEVERITIES } from '../analysis/types';
import { isValidOn } from '../time/isoDate';
import { KIND_LABELS, LEVEL_LABELS, LINE_KIND_LABELS, ROLE_LABELS, SEVERITY_LABELS } from './labels';
import { bodyName, fullName, reportContext, type ReportScope } from './reportContext';
import { w } from './reportWords';

/** One line to or from the body, named by the body at its other end. */
export interface SheetLine {
  readonly other: string;
  readonly kind: string;
  readonly frequency: string;
  readonly documented: string;
}

/** Everything a body's own page says: its facts, members, lines in and out, and the findings about it. */
export interface BodySheet {
  readonly id: BodyId;
  readonly title: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly members: readonly { readonly name: string; readonly detail: string; readonly role: string }[];
  readonly out: readonly SheetLine[];
  readonly in: readonly SheetLine[];
  readonly findings: readonly { readonly severity: string; readonly message: string; readonly fix: string }[];
}

/** The words of the body pages that the report's own words do not have. */
export const SHEET_WORDS = {
  appendix: text('Bilaga: organ för organ', 'Appendix: body by body'),
  intro: text('Ett organ per sida: uppdrag, ledamöter, linjer in och ut och fynden om organet, per', 'One body a page: mandate, members, lines in and out and the findings about the body, as of'),
  noFindings: text('Inga fynd om organet.', 'No findings about the body.'),
  page: text('Sida', 'Page'),
} as const;

/** The findings of a severity order: errors first. */
const SEVERITY_ORDER = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));
const ROLE_ORDER = new Map<string, number>(ROLES.map((r, i) => [r, i]));

/**
 * One sheet for each body shown, in the report's order (political first, then by name):
 * the same facts, members and lines as the Word report's body section, plus the findings
 * that name the body, most severe first. Shared by the PDF and the Word appendix.
 */
export function bodySheets(model: MandatModel, scope: ReportScope, findings: readonly Finding[]): BodySheet[] {
  const ctx = reportContext(model, scope);
  const { lang, asOf } = ctx;
  const collator = new Intl.Collator(lang === 'sv' ? 'sv' : 'en');
  const missing = w('missing', lang);
  const orMissing = (s: string, word = missing): string => (s.trim() === '' ? word : s);
  const sheetLine = (other: string, l: { kind: keyof typeof LINE_KIND_LABELS; frequency: string; documented: 'yes' | 'no' | 'unknown' }): SheetLine => ({
    other: bodyName(ctx, other),
    kind: LINE_KIND_LABELS[l.kind][lang],
    frequency: orMissing(l.frequency, w('notGiven', lang)),
    documented: w(l.documented, lang),
  });
  const lines = [...model.reportingLines.values()].filter((l) => isValidOn(l, asOf));
  const seats = [...model.memberships.values()].filter((m) => isValidOn(m, asOf));
  return ctx.bodies.map((vb): BodySheet => {
    const b = vb.body;
    const m = b.mandate;
    const facts: [string, string][] = [
      [w('kind', lang), KIND_LABELS[b.kind][lang]],
      [w('level', lang), LEVEL_LABELS[b.level][lang]],
      ...(b.partOf !== null ? [[w('partOf', lang), bodyName(ctx, b.partOf)] as [string, string]] : []),
      [w('mandateText', lang), orMissing(m.text)],
      [w('decidedBy', lang), m.decidedBy ? bodyName(ctx, m.decidedBy) : missing],
      [w('decisionRef', lang), orMissing(m.decisionRef)],
      [w('meets', lang), orMissing(b.meets, w('notGiven', lang))],
    ];
    const members = seats
      .filter((s) => s.body === b.id)
      .flatMap((s) => {
        const member = model.members.get(s.member);
        return member ? [{ s, member }] : [];
      })
      .sort((x, y) => (ROLE_ORDER.get(x.s.role) ?? 0) - (ROLE_ORDER.get(y.s.role) ?? 0) || collator.compare(x.member.name, y.member.name))
      .map(({ s, member }) => ({
        name: member.name,
        detail: [member.title, member.organisation].filter((t) => t.trim() !== '' && t !== member.name).join(', '),
        role: ROLE_LABELS[s.role][lang],
      }));
    const byOther = (a: SheetLine, c: SheetLine): number => collator.compare(a.other, c.other);
    return {
      id: b.id,
      title: fullName(vb.name, vb.shortName),
      facts,
      members,
      out: lines.filter((l) => l.from === b.id).map((l) => sheetLine(l.to, l)).sort(byOther),
      in: lines.filter((l) => l.to === b.id).map((l) => sheetLine(l.from, l)).sort(byOther),
      findings: findings
        .filter((f) => f.elements.bodies.includes(b.id))
        .sort((x, y) => (SEVERITY_ORDER.get(x.severity) ?? 0) - (SEVERITY_ORDER.get(y.severity) ?? 0))
        .map((f) => ({ severity: SEVERITY_LABELS[f.severity][lang], message: f.message[lang], fix: f.fix[lang] })),
    };
  });
}
