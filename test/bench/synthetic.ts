/**
 * Synthetic maps for the benchmark and for tests: many Swedish municipalities side by
 * side, about twenty bodies each, with the usual governance shape (KF, KS with its
 * working committee, committees, councils and the steering, management, operative and
 * working groups that report upward) and the usual flaws in small doses: missing
 * mandates, undocumented lines, lines without frequency, bodies with no path upward,
 * reporting loops, unfilled required titles, members in many bodies.
 *
 * The counts asked for (bodies, members, memberships, lines) are hit exactly, and the
 * same seed always gives the same map. Members only sit in bodies of their own
 * municipality.
 */
import type { AcknowledgementId, BodyId, FundingLineId, InitiativeId, ReportingLineId } from '../../shared/model/ids';
import { DEFAULT_SETTINGS } from '../../shared/model/empty';
import type { MandatModel, ReportingLine } from '../../shared/model/types';
import { DEFAULT_LEVEL, type BodyKind, type Documented, type LineKind } from '../../shared/model/vocabulary';
import { apportion, Rng } from './random';
import { withDocuments } from './syntheticDocuments';
import { draftMembers, memberEntity, writeMemberships } from './syntheticPeople';
import {
  COMMITTEES,
  FORMS,
  FREQUENCIES,
  isExternal,
  MEETS,
  NAMES,
  PARENT_KINDS,
  PLACE_HEAD,
  PLACE_TAIL,
  placeName,
  PURPOSE,
  RANDOM_KINDS,
  type BodyDraft,
  type Collections,
  type Municipality,
  type Named,
} from './syntheticWords';

export { apportion, mulberry32 } from './random';

export interface GenerateOptions {
  readonly bodies: number;
  readonly members: number;
  readonly memberships: number;
  readonly lines: number;
  readonly seed?: number;
  readonly tasks?: number; // Tasks of a responsibility matrix (syntheticTasks.ts); none by default.
}

/** Bodies per municipality, roughly. */
export const BODIES_PER_MUNICIPALITY = 20;

/** A synthetic map with exactly the requested counts; the same seed gives the same map. */
export function generateMap(opts: GenerateOptions): MandatModel {
  const { bodies, members, memberships, lines } = opts;
  const seed = opts.seed ?? 1;
  for (const [k, v] of Object.entries({ bodies, members, memberships, lines }))
    if (!Number.isInteger(v) || v < 0) throw new Error(`${k} must be a whole number ≥ 0`);
  const rng = new Rng(seed);

  const nMun = Math.max(1, Math.round(bodies / BODIES_PER_MUNICIPALITY));
  const bodyCounts = apportion(bodies, new Array<number>(nMun).fill(1));
  const memberCounts = apportion(members, bodyCounts.map((b) => Math.max(b, 0.01)));
  const membershipCounts = apportion(
    memberships,
    bodyCounts,
    bodyCounts.map((b, i) => b * (memberCounts[i] as number)),
  );
  const lineCounts = apportion(
    lines,
    bodyCounts,
    bodyCounts.map((b) => b * (b - 1)),
  );
  const offset = (seed >>> 0) % (PLACE_HEAD.length * PLACE_TAIL.length);
  const municipalities: Municipality[] = bodyCounts.map((nBodies, i) => ({
    tag: `m${i + 1}`,
    place: placeName(i + offset),
    nBodies,
    nMembers: memberCounts[i] as number,
    nMemberships: membershipCounts[i] as number,
    nLines: lineCounts[i] as number,
  }));

  const model: Collections = {
    meta: {
      name: `Syntetisk karta: ${nMun} kommuner`,
      author: 'test/bench/synthetic.ts',
      description: `${bodies} organ, ${members} ledamöter, ${memberships} medlemskap, ${lines} rapporteringslinjer (seed ${seed}).`,
    },
    settings: DEFAULT_SETTINGS,
    bodies: {},
    members: {},
    memberships: {},
    reportingLines: {},
    initiatives: {},
    fundingLines: {},
    acknowledgements: {},
  };
  for (const mun of municipalities) generateMunicipality(mun, rng, model);
  const asMap = <T>(record: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(record));
  return withDocuments({ // Documents take random numbers of their own: the rest stays as it was.
    ...model,
    bodies: asMap(model.bodies),
    members: asMap(model.members),
    memberships: asMap(model.memberships),
    reportingLines: asMap(model.reportingLines),
    initiatives: asMap(model.initiatives),
    fundingLines: asMap(model.fundingLines),
    acknowledgements: asMap(model.acknowledgements),
    documents: new Map(),
    coordination: new Map(),
    ...{ tasks: new Map(), assignments: new Map() },
    audits: new Map(),
    recommendations: new Map(),
    answers: new Map(),
    actions: new Map(),
    ...{ comments: new Map(), views: new Map() },
  }, seed);
}


