import type { BodyId, MemberId } from '../model/ids';
import type { Body, IsoDate, MandatModel, ReportingLine, Settings } from '../model/types';
import { PATH_LINE_KINDS } from '../model/vocabulary';
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
  /** Bodies with someone in the chair on the date. */
  readonly chaired: ReadonlySet<string>;
  /** Each body's position in `bodies`. */
  readonly bodyIndex: ReadonlyMap<string, number>;
  /** The members that hold a regular seat on the date; a member's position here is its index. */
  readonly memberIds: readonly MemberId[];
  /**
   * The regular members (not invited-when-needed) of each body on the date: body
   * position b holds the member indexes `seats[seatStart[b]]` up to (not including)
   * `seats[seatStart[b + 1]]`. Rows of integers in typed arrays rather than sets of
   * ids: 120,000 memberships index in a few milliseconds and leave little garbage.
   */
  readonly seatStart: Int32Array;
  readonly seats: Int32Array;
  /** The same seats by member: member index m sits in body positions `bodyOf[bodyStart[m]…bodyStart[m + 1]]`, ascending. */
  readonly bodyStart: Int32Array;
  readonly bodyOf: Int32Array;
  /** How many regular members the body at a position has. */
  seatCount(position: number): number;
  /** The regular members of a body as ids. */
  regularMembers(bodyId: string): MemberId[];
  /** A scratch array with one slot per member index, for marking members without allocating. */
  memberScratch(): Int32Array;
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

/** Adds one to a counter and returns what it was. */
function bump(counters: Int32Array, at: number): number {
  const was = counters[at] as number;
  counters[at] = was + 1;
  return was;
}

/**
 * Groups (row, item) pairs into rows by a counting sort. An item repeated in a row
 * (a member with two regular memberships of one body in force) is kept once.
 */
