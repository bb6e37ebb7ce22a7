import type { BodyId, MemberId } from '../model/ids';
import type { Body, IsoDate, MandatModel, ReportingLine, Settings } from '../model/types';
import { PATH_LINE_KINDS } from '../model/vocabulary';
import { BodyGraph } from './bodyGraph';
import { IdNumbers } from './idNumbers';
import { Names } from './names';
import { sortById } from './idSort';
import { partOfAbove } from './partOfTree';
import { rows, sharedMembers, transpose, type SeatIndex } from './seats';
import type { Text } from '../i18n/text';

/** An external body or organisation: outside the municipality's own governance, so most checks leave it be. */
export function isExternal(b: Body): boolean {
  return b.level === 'external' || b.kind === 'external_organisation';
}

/**
 * The map as it stood on one date, indexed once so that every rule is a pass
 * over arrays and maps rather than a search of the whole model.
 */
export interface AnalysisContext extends SeatIndex {
  readonly model: MandatModel;
  readonly asOf: IsoDate;
  readonly settings: Settings;
  /** Bodies that exist on the date, in id order. */
  readonly bodies: readonly Body[];
  /** The bodies that exist on the date, by id. */
  readonly activeBody: Pick<ReadonlyMap<string, Body>, 'has' | 'get'>;
  /** Bodies with someone in the chair on the date. */
  readonly chaired: Pick<ReadonlySet<string>, 'has'>;
  /** Each body's position in `bodies`. */
  readonly bodyIndex: ReadonlyMap<string, number>;
  /** How many regular members the body at a position has. */
  seatCount(position: number): number;
  /** The regular members of a body as ids. */
  regularMembers(bodyId: string): MemberId[];
  /** The regular members two bodies (by position) share, in the order of the second body's seats. */
  sharedMembers(a: number, b: number): MemberId[];
  /** Bodies on the date that are neither accountable nor external: the ones expected to have members and a chair (computed once, when first read). */
  readonly ordinaryBodies: readonly Body[];
  /** Lines valid on the date whose reporting body exists then. */
  readonly lines: readonly ReportingLine[];
  /** For each of `lines` (by its position there), the reporting body's position in `bodies`. */
  readonly lineFrom: Int32Array;
  /** For each of `lines`, the receiving body's position in `bodies`, or -1 when the receiver does not exist on the date. */
  readonly lineTo: Int32Array;
  /** For each of `lines`, 1 when its kind is an accountability path (PATH_LINE_KINDS), else 0. */
  readonly linePath: Uint8Array;
  /** Accountability edges between existing bodies: path-kind lines and partOf (computed once, when first read; `graph` has them by position). */
  readonly upward: ReadonlyMap<string, readonly BodyId[]>;
  /** The same edges the other way (receiver → the bodies accountable to it), computed once, when first read. */
  readonly downward: ReadonlyMap<string, readonly BodyId[]>;
  /** `upward` as body positions in typed arrays, for searches that make no garbage (its scratch space made when first read). */
  readonly graph: BodyGraph;
  /** What a finding's sentence needs to name bodies, lines and members; a lazy message keeps this rather than the context (see names.ts). */
  readonly names: Names;
  /** The label (short name or name) a body had on the date. */
  label(id: string): string;
  /** A line as "from → to", by the bodies' labels on the date. */
  lineLabel(line: ReportingLine): string;
  /** A member's name. */
  memberName(id: string): string;
  /** The findings the map had on another date, by key, as their sentences (for the repeat-finding rule); set by analyse(), absent elsewhere. */
  findingsOn?: (date: IsoDate) => ReadonlyMap<string, { readonly message: Text }>;
  /** True when one of the two bodies is (a part of a part of …) the other. */
  partOfRelated(a: string, b: string): boolean;
  /** `partOfRelated` for two bodies by position: answered from a flag when neither is part of another body (the usual case). */
  partOfRelatedAt(a: number, b: number): boolean;
}