function generateMunicipality(mun: Municipality, rng: Rng, out: Collections): void {
  const drafts = draftBodies(mun, rng);
  const people = draftMembers(mun, rng);
  writeBodies(mun, drafts, rng, out);
  for (const m of people) out.members[m.id] = memberEntity(mun, m, rng);
  writeMemberships(mun, drafts, people, rng, out);
  const lines = writeLines(mun, drafts, rng, out);
  writeInitiatives(mun, drafts, rng, out);
  acknowledgeSome(mun, lines, rng, out);
}

function draftBodies(mun: Municipality, rng: Rng): BodyDraft[] {
  const drafts: BodyDraft[] = [];
  const used = new Map<string, number>();
  const committees = rng.shuffle([...COMMITTEES]);
  let nextCommittee = 0;
  const named = (kind: BodyKind): Named => {
    if (kind === 'assembly') return ['Kommunfullmäktige', 'KF'];
    if (kind === 'executive_board') return ['Kommunstyrelsen', 'KS'];
    if (kind === 'working_committee') return ['Kommunstyrelsens arbetsutskott', 'KSAU'];
    if (kind === 'committee' && nextCommittee < committees.length) return committees[nextCommittee++] as Named;
    const pool = NAMES[kind] ?? COMMITTEES;
    return kind === 'external_organisation' && !drafts.some(isExternal) ? (pool[0] as Named) : rng.pick(pool);
  };
  for (let i = 0; i < mun.nBodies; i++) {
    const kind: BodyKind =
      i === 0
        ? 'assembly'
        : i === 1
          ? 'executive_board'
          : i === 2
            ? 'working_committee'
            : i <= 5
              ? 'committee'
              : i === 6
                ? 'external_organisation'
                : rng.weighted(RANDOM_KINDS);
    const [baseName, baseShort, required = []] = named(kind);
    const n = (used.get(baseShort) ?? 0) + 1;
    used.set(baseShort, n);
    const suffix = n > 1 ? ` ${n}` : '';
    const accountable = kind === 'assembly' || kind === 'executive_board' || kind === 'committee';
    const d: BodyDraft = {
      index: i,
      id: `${mun.tag}-b${i + 1}` as BodyId,
      kind,
      level: DEFAULT_LEVEL[kind],
      accountable,
      name: `${baseName}${suffix}, ${mun.place}`,
      shortName: `${baseShort}${suffix} ${mun.place}`,
      required: rng.chance(0.8) ? required : [],
      parent: null,
      partOfParent: false,
      lineKind: null,
      depth: 0,
      orphan: false,
      empty: false,
      validFrom: null,
      validTo: null,
    };
    placeInHierarchy(d, drafts, rng);
    if (i >= 7) {
      const r = rng.float();
      if (r < 0.015) {
        d.validFrom = '2016-01-01';
        d.validTo = '2022-12-31';
      } else if (r < 0.025) d.validFrom = '2024-01-01';
      else if (r < 0.12) d.validFrom = '2019-01-01';
      if (!isExternal(d) && rng.chance(0.04)) d.orphan = true;
      if (!isExternal(d) && !d.accountable && rng.chance(0.012)) d.empty = true;
    }
    drafts.push(d);
  }
  return drafts;
}

function placeInHierarchy(d: BodyDraft, earlier: readonly BodyDraft[], rng: Rng): void {
  const byKind = (k: BodyKind): BodyDraft[] => earlier.filter((b) => b.kind === k);
  const set = (parent: BodyDraft | undefined, lineKind: LineKind, partOf = false): void => {
    if (!parent) return;
    d.parent = parent.index;
    d.lineKind = lineKind;
    d.partOfParent = partOf;
    d.depth = isExternal(d) ? 99 : parent.depth + 1;
  };
  const kf = earlier[0];
  const ks = earlier[1];
  switch (d.kind) {
    case 'assembly':
      return;
    case 'executive_board':
    case 'committee':
      return set(kf, 'reports_to');
    case 'working_committee':
      return set(ks ?? kf, 'prepares_for', ks !== undefined);
    case 'drafting_committee':
      return set(kf, 'prepares_for');
    default: {
      const prefs = PARENT_KINDS[d.kind] ?? [];
      let candidates: BodyDraft[] = [];
      for (const k of prefs) {
        candidates = byKind(k);
        if (candidates.length > 0 && (k !== 'executive_board' || rng.chance(0.6))) break;
      }
      if (candidates.length === 0) candidates = earlier.filter((b) => !isExternal(b));
      const parent = candidates.length > 0 ? rng.pick(candidates) : undefined;
      const lineKind: LineKind = isExternal(d)
        ? 'informs'
        : d.kind === 'management_group'
          ? 'prepares_for'
          : d.kind === 'working_group' && rng.chance(0.3)
            ? 'followed_up_by'
            : 'reports_to';
      const partOf = (d.kind === 'operative_group' || d.kind === 'working_group') && rng.chance(0.05);
      return set(parent, lineKind, partOf);
    }
  }
}

