import type { AnalysisResult, Finding } from '../../../shared/analysis/types';
import type { BodyId } from '../../../shared/model/ids';
import type { Body, IsoDate, MandatModel, ReportingLine } from '../../../shared/model/types';
import { ROLES, type BodyKind, type Documented, type Level, type LineKind, type Role } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { nameHistory, periodOn, type NamePeriod } from '../../../shared/time/nameHistory';
import { nameOn } from '../../../shared/time/names';

/** Another body as it was called on the date; `exists` is false when it did not exist then (or the id names none). */
export interface BodyRef {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly exists: boolean;
}

export interface ProfileSeat {
  readonly id: string;
  readonly memberId: string;
  readonly name: string;
  /** Title and organisation, each when given and not the name itself. */
  readonly detail: string;
  readonly role: Role;
}

export interface ProfileLine {
  readonly id: string;
  readonly kind: LineKind;
  /** The body at the other end. */
  readonly other: BodyRef;
  readonly frequency: string;
  readonly form: string;
  readonly documented: Documented;
}

export interface ProfileInitiative {
  readonly id: string;
  readonly name: string;
  readonly responsible: boolean;
  readonly executor: boolean;
}

export interface ProfileFunding {
  readonly id: string;
  readonly year: number;
  /** 'in': the body receives the money; 'out': it gives it. */
  readonly direction: 'in' | 'out';
  readonly other: BodyRef;
  readonly amountSek: number | null;
  readonly initiative: string | null;
}

/** Everything an auditor reads about one body on one date, every body named as it was called then. */
export interface BodyProfile {
  readonly id: BodyId;
  readonly name: string;
  readonly shortName: string;
  readonly kind: BodyKind;
  readonly level: Level;
  readonly accountable: boolean;
  /** The body existed on the date. */
  readonly exists: boolean;
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
  /** Every name it had, oldest first; `current` is the one of the date. */
  readonly names: readonly NamePeriod[];
  readonly current: number;
  readonly partOf: BodyRef | null;
  readonly mandate: { readonly text: string; readonly decidedBy: BodyRef | null; readonly decisionRef: string; readonly required: readonly string[] };
  readonly meets: string;
  readonly notes: string;
  readonly seats: readonly ProfileSeat[];
  readonly outgoing: readonly ProfileLine[];
  readonly incoming: readonly ProfileLine[];
  readonly initiatives: readonly ProfileInitiative[];
  readonly funding: readonly ProfileFunding[];
  readonly findings: readonly Finding[];
  readonly acknowledged: number;
}

const ROLE_ORDER = new Map(ROLES.map((r, i) => [r, i]));
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

function refTo(model: MandatModel, id: string, asOf: IsoDate): BodyRef {
  const body = model.bodies.get(id);
  if (!body) return { id, name: id, shortName: '', exists: false };
  return { id, ...nameOn(body, asOf), exists: isValidOn(body, asOf) };
}

function linesOf(model: MandatModel, body: Body, asOf: IsoDate, end: 'from' | 'to'): ProfileLine[] {
  const other = end === 'from' ? 'to' : 'from';
  return [...model.reportingLines.values()]
    .filter((l: ReportingLine) => l[end] === body.id && isValidOn(l, asOf))
    .map((l) => ({ id: l.id, kind: l.kind, other: refTo(model, l[other], asOf), frequency: l.frequency, form: l.form, documented: l.documented }))
    .sort((a, b) => byName(a.other, b.other));
}

function seatsOf(model: MandatModel, body: Body, asOf: IsoDate): ProfileSeat[] {
  const seats: ProfileSeat[] = [];
  for (const ms of model.memberships.values()) {
    if (ms.body !== body.id || !isValidOn(ms, asOf)) continue;
    const member = model.members.get(ms.member);
    const name = member?.name ?? ms.member;
    const detail = member ? [member.title, member.organisation].filter((s) => s.trim() !== '' && s !== name).join(', ') : '';
    seats.push({ id: ms.id, memberId: ms.member, name, detail, role: ms.role });
  }
  return seats.sort((a, b) => (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) || byName(a, b));
}

/**
 * The profile of body `id` on `asOf`, from the map and its analysis on that date; null
 * when the map has no such body. Members, lines and initiatives are those valid on the
 * date; funding is every year's (the money is the history), newest first.
 */
export function bodyProfile(model: MandatModel, id: string, asOf: IsoDate, analysis: AnalysisResult): BodyProfile | null {
  const body = model.bodies.get(id);
  if (!body) return null;
  const names = nameHistory(body);
  const now = nameOn(body, asOf);
  const ref = (other: string | null) => (other === null || other === '' ? null : refTo(model, other, asOf));
  const initiatives = [...model.initiatives.values()]
    .filter((i) => isValidOn(i, asOf) && (i.responsible === body.id || i.executors.includes(body.id)))
    .map((i) => ({ id: i.id, name: i.name, responsible: i.responsible === body.id, executor: i.executors.includes(body.id) }))
    .sort(byName);
  const funding = [...model.fundingLines.values()]
    .filter((f) => f.funder === body.id || f.receiver === body.id)
    .map((f): ProfileFunding => {
      const direction = f.receiver === body.id ? 'in' : 'out';
      return {
        id: f.id,
        year: f.year,
        direction,
        other: refTo(model, direction === 'in' ? f.funder : f.receiver, asOf),
        amountSek: f.amountSek,
        initiative: f.initiative === null ? null : (model.initiatives.get(f.initiative)?.name ?? f.initiative),
      };
    })
    .sort((a, b) => b.year - a.year || byName(a.other, b.other));
  const about = (f: Finding) => f.elements.bodies.includes(body.id);
  return {
    id: body.id,
    name: now.name,
    shortName: now.shortName,
    kind: body.kind,
    level: body.level,
    accountable: body.accountable,
    exists: isValidOn(body, asOf),
    validFrom: body.validFrom,
    validTo: body.validTo,
    names,
    current: periodOn(names, asOf),
    partOf: ref(body.partOf),
    mandate: {
      text: body.mandate.text,
      decidedBy: ref(body.mandate.decidedBy),
      decisionRef: body.mandate.decisionRef,
      required: body.mandate.requiredMembers.map((r) => model.members.get(r)?.name ?? r),
    },
    meets: body.meets,
    notes: body.notes,
    seats: seatsOf(model, body, asOf),
    outgoing: linesOf(model, body, asOf, 'from'),
    incoming: linesOf(model, body, asOf, 'to'),
    initiatives,
    funding,
    findings: analysis.findings.filter(about),
    acknowledged: analysis.acknowledged.filter((a) => about(a.finding)).length,
  };
}
