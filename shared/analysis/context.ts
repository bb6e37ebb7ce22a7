import type { BodyId, MemberId } from '../model/ids';
import { get } from '../model/records';
import type { Body, IsoDate, MandatModel, Membership, ReportingLine, Settings } from '../model/types';
import { PATH_LINE_KINDS } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';
import { labelOn } from '../time/names';

/**
 * The map as it stood on one date, indexed once so that every rule is a pass
 * over arrays and maps rather than a search of the whole model.
 */
export interface AnalysisContext {
  readonly model: MandatModel;
  readonly asOf: IsoDate;
  readonly settings: Settings;
  /** Bodies that exist on the date, in id order. */
  readonly bodies: readonly Body[];
  readonly activeBody: ReadonlyMap<string, Body>;
  /** Memberships valid on the date, of existing members in existing bodies. */
  readonly memberships: readonly Membership[];
  /** Regular members (not invited-when-needed) of each body on the date. */
  readonly regularMembers: ReadonlyMap<string, ReadonlySet<MemberId>>;
  /** Lines valid on the date whose reporting body exists then. */
  readonly lines: readonly ReportingLine[];
  /** Accountability edges between existing bodies: path-kind lines and partOf. */
  readonly upward: ReadonlyMap<string, readonly BodyId[]>;
  /** The label (short name or name) a body had on the date. */
  label(id: string): string;
  /** A member's name. */
  memberName(id: string): string;
  /** True when one of the two bodies is (a part of a part of …) the other. */
  partOfRelated(a: string, b: string): boolean;
}

/** Builds the indexes for `model` on `asOf`. */
export function buildContext(model: MandatModel, asOf: IsoDate, settings: Settings): AnalysisContext {
  const bodies = Object.values(model.bodies)
    .filter((b) => isValidOn(b, asOf))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const activeBody = new Map<string, Body>(bodies.map((b) => [b.id, b]));

  const memberships: Membership[] = [];
  const regularMembers = new Map<string, Set<MemberId>>();
  for (const m of Object.values(model.memberships)) {
    if (!isValidOn(m, asOf) || !activeBody.has(m.body) || get(model.members, m.member) === undefined) continue;
    memberships.push(m);
    if (m.role === 'invited') continue;
    let set = regularMembers.get(m.body);
    if (!set) regularMembers.set(m.body, (set = new Set()));
    set.add(m.member);
  }

  const lines = Object.values(model.reportingLines)
    .filter((l) => isValidOn(l, asOf) && activeBody.has(l.from))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const upward = new Map<string, BodyId[]>();
  const addEdge = (from: BodyId, to: BodyId): void => {
    const list = upward.get(from);
    if (!list) upward.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const b of bodies) if (b.partOf && activeBody.has(b.partOf)) addEdge(b.id, b.partOf);
  for (const l of lines) if (PATH_LINE_KINDS.has(l.kind) && activeBody.has(l.to)) addEdge(l.from, l.to);

  const ancestorsCache = new Map<string, Set<string>>();
  const ancestors = (id: string): Set<string> => {
    let set = ancestorsCache.get(id);
    if (set) return set;
    set = new Set();
    let cur = get(model.bodies, id)?.partOf ?? null;
    while (cur && !set.has(cur)) {
      set.add(cur);
      cur = get(model.bodies, cur)?.partOf ?? null;
    }
    ancestorsCache.set(id, set);
    return set;
  };

  return {
    model,
    asOf,
    settings,
    bodies,
    activeBody,
    memberships,
    regularMembers,
    lines,
    upward,
    label: (id) => {
      const b = get(model.bodies, id);
      return b ? labelOn(b, asOf) : id;
    },
    memberName: (id) => get(model.members, id)?.name ?? id,
    partOfRelated: (a, b) => ancestors(a).has(b) || ancestors(b).has(a),
  };
}
