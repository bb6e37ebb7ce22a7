import { text, type Text } from '../i18n/text';
import { targetKey } from './comments';
import { DECLARATIONS, referencesOf, type Declarations, type ReferenceSpec } from './declarations';
import type { IssueDetail } from './issue';
import { partOfRings } from './partOfRings';
import { referencedIds } from './specs';
import type { CollectionName, CommentTarget } from './types';

type Entity = Readonly<Record<string, unknown>>;

/**
 * Something a map must not hold, as data: which element, which field, and a message in
 * both languages. One code and one wording per violation, wherever it is found; each
 * caller decides what to do with it (a command refuses, restore repairs or refuses, the
 * workbook reports it at its cell, merge lists it as a conflict).
 */
export interface Violation {
  readonly code: ViolationCode;
  readonly collection: CollectionName;
  readonly id: string;
  /** The field path (`mandate.decidedBy`). */
  readonly field: string;
  readonly message: Text;
  readonly detail?: IssueDetail;
  /** For a dangling reference: whether the element means nothing without its target (and may be dropped to repair it). */
  readonly dangling?: 'drop' | 'refuse';
  /** For a dangling reference: what it points at that is not there. */
  readonly target?: { readonly collection: CollectionName; readonly id: string };
}

export type ViolationCode =
  | 'dangling-reference'
  | 'validity-reversed'
  | 'self-line'
  | 'part-of-self'
  | 'part-of-cycle'
  | 'duplicate-membership'
  | 'missing-author'
  | 'reply-to-reply'
  | 'reply-target'
  | 'resolve-reply'
  | 'document-parent-cycle'
  | 'yearly-plan-without-parent'
  | 'document-replaces-itself'
  | 'coordination-who'
  | 'assignment-who'
  | 'task-concerns-several';

/** What the checks read of the map around one element: the map being edited, a file being opened. */
export interface ModelView {
  get(collection: CollectionName, id: string): Entity | undefined;
  has(collection: CollectionName, id: string): boolean;
  /** The body `id` is a part of; null at a top. One field only: a walk up a deep chain copies no bodies. */
  parentOf(id: string): string | null;
  /** The other memberships of one member in one body. */
  membershipsOf(member: string, body: string): Iterable<Entity>;
}

function violation(collection: CollectionName, id: unknown, field: string, code: ViolationCode, message: Text, detail?: IssueDetail): Violation {
  const v = { collection, id: String(id), field, code, message };
  return detail ? { ...v, detail } : v;
}

/**
 * What one element says on its own that cannot be: dates in the wrong order, a line from
 * a body to itself, a body part of itself. Needs nothing else of the map (the workbook
 * checks each row with these before it has a map).
 */
export function ownViolations(collection: CollectionName, e: Entity, out: Violation[] = []): Violation[] {
  const from = e.validFrom;
  const to = e.validTo;
  if (typeof from === 'string' && typeof to === 'string' && from !== '' && to !== '' && to < from)
    out.push(
      violation(collection, e.id, 'validTo', 'validity-reversed', text(`${to} ligger före giltig från (${from})`, `${to} is before valid from (${from})`), {
        kind: 'dates-reversed',
        from,
        to,
      }),
    );
  if (collection === 'reportingLines' && typeof e.from === 'string' && e.from !== '' && e.from === e.to)
    out.push(violation(collection, e.id, 'to', 'self-line', text('en linje kan inte gå från ett organ till samma organ', 'a line cannot run from a body to the same body')));
  if (collection === 'bodies' && typeof e.partOf === 'string' && e.partOf === e.id)
    out.push(violation(collection, e.id, 'partOf', 'part-of-self', text('ett organ kan inte vara en del av sig självt', 'a body cannot be a part of itself')));
  if (collection === 'documents') documentOwnViolations(e, out);
  if (collection === 'assignments' && (typeof e.body === 'string') === (typeof e.member === 'string'))
    out.push(violation(collection, e.id, 'body', 'assignment-who', text('ett ansvar ges antingen ett organ eller en ledamot', 'an assignment is given to either a body or a member')));
  if (collection === 'tasks' && [e.initiative, e.document, e.body].filter((v) => typeof v === 'string').length > 1)
    out.push(
      violation(collection, e.id, 'initiative', 'task-concerns-several', text('en uppgift gäller en satsning, ett styrdokument eller ett organ, inte flera', 'a task concerns one initiative, document or body, not several')),
    );
  if (collection === 'coordination' && (typeof e.body === 'string') === (typeof e.member === 'string'))
    out.push(
      violation(collection, e.id, 'body', 'coordination-who', text('samordningsfunktionen är antingen ett organ eller en ledamot', 'the coordination function is either a body or a member')),
    );
  return out;
}

/**
 * A yearly plan (handlingsplan/årsplan) exists under the agreement or plan it carries out
 * (the police cooperation's yearly plan under its samverkansöverenskommelse), so it must
 * name one; that the one it names exists is the reference check's. A document under itself
 * is a ring of one.
 */