function decisionRef(decider: BodyDraft | undefined, rng: Rng): string {
  const year = 2014 + rng.int(9);
  const month = String(1 + rng.int(12)).padStart(2, '0');
  const day = String(1 + rng.int(28)).padStart(2, '0');
  const short = decider ? decider.shortName.split(' ')[0] : 'KF';
  return `${short} ${year}-${month}-${day} § ${1 + rng.int(300)}`;
}

function writeBodies(mun: Municipality, drafts: readonly BodyDraft[], rng: Rng, out: Collections): void {
  for (const d of drafts) {
    const parent = d.parent === null ? undefined : drafts[d.parent];
    const external = isExternal(d);
    const kf = drafts[0];
    const decider = external
      ? undefined
      : d.kind === 'executive_board' || d.kind === 'committee' || d.kind === 'drafting_committee' || d.kind === 'council'
        ? kf
        : d.kind === 'assembly'
          ? undefined
          : parent;
    let text = external ? '' : `${PURPOSE[d.kind] ?? ''}`;
    let ref = external || d.kind === 'assembly' ? '' : decisionRef(decider ?? kf, rng);
    let decidedBy: BodyId | null = decider ? decider.id : null;
    if (d.kind === 'assembly') ref = 'Kommunallagen (2017:725)';
    if (!external && d.index >= 3 && rng.chance(0.07)) {
      const what = rng.int(3);
      if (what === 0) text = '';
      else if (what === 1) ref = '';
      else decidedBy = null;
    }
    const renamed = d.kind === 'council' && d.shortName.startsWith('BRÅ') && rng.chance(0.5);
    out.bodies[d.id] = {
      id: d.id,
      name: renamed ? d.name.replace('Brottsförebyggande rådet', 'Trygghetsrådet') : d.name,
      shortName: renamed ? d.shortName.replace('BRÅ', 'TR') : d.shortName,
      kind: d.kind,
      level: d.level,
      accountable: d.accountable,
      partOf: d.partOfParent && parent ? parent.id : null,
      mandate: { text, decidedBy, decisionRef: ref, requiredMembers: [...d.required] },
      meets: external ? '' : rng.pick(MEETS),
      validFrom: d.validFrom,
      validTo: d.validTo,
      formerNames: renamed ? [{ name: d.name, shortName: d.shortName, validTo: '2021-12-31' }] : [],
      position: null,
      notes: rng.chance(0.1) ? 'Källa: reglemente och protokoll.' : '',
    };
  }
}

/** The `k` candidates with the largest weighted random keys (weighted sampling without replacement). */
function lineEntity(
  id: ReportingLineId,
  from: BodyDraft,
  to: BodyDraft,
  kind: LineKind,
  primary: boolean,
  rng: Rng,
): ReportingLine {
  const documented: Documented = rng.weighted([
    ['yes', 78],
    ['unknown', 15],
    ['no', 7],
  ]);
  const r = rng.float();
  const [validFrom, validTo] = r < 0.05 ? ['2020-01-01', null] : r < 0.08 ? ['2019-01-01', '2022-06-30'] : r < 0.095 ? ['2023-09-01', null] : [null, null];
  return {
    id,
    from: from.id,
    to: to.id,
    kind,
    frequency: rng.chance(0.06) ? '' : rng.pick(FREQUENCIES),
    form: rng.chance(0.1) ? '' : rng.pick(FORMS),
    documented,
    primary,
    validFrom,
    validTo,
    notes: '',
  };
}

