import * as Y from 'yjs';
import { checkId, type FieldSpec, type ObjectSpec } from '../shared/model/fields';
import { ENTITY_SPECS, META_SPEC, SETTINGS_SPEC } from '../shared/model/specs';
import { COLLECTIONS, type CollectionName } from '../shared/model/types';
import type { DecodedStruct, DecodedUpdate } from './updateIntegration';
import { structsByClient } from './updateIntegration';

/**
 * Where a new item goes: the path of the map it is set in (`['bodies']`, `['bodies', 'ks']`,
 * `['bodies', 'ks', 'mandate']`) and its key; 'gone' when it lands in something deleted
 * (Yjs discards it: a concurrent edit of a deleted element); 'invalid' when it is not a
 * key of a map at all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyType = Y.AbstractType<any>;

type Place = { path: string[]; key: string } | 'gone' | 'invalid';

const isCollection = (name: string): name is CollectionName => (COLLECTIONS as readonly string[]).includes(name);

function show(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The fields a map at `path` may hold, or null when no map may be there. */
function specAt(path: readonly string[]): ObjectSpec | null {
  const [top, , field] = path;
  if (path.length === 1) return top === 'meta' ? META_SPEC : top === 'settings' ? SETTINGS_SPEC : null;
  if (!top || !isCollection(top)) return null;
  if (path.length === 2) return ENTITY_SPECS[top];
  if (path.length === 3 && field !== undefined) return ENTITY_SPECS[top][field]?.shape ?? null;
  return null;
}

/** Why `content`, set at `key` of the map at `path`, does not fit the model; null when it does. */
function misfit(path: readonly string[], key: string, content: Y.Item['content']): string | null {
  const where = [...path, key].join('.');
  if (content instanceof Y.ContentDeleted) return null;
  const [top] = path;
  if (path.length === 1 && top !== undefined && isCollection(top)) {
    if (!checkId(key).ok) return `${where}: not a valid id`;
    return content instanceof Y.ContentType && content.type instanceof Y.Map ? null : `${where}: an element must be a map`;
  }
  const spec = specAt(path);
  if (!spec) return `${path.join('.')}: holds no fields`;
  const field = spec[key] as FieldSpec<unknown> | undefined;
  if (!field) return `${where}: not a field here`;
  if (content instanceof Y.ContentType) return content.type instanceof Y.Map && field.shape ? null : `${where}: must not be a nested type`;
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return `${where}: not a value a map holds`;
  const checked = field.check(content.arr[0]);
  return checked.ok ? null : `${where}: ${checked.message.en} (${show(content.arr[0])})`;
}

/** The path of a map already in the document, 'gone' when it or one above it is deleted. */
function pathOfType(type: AnyType, roots: Map<AnyType, string>): string[] | 'gone' | 'invalid' {
  const path: string[] = [];
  let t = type;
  while (t._item) {
    if (t._item.deleted) return 'gone';
    if (t._item.parentSub === null || !(t._item.parent instanceof Y.AbstractType)) return 'invalid';
    path.unshift(t._item.parentSub);
    t = t._item.parent;
  }
  const root = roots.get(t);
  return root === undefined ? 'invalid' : [root, ...path];
}

/**
 * Why `update` would put something into the map that its declaration (shared/model/specs.ts)
 * does not allow: a top-level part that is not a collection, meta or settings; a collection
 * entry that is not a map; an unknown field; a field of the wrong type or out of range; a
 * nested map where the field has no shape. Null when every new item fits. Call after
 * missingPart() found nothing missing, so that every item an update refers to exists.
 */
export function contentMisfit(doc: Y.Doc, decoded: DecodedUpdate): string | null {
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  const byClient = structsByClient(decoded.structs);
  const roots = new Map<AnyType, string>();
  for (const [name, type] of doc.share) roots.set(type, name);
  const places = new Map<DecodedStruct, Place>();
  const inUpdate = new Set<unknown>(decoded.structs);

  /** The struct with `id`, from this update (not a skipped range) or else from the document. */
  const structAt = (id: Y.ID): DecodedStruct | Y.GC | Y.Item => {
    const list = byClient.get(id.client);
    if (list) {
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = list[mid] as DecodedStruct;
        if (id.clock < s.id.clock) hi = mid - 1;
        else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
        else if (s instanceof Y.Skip) break;
        else return s;
      }
    }
    return Y.getItem(doc.store, id) as Y.GC | Y.Item;
  };
  const fromDocument = (s: DecodedStruct | Y.GC | Y.Item) => !inUpdate.has(s);

  /** The path of the map a struct holds as its content. */
  const typePathOf = (s: DecodedStruct | Y.GC | Y.Item): string[] | 'gone' | 'invalid' => {
    if (s instanceof Y.GC || (s instanceof Y.Item && s.content instanceof Y.ContentDeleted)) return 'gone';
    if (!(s instanceof Y.Item) || !(s.content instanceof Y.ContentType)) return 'invalid';
    if (fromDocument(s)) return pathOfType(s.content.type, roots);
    const place = placeOf(s);
    return typeof place === 'string' ? place : [...place.path, place.key];
  };

  /** Where an item goes. Iterative along chains of neighbours, which can be as long as an offline session's edits. */
  const placeOf = (start: Y.Item): Place => {
    const chain: Y.Item[] = [];
    let s: Y.Item = start;
    let place: Place | undefined;
    for (;;) {
      const cached = places.get(s);
      if (cached) {
        place = cached;
        break;
      }
      if (typeof s.parent === 'string') {
        place = s.parentSub === null ? 'invalid' : { path: [s.parent], key: s.parentSub };
        break;
      }
      if (s.parent instanceof Y.ID) {
        const path = s.parentSub === null ? 'invalid' : typePathOf(structAt(s.parent));
        place = typeof path === 'string' ? path : { path, key: s.parentSub as string };
        break;
      }
      // No parent written: Yjs takes the right neighbour's, else the left's; a collected neighbour discards the item.
      const left = s.origin ? structAt(s.origin) : null;
      const right = s.rightOrigin ? structAt(s.rightOrigin) : null;
      if (left instanceof Y.GC || right instanceof Y.GC) {
        place = 'gone';
        break;
      }
      const neighbour = (right ?? left) as Y.Item | null;
      if (!neighbour) {
        place = 'invalid';
        break;
      }
      if (fromDocument(neighbour)) {
        const parent = neighbour.parent;
        const path = parent instanceof Y.AbstractType && neighbour.parentSub !== null ? pathOfType(parent, roots) : 'invalid';
        place = typeof path === 'string' ? path : { path, key: neighbour.parentSub as string };
        break;
      }
      chain.push(s);
      s = neighbour;
    }
    places.set(s, place);
    for (const item of chain) places.set(item, place);
    return place;
  };

  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item) || s.id.clock + s.length <= (known.get(s.id.client) ?? 0)) continue;
    const place = placeOf(s);
    if (place === 'gone') continue;
    if (place === 'invalid') return 'a change that is not a key of a map';
    const [top] = place.path;
    if (top === undefined || !['meta', 'settings', ...COLLECTIONS].includes(top)) return `${top ?? '?'}: not a part of a map`;
    const problem = misfit(place.path, place.key, s.content);
    if (problem) return problem;
  }
  return null;
}