function documentOwnViolations(e: Entity, out: Violation[]): void {
  if (e.kind === 'yearly_plan' && (typeof e.parent !== 'string' || e.parent === ''))
    out.push(
      violation(
        'documents',
        e.id,
        'parent',
        'yearly-plan-without-parent',
        text('en handlingsplan/årsplan ska höra till ett överordnat dokument', 'a yearly plan must belong to a parent document'),
      ),
    );
  if (typeof e.parent === 'string' && e.parent === e.id) out.push(documentRingViolation([e.id as string]));
  // A document that replaces itself would count as its own successor and hide its lapse.
  if (typeof e.replaces === 'string' && e.replaces === e.id)
    out.push(violation('documents', e.id, 'replaces', 'document-replaces-itself', text('ett styrdokument kan inte ersätta sig självt', 'a governing document cannot replace itself')));
}

/** Documents that sit under each other in a ring: none of them would have a top. */
export function documentRingViolation(ring: readonly string[]): Violation {
  return violation(
    'documents',
    ring[0],
    'parent',
    'document-parent-cycle',
    text(`styrdokumenten ${ring.join(' → ')} ligger under varandra i en ring`, `the governing documents ${ring.join(' → ')} sit under each other in a ring`),
  );
}

/** The parent of a document as `view` shows it; null at a top. */
function documentParent(view: ModelView, id: string): string | null {
  const p = view.get('documents', id)?.parent;
  return typeof p === 'string' ? p : null;
}

/** Bodies that are parts of each other in a ring (never a ring of one: that is `part-of-self`). */
export function partOfRingViolation(ring: readonly string[]): Violation {
  return violation(
    'bodies',
    ring[0],
    'partOf',
    'part-of-cycle',
    text(`organen ${ring.join(' → ')} är delar av varandra i en ring`, `the bodies ${ring.join(' → ')} are parts of each other in a ring`),
  );
}

const referencesByCollection = new WeakMap<Declarations, Map<CollectionName, ReferenceSpec[]>>();

/** The references made from one collection, grouped once per set of declarations (restore asks once per element). */
function referencesFrom(declarations: Declarations, collection: CollectionName): readonly ReferenceSpec[] {
  let grouped = referencesByCollection.get(declarations);
  if (!grouped) {
    grouped = new Map();
    for (const ref of referencesOf(declarations)) {
      const list = grouped.get(ref.collection);
      if (list) list.push(ref);
      else grouped.set(ref.collection, [ref]);
    }
    referencesByCollection.set(declarations, grouped);
  }
  return grouped.get(collection) ?? [];
}

/** A reference to an element that is not there. */
function danglingViolations(collection: CollectionName, e: Entity, view: ModelView, declarations: Declarations, out: Violation[] = []): Violation[] {
  for (const ref of referencesFrom(declarations, collection)) {
    for (const target of referencedIds(ref, e)) {
      if (view.has(ref.target, target)) continue;
      const noun = declarations[ref.target].noun;
      out.push({
        ...violation(collection, e.id, ref.field, 'dangling-reference', text(`inget ${noun.sv} har id "${target}"`, `no ${noun.en} with id "${target}"`)),
        dangling: ref.dangling,
        target: { collection: ref.target, id: target },
      });
    }
  }
  return out;
}

/** The ring a body would close if it were a part of `parent`: itself, then up the chain back to it; null when none. */
function ringThrough(id: string, parent: string, view: ModelView, parentOf: (id: string) => string | null = view.parentOf): string[] | null {
  const chain = [id];
  const seen = new Set<string>([id]);
  let cur: string | null = parent;
  while (cur !== null) {
    if (cur === id) return chain;
    if (seen.has(cur)) return null; // A ring above that this body is not on.
    seen.add(cur);
    chain.push(cur);
    cur = parentOf(cur);
  }
  return null;
}

function duplicateMembership(id: unknown): Violation {
  return violation('memberships', id, 'member', 'duplicate-membership', text('ledamoten sitter redan i organet under samma tid', 'the member already sits in the body during that time'));
}

/** Whether two elements' periods (validFrom to validTo, open at an absent end) share a day. */
export function overlaps(a: Entity, b: Entity): boolean {
  const startsBeforeOtherEnds = !a.validFrom || !b.validTo || (a.validFrom as string) <= (b.validTo as string);
  const otherStartsBeforeEnd = !b.validFrom || !a.validTo || (b.validFrom as string) <= (a.validTo as string);
  return startsBeforeOtherEnds && otherStartsBeforeEnd;
}