function writeLines(mun: Municipality, drafts: readonly BodyDraft[], rng: Rng, out: Collections): ReportingLine[] {
  const budget = mun.nLines;
  const used = new Set<string>();
  const written: ReportingLine[] = [];
  let count = 0;
  const add = (from: BodyDraft, to: BodyDraft, kind: LineKind, primary: boolean): void => {
    const id = `${mun.tag}-l${count + 1}` as ReportingLineId;
    used.add(`${from.index}>${to.index}`);
    const line = lineEntity(id, from, to, kind, primary, rng);
    out.reportingLines[id] = line;
    written.push(line);
    count++;
  };
  // The structure: one line up from each body, except the orphans.
  for (const d of drafts) {
    if (count >= budget) break;
    if (d.parent === null || d.orphan || d.lineKind === null) continue;
    add(d, drafts[d.parent] as BodyDraft, d.lineKind, rng.chance(0.92));
  }
  // Sometimes a loop: a group's parent also reports back to it.
  if (count < budget && rng.chance(0.2)) {
    const candidates = drafts.filter((d) => {
      const p = d.parent === null ? undefined : drafts[d.parent];
      return p && !d.orphan && !isExternal(d) && !d.accountable && !p.accountable && !isExternal(p) && d.lineKind !== 'informs' && !used.has(`${p.index}>${d.index}`);
    });
    if (candidates.length > 0) {
      const d = rng.pick(candidates);
      add(drafts[d.parent as number] as BodyDraft, d, 'reports_to', false);
    }
  }
  // The rest: more lines upward (second masters, follow-ups), and information sideways.
  while (count < budget) {
    let placed = false;
    for (let attempt = 0; attempt < 40 && !placed; attempt++) {
      const from = drafts[1 + rng.int(drafts.length - 1)] as BodyDraft;
      const to = rng.pick(drafts);
      if (to === from || used.has(`${from.index}>${to.index}`)) continue;
      const upward = !from.orphan && !isExternal(from) && !isExternal(to) && to.depth < from.depth;
      const kind: LineKind = upward
        ? rng.weighted([
            ['reports_to', 35],
            ['followed_up_by', 25],
            ['prepares_for', 15],
            ['informs', 25],
          ] as const)
        : 'informs';
      add(from, to, kind, false);
      placed = true;
    }
    if (placed) continue;
    // Dense corner: take the first free pair, as information.
    outer: for (const from of drafts) {
      for (const to of drafts) {
        if (to !== from && !used.has(`${from.index}>${to.index}`)) {
          add(from, to, 'informs', false);
          placed = true;
          break outer;
        }
      }
    }
    if (!placed) throw new Error(`${mun.tag}: no room for ${budget} lines among ${drafts.length} bodies`);
  }
  return written;
}

function writeInitiatives(mun: Municipality, drafts: readonly BodyDraft[], rng: Rng, out: Collections): void {
  const owners = drafts.filter((d) => d.kind === 'executive_board' || d.kind === 'committee');
  const doers = drafts.filter((d) => !d.accountable && !isExternal(d) && d.kind !== 'assembly');
  if (owners.length === 0 || doers.length === 0) return;
  const n = 1 + (rng.chance(0.5) ? 1 : 0);
  let fundings = 0;
  for (let k = 0; k < n; k++) {
    const id = `${mun.tag}-i${k + 1}` as InitiativeId;
    const responsible = rng.pick(owners);
    const executors = rng.shuffle([...doers]).slice(0, 1 + rng.int(Math.min(3, doers.length)));
    const topic = rng.pick(['Trygg i centrum', 'Tidiga insatser för unga', 'Digital skola', 'Minskad segregation', 'Aktiv fritid']);
    out.initiatives[id] = {
      id,
      name: `${topic} ${mun.place}`,
      responsible: responsible.id,
      executors: executors.map((e) => e.id),
      targets: rng.chance(0.7) ? 'Andel elever som känner sig trygga ska öka till 85 % till 2025.' : '',
      validFrom: rng.chance(0.7) ? '2022-01-01' : null,
      validTo: rng.chance(0.3) ? '2025-12-31' : null,
      notes: '',
    };
    const external = drafts.find((d) => isExternal(d) && d.validTo === null);
    const lines = 1 + rng.int(2);
    for (let f = 0; f < lines; f++) {
      const fid = `${mun.tag}-f${++fundings}` as FundingLineId;
      const funder = external && rng.chance(0.2) ? external : rng.chance(0.7) ? responsible : rng.pick(owners);
      const receiver = rng.pick(executors);
      out.fundingLines[fid] = {
        id: fid,
        funder: funder.id,
        receiver: receiver.id,
        initiative: id,
        year: 2022 + rng.int(2),
        amountSek: rng.chance(0.1) ? null : (5 + rng.int(200)) * 10_000,
        source: decisionRef(funder, rng),
        notes: '',
      };
    }
  }
}

/** Now and then a body reports to two bodies on purpose, and the users said so. */
function acknowledgeSome(mun: Municipality, lines: readonly ReportingLine[], rng: Rng, out: Collections): void {
  const second = lines.filter((l) => !l.primary && l.kind === 'reports_to');
  if (rng.chance(0.3) && second.length > 0) {
    const l = rng.pick(second);
    const ack = `${mun.tag}-a1` as AcknowledgementId;
    out.acknowledgements[ack] = {
      id: ack,
      findingKey: `several-masters:${l.from}`,
      reason: 'Gruppen rapporterar till två organ enligt beslut; båda ska få underlag.',
      by: 'Kommunledningskontoret',
      at: '2023-03-01T10:00:00.000Z',
    };
  }
}