/**
 * The memberships that seat someone on a date (not invited, in force then, of a member the
 * map has), in the model's order: each one's body id, its member's number in `memberIndex`
 * and whether it is the chair. Which bodies exist is left to buildContext.
 */
interface DatedSeats {
  readonly memberIndex: IdNumbers;
  readonly count: number;
  readonly body: readonly string[];
  readonly member: Int32Array;
  readonly chair: Uint8Array;
}

function readSeats(model: MandatModel, asOf: IsoDate, memberIndex: IdNumbers): DatedSeats {
  // At its final size from the start: pushed one by one, 120,000 ids grew and copied the list many times.
  const body = new Array<string>(model.memberships.size);
  const member = new Int32Array(model.memberships.size);
  const chair = new Uint8Array(model.memberships.size);
  let count = 0;
  // forEach rather than for…of: 120,000 iterator results a run were a tenth of the garbage.
  model.memberships.forEach((m) => {
    if (m.role === 'invited') return;
    if ((m.validFrom !== null && m.validFrom > asOf) || (m.validTo !== null && asOf > m.validTo)) return;
    const gi = memberIndex.get(m.member);
    if (gi < 0) return;
    body[count] = m.body;
    member[count] = gi;
    if (m.role === 'chair') chair[count] = 1;
    count++;
  });
  return { memberIndex, count, body, member, chair };
}

/** Every member numbered once, in a typed hash table (IdNumbers) rather than a Map: the loops look up a finished table and leave no garbage. */
function numberMembers(model: MandatModel): IdNumbers {
  const memberIndex = new IdNumbers(model.members.size);
  model.members.forEach((_, id) => void memberIndex.add(id));
  return memberIndex;
}

/** How many dates' seats are kept per snapshot of the memberships (the time control moves through dates). */
const SEAT_DATES = 4;
/** The seats read from frozen snapshots, by their memberships (see seatsOn). */
const seatCache = new WeakMap<object, { readonly members: object; readonly memberIndex: IdNumbers; readonly byDate: Map<IsoDate, DatedSeats> }>();

/**
 * The seats on `asOf`. An edit in the window makes a new snapshot of the model in which the
 * collections it did not touch are the same (frozen) maps as before, and the analysis runs
 * after every edit: reading 12,000 memberships and numbering 4,000 members again was half of
 * building the context on the 1,000-body benchmark map, for an edit (a new body, a renamed
 * one) that changed neither. So for frozen memberships and members, which cannot change, what
 * was read is kept with them; a model that can still change (one being built, in the command
 * line or a test) is read every time.
 */
function seatsOn(model: MandatModel, asOf: IsoDate): DatedSeats {
  const { memberships, members } = model;
  if (!Object.isFrozen(memberships) || !Object.isFrozen(members)) return readSeats(model, asOf, numberMembers(model));
  let kept = seatCache.get(memberships);
  if (!kept || kept.members !== members) {
    kept = { members, memberIndex: numberMembers(model), byDate: new Map() };
    seatCache.set(memberships, kept);
  }
  let dated = kept.byDate.get(asOf);
  if (dated) {
    // Most recently used last, so that the oldest date is the one to go.
    kept.byDate.delete(asOf);
  } else {
    dated = readSeats(model, asOf, kept.memberIndex);
    if (kept.byDate.size >= SEAT_DATES) kept.byDate.delete(kept.byDate.keys().next().value as IsoDate);
  }
  kept.byDate.set(asOf, dated);
  return dated;
}

