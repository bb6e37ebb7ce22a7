import { text, type Text } from '../i18n/text';
import { scopeNoun } from '../merge/labels';
import { DECLARATIONS } from '../model/declarations';
import type { MandatModel, IsoDate } from '../model/types';
import { COLLECTIONS } from '../model/types';
import { today } from '../time/isoDate';
import { added, changed, entities, isLayoutOnly, removed, type Sides } from './elements';
import { compareFindings } from './findings';
import { inIdsOf, pairById, pairByName, SameIdPairs, shareNoBodyId, type Pairing, type Pairs } from './matching';
import { changesBetweenDates } from './dates';
import { sameEntity, walkSameIds } from './sameIds';
import type { Change, ChangeGroup, DiffOptions, DiffScope, Entity, MapDifference, NameMatch } from './types';

const KINDS = ['added', 'changed', 'removed'] as const;
/**
 * A label as it sorts in Swedish: letters folded to lower case, å ä ö after z. Made once
 * per change and compared as plain strings: a collator's compare, called some 120,000
 * times to sort 9,000 changes, took longer than finding them.
 */
function swedishKey(label: string): string {
  const lower = label.toLowerCase();
  // One pass for the five letters, copying only when there is one: a replace with a
  // callback per letter cost more than the sort, three replaces with strings made more garbage.
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0xe4) continue;
    const folded = c === 0xe5 ? '{' : c === 0xe4 || c === 0xe6 ? '|' : c === 0xf6 || c === 0xf8 ? '}' : '';
    if (folded === '') continue;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** Added first, then changed, then removed, each by label; equal labels keep their order. */
function sortedByKindAndLabel(list: readonly Change[]): Change[] {
  const out: Change[] = [];
  for (const kind of KINDS) {
    const of = list.filter((c) => c.kind === kind);
    const keys = of.map((c) => swedishKey(c.label.sv));
    const order = keys.map((_, i) => i);
    order.sort((x, y) => {
      const a = keys[x] as string;
      const b = keys[y] as string;
      return a < b ? -1 : a > b ? 1 : x - y;
    });
    for (let i = 0; i < order.length; i++) out.push(of[order[i] as number] as Change);
  }
  return out;
}
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const NO_PAIRS: Pairs = new Map<string, string>();

/** Every change of every declared collection (and of the map details and settings), with the moves of boxes apart. */
function compareElements(s: Sides, pairing: Pairing): { changes: Change[]; layout: Change[] } {
  const changes: Change[] = [];
  const layout: Change[] = [];
  for (const scope of ['meta', 'settings'] as const) {
    const c = changed(scope, scope, s.a[scope] as unknown as Entity, s.b[scope] as unknown as Entity, s);
    if (c) changes.push(c);
  }
  for (const name of COLLECTIONS) {
    const inA = entities(s.a, name);
    const inB = entities(s.b, name);
    const pairs: Pairs = pairing.get(name) ?? NO_PAIRS;
    const here: Change[] = [];
    const gone = (id: string, e: Entity): void => {
      here.push(removed(name, id, e, s));
    };
    if (pairs instanceof SameIdPairs) {
      walkSameIds(inA, inB, (id, old, e) => {
        if (old === undefined) here.push(added(name, id, e, s));
        // The same object (one map on two dates) or equal content: nothing to look into.
        else if (old !== e && !sameEntity(old, e)) {
          const c = changed(name, id, old, e, s, e, id);
          if (c) (isLayoutOnly(c) ? layout : here).push(c);
        }
      }, gone);
    } else {
      // Paired by name: the set says which of A's elements were matched.
      const matched = new Set<string>();
      inB.forEach((e, id) => {
        const idA = pairs.get(id);
        const old = idA === undefined ? undefined : inA.get(idA);
        if (idA === undefined || old === undefined) {
          here.push(added(name, id, e, s));
          return;
        }
        matched.add(idA);
        if (old === e || (idA === id && sameEntity(old, e))) return;
        const c = changed(name, id, old, e, s, idA === id ? e : inIdsOf(name, e, pairing), idA);
        if (c) (isLayoutOnly(c) ? layout : here).push(c);
      });
      inA.forEach((e, id) => {
        if (!matched.has(id)) gone(id, e);
      });
    }
    for (let i = 0; i < here.length; i++) changes.push(here[i] as Change);
  }
  return { changes, layout };
}

