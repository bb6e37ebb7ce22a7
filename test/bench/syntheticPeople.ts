/** The people of a synthetic municipality and the seats they hold. */
import type { MemberId, MembershipId } from '../../shared/model/ids';
import type { Member } from '../../shared/model/types';
import type { MemberKind, Role } from '../../shared/model/vocabulary';
import { apportion, type Rng } from './random';
import {
  FIRST,
  isExternal,
  KEY_TITLES,
  LAST,
  OTHER_TITLES,
  PARTIES,
  POLITICAL_KINDS,
  SIZE_WEIGHT,
  type BodyDraft,
  type Collections,
  type MemberDraft,
  type Municipality,
} from './syntheticWords';

/** How strongly a few members gather many seats (rank^-x). */
export const POPULARITY = 0.4;
/** How likely a politician sits in an administrative group, or an official in a political body. */
const CROSS = 0.35;

/** How well a member suits a body: politicians in political bodies, officials elsewhere. */
function affinity(b: BodyDraft, m: MemberDraft): number {
  if (isExternal(b)) return m.official ? (m.title === 'Lokalpolisområdeschef' || m.title === 'Räddningschef' ? 20 : 1) : 0.02;
  if (b.kind === 'assembly') return m.official ? 0.01 : 1;
  if (POLITICAL_KINDS.has(b.kind)) return m.official ? CROSS / 4 : 1;
  if (b.kind === 'council') return m.official ? 0.8 : 0.6;
  return m.official ? 1 : CROSS;
}

/** The members of one municipality: about 40 % officials (key titles first), the rest politicians. */
export function draftMembers(mun: Municipality, rng: Rng): MemberDraft[] {
  const officials = Math.round(mun.nMembers * 0.4);
  const out: MemberDraft[] = [];
  for (let i = 0; i < mun.nMembers; i++) {
    const official = i < officials;
    const rank = official ? i : i - officials;
    const title = official
      ? (KEY_TITLES[rank]?.[0] ?? rng.pick(OTHER_TITLES))
      : rank < 2
        ? 'Kommunalråd'
        : rank === 2
          ? 'Oppositionsråd'
          : 'Förtroendevald';
    out.push({ index: i, id: `${mun.tag}-p${i + 1}` as MemberId, official, title, weight: 1 / Math.pow(rank + 1, POPULARITY) });
  }
  return out;
}

/** The stored member for a draft. */
export function memberEntity(mun: Municipality, m: MemberDraft, rng: Rng): Member {
  const position = m.official && rng.chance(0.3);
  const kind: MemberKind = position ? 'position' : 'person';
  const organisation = m.official
    ? (KEY_TITLES.find(([t]) => t === m.title)?.[1] ?? `${mun.place} kommun`)
    : rng.pick(PARTIES);
  return {
    id: m.id,
    name: position ? `${m.title}, ${mun.place}` : `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    title: m.title,
    organisation,
    kind,
    notes: '',
  };
}

function sampleWeighted(rng: Rng, candidates: readonly MemberDraft[], weight: (m: MemberDraft) => number, k: number): MemberDraft[] {
  if (k <= 0) return [];
  const keyed = candidates.map((m) => ({ m, key: Math.log(rng.float() + 1e-12) / Math.max(weight(m), 1e-9) }));
  keyed.sort((a, b) => b.key - a.key || a.m.index - b.m.index);
  return keyed.slice(0, k).map((x) => x.m);
}

/**
 * Seats: sizes by kind of body, required titles first (mostly), then every member
 * somewhere as far as seats go, then the rest favouring popular, suitable members;
 * one chair per body (a few have none), some invited, now and then a secretary.
 */
export function writeMemberships(mun: Municipality, drafts: readonly BodyDraft[], people: readonly MemberDraft[], rng: Rng, out: Collections): void {
  if (mun.nMemberships === 0) return;
  const weights = drafts.map((d) => (d.empty ? 0 : SIZE_WEIGHT[d.kind] * (0.7 + 0.6 * rng.float())));
  const sizes = apportion(
    mun.nMemberships,
    weights,
    drafts.map(() => people.length),
  );
  const seats = drafts.map(() => new Set<MemberDraft>());
  const room = (i: number): number => (sizes[i] as number) - (seats[i] as Set<MemberDraft>).size;

  // Required titles first, mostly, so that most requirements are met.
  drafts.forEach((d, i) => {
    for (const title of d.required) {
      if (room(i) <= 0 || !rng.chance(0.85)) continue;
      const holder = people.find((p) => p.title === title);
      if (holder) (seats[i] as Set<MemberDraft>).add(holder);
    }
  });
  // Then everybody somewhere, as far as the seats go.
  const seated = new Set<MemberDraft>();
  for (const s of seats) for (const m of s) seated.add(m);
  for (const m of rng.shuffle(people.filter((p) => !seated.has(p)))) {
    const open = drafts.filter((d, i) => room(i) > 0 && !(seats[i] as Set<MemberDraft>).has(m));
    if (open.length === 0) break;
    const body = rng.weighted(open.map((d) => [d, affinity(d, m) * (0.5 + room(d.index))] as const));
    (seats[body.index] as Set<MemberDraft>).add(m);
  }
  // Then the rest of the seats, favouring popular members who suit the body.
  drafts.forEach((d, i) => {
    const s = seats[i] as Set<MemberDraft>;
    const extra = sampleWeighted(
      rng,
      people.filter((p) => !s.has(p)),
      (p) => p.weight * affinity(d, p),
      room(i),
    );
    for (const m of extra) s.add(m);
  });

  drafts.forEach((d, i) => {
    const s = [...(seats[i] as Set<MemberDraft>)].sort((a, b) => a.index - b.index);
    if (s.length === 0) return;
    const noChair = !d.accountable && rng.chance(0.03);
    let chair: MemberDraft | null = null;
    if (!noChair) {
      for (const m of s) if (!chair || m.weight * affinity(d, m) > chair.weight * affinity(d, chair)) chair = m;
    }
    const secretary = rng.chance(0.12) ? s.find((m) => m.official && m !== chair) : undefined;
    for (const m of s) {
      const role: Role = m === chair ? 'chair' : m === secretary ? 'secretary' : rng.chance(0.07) ? 'invited' : 'member';
      const r = rng.float();
      const [validFrom, validTo] = r < 0.03 ? ['2019-01-01', '2022-12-31'] : r < 0.05 ? ['2023-01-01', null] : [null, null];
      const id = `${d.id}-p${m.index + 1}` as MembershipId;
      out.memberships[id] = { id, member: m.id, body: d.id, role, validFrom, validTo };
    }
  });
}