/** Builds the indexes for `model` on `asOf`. */
export function buildContext(model: MandatModel, asOf: IsoDate, settings: Settings): AnalysisContext {
  // Validity is tested inline per collection: one shape per loop keeps property
  // access monomorphic, which matters at 120,000 memberships.
  const bodies: Body[] = [];
  // forEach and index loops throughout: buildContext runs once an analysis, too seldom to be
  // optimised, and unoptimised for…of makes an iterator result per element.
  model.bodies.forEach((b) => {
    if ((b.validFrom === null || b.validFrom <= asOf) && (b.validTo === null || asOf <= b.validTo)) bodies.push(b);
  });
  sortById(bodies);
  const bodyIndex = new Map<string, number>();
  bodies.forEach((b, i) => bodyIndex.set(b.id, i));
  // A view through bodyIndex rather than a second map of thousands of entries.
  const activeBody = {
    has: (id: string): boolean => bodyIndex.has(id),
    get: (id: string): Body | undefined => {
      const i = bodyIndex.get(id);
      return i === undefined ? undefined : bodies[i];
    },
  };

  // A flag by body position rather than a set of ids (thousands of adds a run, and the set's growth).
  const chairAt = new Uint8Array(bodies.length);
  const chaired = { has: (id: string): boolean => chairAt[bodyIndex.get(id) ?? bodies.length] === 1 };
  const dated = seatsOn(model, asOf);
  const memberIndex = dated.memberIndex;
  const pairBody = new Int32Array(dated.count);
  const pairMember = new Int32Array(dated.count);
  let pairs = 0;
  // The members renumbered in the order first seen, the order memberIds has always had.
  const local = new Int32Array(model.members.size).fill(-1);
  // The seated members' numbers in the order first seen; memberIds is made from them at its
  // final size (pushed one by one, 25,000 ids grew and copied the list a dozen times).
  const seenOrder = new Int32Array(model.members.size);
  let seen = 0;
  // Memberships mostly come a body at a time: the last body's position is kept, so a run of
  // one body's memberships looks it up once rather than hashing its id each time.
  let lastBody: string | null = null;
  let lastB: number | undefined;
  const { body: seatBody, member: seatMember, chair: seatChair } = dated;
  for (let k = 0; k < dated.count; k++) {
    const id = seatBody[k] as string;
    let b: number | undefined;
    if (id === lastBody) b = lastB;
    else {
      b = bodyIndex.get(id);
      lastBody = id;
      lastB = b;
    }
    if (b === undefined) continue;
    const gi = seatMember[k] as number;
    if (seatChair[k] === 1) chairAt[b] = 1;
    let mi = local[gi] as number;
    if (mi < 0) {
      mi = seen++;
      seenOrder[mi] = gi;
      local[gi] = mi;
    }
    pairBody[pairs] = b;
    pairMember[pairs++] = mi;
  }
  const memberIds = new Array<MemberId>(seen);
  for (let i = 0; i < seen; i++) memberIds[i] = memberIndex.id(seenOrder[i] as number) as MemberId;
  const { start: seatStart, items: seats } = rows(bodies.length, pairs, pairBody, pairMember, memberIds.length);
  const { start: bodyStart, items: bodyOf } = transpose(seatStart, seats, memberIds.length);

  const lines: ReportingLine[] = [];
  model.reportingLines.forEach((l) => {
    if (bodyIndex.has(l.from) && (l.validFrom === null || l.validFrom <= asOf) && (l.validTo === null || asOf <= l.validTo)) lines.push(l);
  });
  sortById(lines);
  // Each line's bodies by position and whether it is a path, once: half a dozen rules walk the
  // lines, and each looked the two ids up in bodyIndex (12,000 lines on a large map).
  const lineFrom = new Int32Array(lines.length);
  const lineTo = new Int32Array(lines.length);
  const linePath = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as ReportingLine;
    lineFrom[i] = bodyIndex.get(l.from) as number;
    lineTo[i] = bodyIndex.get(l.to) ?? -1;
    if (PATH_LINE_KINDS.has(l.kind)) linePath[i] = 1;
  }

  // The accountability edges (partOf first, then path lines in line order) as position pairs,
  // grouped by body into the rows of `graph` by a counting sort that keeps each body's targets
  // in that order, each once: the order `upward` has. A map of lists of ids per body, and a
  // graph made from it, were thousands of lookups and arrays a run.
  const edgeFrom = new Int32Array(bodies.length + lines.length);
  const edgeTo = new Int32Array(bodies.length + lines.length);
  let edges = 0;
  // Bodies that are part of another body (existing on the date or not): partOfRelatedAt
  // answers every other pair without looking either body up.
  const isPart = new Uint8Array(bodies.length);
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i] as Body;
    if (!b.partOf) continue;
    isPart[i] = 1;
    const to = bodyIndex.get(b.partOf);
    if (to === undefined) continue;
    edgeFrom[edges] = i;
    edgeTo[edges++] = to;
  }
  for (let i = 0; i < lines.length; i++) {
    const to = lineTo[i] as number;
    if (linePath[i] !== 1 || to < 0) continue;
    edgeFrom[edges] = lineFrom[i] as number;
    edgeTo[edges++] = to;
  }
  const { start: upStart, items: up } = rows(bodies.length, edges, edgeFrom, edgeTo, bodies.length);

  // The same edges as a map of ids, made when first read, in the order it has always had
  // (keys in the order of their first edge).
  const buildUpward = (): Map<string, BodyId[]> => {
    const out = new Map<string, BodyId[]>();
    for (let k = 0; k < edges; k++) {
      const from = (bodies[edgeFrom[k] as number] as Body).id;
      const to = (bodies[edgeTo[k] as number] as Body).id;
      const list = out.get(from);
      if (!list) out.set(from, [to]);
      else if (!list.includes(to)) list.push(to);
    }
    return out;
  };
  let upward: Map<string, BodyId[]> | null = null;

  // One scratch array with a slot per member, for marking members without allocating.
  let scratch: Int32Array | null = null;
  const memberScratch = (): Int32Array => (scratch ??= new Int32Array(memberIds.length));
  let ordinaryBodies: readonly Body[] | null = null;
  let downward: Map<string, BodyId[]> | null = null;
  let graph: BodyGraph | null = null;
  const invert = (): Map<string, BodyId[]> => {
    const out = new Map<string, BodyId[]>();
    // forEach rather than for…of over entries: that made a [key, value] pair per body.
    ctx.upward.forEach((tos, from) => {
      for (let i = 0; i < tos.length; i++) {
        const to = tos[i] as BodyId;
        const list = out.get(to);
        if (list) list.push(from as BodyId);
        else out.set(to, [from as BodyId]);
      }
    });
    return out;
  };
  const names = new Names(model, asOf);
  const label = (id: string): string => names.label(id);
  const isAbove = partOfAbove(model);

  const partOfRelated = (a: string, b: string): boolean => {
    const pa = model.bodies.get(a)?.partOf;
    const pb = model.bodies.get(b)?.partOf;
    if (!pa && !pb) return false;
    return (!!pb && isAbove(a, b, pb)) || (!!pa && isAbove(b, a, pa));
  };

  const ctx: AnalysisContext = {
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
    sharedMembers: (a, b) => sharedMembers(ctx, memberScratch(), a, b),
    get ordinaryBodies() {
      return (ordinaryBodies ??= bodies.filter((b) => !b.accountable && !isExternal(b)));
    },
    lines,
    lineFrom,
    lineTo,
    linePath,
    get upward() {
      return (upward ??= buildUpward());
    },
    get downward() {
      return (downward ??= invert());
    },
    get graph() {
      return (graph ??= new BodyGraph(upStart, up));
    },
    names,
    label,
    lineLabel: (l) => names.lineLabel(l),
    memberName: (id) => names.memberName(id),
    partOfRelated,
    partOfRelatedAt: (a, b) =>
      (isPart[a] === 1 || isPart[b] === 1) && partOfRelated((bodies[a] as Body).id, (bodies[b] as Body).id),
  };
  return ctx;
}