const DECLARATION_TITLES = new Map<DiffScope, Text>(COLLECTIONS.map((c) => [c, DECLARATIONS[c].title]));

/** The changes by collection, in model order, each group added first, then changed, then removed, by label. */
function grouped(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<DiffScope, Change[]>();
  for (const c of changes) {
    const list = groups.get(c.scope);
    if (list) list.push(c);
    else groups.set(c.scope, [c]);
  }
  return [...groups].map(([scope, list]) => {
    const noun = scopeNoun(scope);
    const title = scope === 'meta' || scope === 'settings' ? text(capital(noun.sv), capital(noun.en)) : (DECLARATION_TITLES.get(scope) ?? noun);
    return { scope, title, changes: sortedByKindAndLabel(list) };
  });
}

/** The full result: elements (without the boxes' moves, which `layoutOf` keeps for applying) and findings. */
function result(
  mode: MapDifference['mode'],
  a: MandatModel,
  b: MandatModel,
  from: IsoDate,
  to: IsoDate,
  { changes, layout }: { changes: readonly Change[]; layout: readonly Change[] },
  byName: readonly NameMatch[],
  options: Pick<DiffOptions, 'withoutFindings' | 'findingsOn'>,
): MapDifference {
  const notes = byName.length > 0
    ? [text(
        `Kartorna har inga organ-id gemensamma; ${byName.length} organ och ledamöter har parats ihop efter namn (eller kortnamn), övriga delar efter vad de förbinder.`,
        `The maps share no body id; ${byName.length} bodies and members were matched by name (or short name), the other elements by what they connect.`,
      )]
    : [];
  const diff: MapDifference = {
    mode,
    from,
    to,
    groups: grouped(changes),
    findings: options.withoutFindings ? { appeared: [], resolved: [], persists: [], persistsCount: 0 } : compareFindings(a, from, b, to, options.findingsOn),
    matchedByName: byName,
    notes,
  };
  LAYOUT.set(diff, layout);
  return diff;
}

// Moves of boxes are not part of what a reader is shown, but applying a difference needs them.
const LAYOUT = new WeakMap<MapDifference, readonly Change[]>();

/** The moves of boxes on the canvas that a difference found beside its listed changes. */
export function layoutOf(diff: MapDifference): readonly Change[] {
  return LAYOUT.get(diff) ?? [];
}

/**
 * What changed in one map between two dates: the map as in force on `dateA` (elements
 * valid then, bodies under the names they had then) against the map on `dateB`, and the
 * findings of the checks on each date.
 */
export function diffAsOf(model: MandatModel, dateA: IsoDate, dateB: IsoDate, options: Pick<DiffOptions, 'withoutFindings' | 'findingsOn'> = {}): MapDifference {
  // The same as comparing mapOn(model, dateA) with mapOn(model, dateB) by id (the tests
  // check so), without building the two maps: one pass over each collection.
  const { changes } = changesBetweenDates(model, dateA, dateB);
  return result('dates', model, model, dateA, dateB, { changes, layout: [] }, [], options);
}

/**
 * What changed from map A to map B (two versions of one map, or two municipalities'
 * maps), element by element matched by id; when the maps share no body id (`match:
 * 'auto'`, the default), bodies and members are matched by name and the note says so.
 * The findings are judged on `from` in A and `to` in B (default today for both).
 */
export function diffModels(a: MandatModel, b: MandatModel, options: DiffOptions = {}): MapDifference {
  const from = options.from ?? today();
  const to = options.to ?? from;
  const s: Sides = { a, b, dated: null };
  const byName = (options.match ?? 'auto') === 'auto' && shareNoBodyId(a, b);
  const { pairing, byName: matches } = byName ? pairByName(a, b) : { pairing: pairById(a, b), byName: [] };
  return result('files', a, b, from, to, compareElements(s, pairing), matches, options);
}

/** True when nothing was added, removed or changed and no finding appeared or was resolved. */
export function isUnchanged(diff: MapDifference): boolean {
  return diff.groups.length === 0 && diff.findings.appeared.length === 0 && diff.findings.resolved.length === 0;
}

/** How many elements changed, all collections together. */
export function changeCount(diff: MapDifference): number {
  return diff.groups.reduce((n, g) => n + g.changes.length, 0);
}