function rows(nRows: number, n: number, row: Int32Array, item: Int32Array, nItems: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(nRows + 1);
  for (let k = 0; k < n; k++) bump(start, (row[k] as number) + 1);
  for (let r = 0; r < nRows; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const fill = start.slice(0, nRows);
  const items = new Int32Array(n);
  for (let k = 0; k < n; k++) items[bump(fill, row[k] as number)] = item[k] as number;
  // Drop repeats: mark each item with its row and compact in place.
  const mark = new Int32Array(nItems).fill(-1);
  let write = 0;
  let from = 0;
  for (let r = 0; r < nRows; r++) {
    const end = start[r + 1] as number;
    start[r] = write;
    for (let k = from; k < end; k++) {
      const it = items[k] as number;
      if (mark[it] === r) continue;
      mark[it] = r;
      items[write++] = it;
    }
    from = end;
  }
  start[nRows] = write;
  return { start, items: write === n ? items : items.slice(0, write) };
}

/** The rows of `rows` turned into columns: for each item, the rows it is in, ascending. */
function transpose(start: Int32Array, items: Int32Array, nItems: number): { start: Int32Array; items: Int32Array } {
  const nRows = start.length - 1;
  const colStart = new Int32Array(nItems + 1);
  for (let k = 0; k < items.length; k++) bump(colStart, (items[k] as number) + 1);
  for (let c = 0; c < nItems; c++) colStart[c + 1] = (colStart[c + 1] as number) + (colStart[c] as number);
  const fill = colStart.slice(0, nItems);
  const out = new Int32Array(items.length);
  for (let r = 0; r < nRows; r++) {
    for (let k = start[r] as number; k < (start[r + 1] as number); k++) out[bump(fill, items[k] as number)] = r;
  }
  return { start: colStart, items: out };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the indexes for `model` on `asOf`. */
export function buildContext(model: MandatModel, asOf: IsoDate, settings: Settings): AnalysisContext {
  // Validity is tested inline per collection: one shape per loop keeps property
  // access monomorphic, which matters at 120,000 memberships.
  const bodies: Body[] = [];
  for (const b of model.bodies.values()) if ((b.validFrom === null || b.validFrom <= asOf) && (b.validTo === null || asOf <= b.validTo)) bodies.push(b);
  bodies.sort(byId);
  const activeBody = new Map<string, Body>();
  const bodyIndex = new Map<string, number>();
  bodies.forEach((b, i) => {
    activeBody.set(b.id, b);
    bodyIndex.set(b.id, i);
  });

  const chaired = new Set<string>();
  const memberIds: MemberId[] = [];
  const memberIndex = new Map<string, number>();
  const pairBody = new Int32Array(model.memberships.size);
  const pairMember = new Int32Array(model.memberships.size);
  let pairs = 0;
  for (const m of model.memberships.values()) {
    if ((m.validFrom !== null && m.validFrom > asOf) || (m.validTo !== null && asOf > m.validTo)) continue;
    const b = bodyIndex.get(m.body);
    if (b === undefined) continue;
    let mi = memberIndex.get(m.member);
    if (mi === undefined && !model.members.has(m.member)) continue;
    if (m.role === 'invited') continue;
    if (m.role === 'chair') chaired.add(m.body);
    if (mi === undefined) {
      mi = memberIds.length;
      memberIds.push(m.member);
      memberIndex.set(m.member, mi);
    }
    pairBody[pairs] = b;
    pairMember[pairs++] = mi;
  }
  const { start: seatStart, items: seats } = rows(bodies.length, pairs, pairBody, pairMember, memberIds.length);
  const { start: bodyStart, items: bodyOf } = transpose(seatStart, seats, memberIds.length);

  const lines: ReportingLine[] = [];
  for (const l of model.reportingLines.values())
    if (activeBody.has(l.from) && (l.validFrom === null || l.validFrom <= asOf) && (l.validTo === null || asOf <= l.validTo)) lines.push(l);
  lines.sort(byId);

  const upward = new Map<string, BodyId[]>();
  const addEdge = (from: BodyId, to: BodyId): void => {
    const list = upward.get(from);
    if (!list) upward.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const b of bodies) if (b.partOf && activeBody.has(b.partOf)) addEdge(b.id, b.partOf);
  for (const l of lines) if (PATH_LINE_KINDS.has(l.kind) && activeBody.has(l.to)) addEdge(l.from, l.to);

  let scratch: Int32Array | null = null;
  const ancestorsCache = new Map<string, Set<string>>();
  const ancestors = (id: string): Set<string> => {
    let set = ancestorsCache.get(id);
    if (set) return set;
    set = new Set();
    let cur = model.bodies.get(id)?.partOf ?? null;
    while (cur && !set.has(cur)) {
      set.add(cur);
      cur = model.bodies.get(cur)?.partOf ?? null;
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
    chaired,
    bodyIndex,
    memberIds,
    seatStart,
    seats,
    bodyStart,
    bodyOf,
    seatCount: (b) => (seatStart[b + 1] as number) - (seatStart[b] as number),
    regularMembers: (bodyId) => {
      const b = bodyIndex.get(bodyId);
      const out: MemberId[] = [];
      if (b === undefined) return out;
      for (let k = seatStart[b] as number; k < (seatStart[b + 1] as number); k++) out.push(memberIds[seats[k] as number] as MemberId);
      return out;
    },
    memberScratch: () => (scratch ??= new Int32Array(memberIds.length)),
    lines,
    upward,
    label: (id) => {
      const b = model.bodies.get(id);
      return b ? labelOn(b, asOf) : id;
    },
    memberName: (id) => model.members.get(id)?.name ?? id,
    partOfRelated: (a, b) => {
      const pa = model.bodies.get(a)?.partOf;
      const pb = model.bodies.get(b)?.partOf;
      if (!pa && !pb) return false;
      return ancestors(a).has(b) || ancestors(b).has(a);
    },
  };
}