/** What a comment says about its thread: a writer, one level of replies, about the thread's target, unresolved. */
function threadViolations(c: Entity, view: ModelView, out: Violation[] = []): Violation[] {
  if (typeof c.author !== 'string' || c.author.trim() === '')
    out.push(violation('comments', c.id, 'author', 'missing-author', text('en kommentar behöver namnet på den som skriver', 'a comment needs the name of its writer')));
  if (typeof c.replyTo !== 'string') return out;
  const root = view.get('comments', c.replyTo);
  if (!root) return out; // The reference check says it is missing.
  if (root.replyTo !== null)
    out.push(
      violation('comments', c.id, 'replyTo', 'reply-to-reply', text('ett svar kan bara ges på en tråds första kommentar', 'a reply can only answer the first comment of a thread')),
    );
  else if (targetKey(root.target as CommentTarget) !== targetKey(c.target as CommentTarget))
    out.push(
      violation('comments', c.id, 'target', 'reply-target', text('ett svar måste gälla samma sak som tråden det svarar i', 'a reply must be about the same thing as its thread')),
    );
  if (c.resolved === true) out.push(resolveReplyViolation(c.id));
  return out;
}

/** Only a thread's first comment carries `resolved`. */
export function resolveReplyViolation(id: unknown): Violation {
  return violation('comments', id, 'resolved', 'resolve-reply', text('bara en tråds första kommentar kan markeras som löst', 'only the first comment of a thread can be marked resolved'));
}

/**
 * Every violation one element makes in the map `view` shows, as a command about to write
 * it would see them: its own, its references, a part-of ring it would close, a membership
 * it would repeat, its place in a thread.
 */
export function elementViolations(collection: CollectionName, e: Entity, view: ModelView, declarations: Declarations = DECLARATIONS): Violation[] {
  const out = [...danglingViolations(collection, e, view, declarations), ...ownViolations(collection, e)];
  if (collection === 'bodies' && typeof e.partOf === 'string' && e.partOf !== e.id) {
    const ring = ringThrough(e.id as string, e.partOf, view);
    if (ring) out.push(partOfRingViolation(ring));
  }
  if (collection === 'memberships' && typeof e.member === 'string' && typeof e.body === 'string') {
    for (const other of view.membershipsOf(e.member, e.body)) {
      if (other.id === e.id || !overlaps(e, other)) continue;
      out.push(duplicateMembership(e.id));
      break;
    }
  }
  if (collection === 'comments') out.push(...threadViolations(e, view));
  if (collection === 'documents' && typeof e.parent === 'string' && e.parent !== e.id) {
    const ring = ringThrough(e.id as string, e.parent, view, (id) => documentParent(view, id));
    if (ring) out.push(documentRingViolation(ring));
  }
  return out;
}

export type Collections = { readonly [C in CollectionName]: ReadonlyMap<string, Entity> };

/** A view of whole collections, as restore and merge have them. */
export function viewOf(collections: Collections): ModelView {
  let byPair: Map<string, Entity[]> | null = null;
  return {
    get: (c, id) => collections[c].get(id),
    has: (c, id) => collections[c].has(id),
    parentOf: (id) => {
      const p = collections.bodies.get(id)?.partOf;
      return typeof p === 'string' ? p : null;
    },
    membershipsOf: (member, body) => {
      if (!byPair) {
        byPair = new Map();
        for (const m of collections.memberships.values()) {
          const key = `${String(m.member)}\u0000${String(m.body)}`;
          const list = byPair.get(key);
          if (list) list.push(m);
          else byPair.set(key, [m]);
        }
      }
      return byPair.get(`${member}\u0000${body}`) ?? [];
    },
  };
}

/**
 * Every violation in a whole map, element by element in model order; part-of rings once
 * each (found in one pass, not one walk per body), after the elements' own.
 */
export function modelViolations(collections: Collections, declarations: Declarations = DECLARATIONS, ignored: ReadonlySet<ViolationCode> = new Set()): Violation[] {
  const view = viewOf(collections);
  const out: Violation[] = [];
  for (const name of Object.keys(declarations) as CollectionName[]) {
    for (const e of collections[name].values()) {
      danglingViolations(name, e, view, declarations, out);
      ownViolations(name, e, out);
      if (name === 'comments') threadViolations(e, view, out);
    }
  }
  if (!ignored.has('duplicate-membership')) duplicateMemberships(collections, view, out);
  const { rings } = partOfRings(collections.bodies.keys(), view.parentOf);
  for (const ring of rings) if (ring.length > 1) out.push(partOfRingViolation(ring));
  const documentRings = partOfRings(collections.documents.keys(), (id) => documentParent(view, id)).rings;
  for (const ring of documentRings) if (ring.length > 1) out.push(documentRingViolation(ring));
  return ignored.size === 0 ? out : out.filter((v) => !ignored.has(v.code));
}

/** Memberships of one member in one body whose times overlap: each later one that overlaps an earlier one. */
function duplicateMemberships(collections: Collections, view: ModelView, out: Violation[]): void {
  const seenPairs = new Set<string>();
  for (const m of collections.memberships.values()) {
    if (typeof m.member !== 'string' || typeof m.body !== 'string') continue;
    const pair = `${m.member}\u0000${m.body}`;
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    const same = [...view.membershipsOf(m.member, m.body)];
    for (let i = 1; i < same.length; i++) {
      const later = same[i] as Entity;
      if (same.slice(0, i).some((earlier) => overlaps(earlier, later)))
        out.push(duplicateMembership(later.id));
    }
  }
}
