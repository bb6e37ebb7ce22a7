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
  if (path.length === 2 && key === 'id' && content.arr[0] !== path[1]) return `${where}: differs from the element's key`;
  const checked = field.check(content.arr[0]);
  return checked.ok ? null : `${where}: ${checked.message.en} (${show(content.arr[0])})`;
}

/** The name of a top-level type. Looked up each time: Y.Doc.getMap replaces a top-level type read from an update before anyone asked for it. */
function rootName(doc: Y.Doc, type: AnyType): string | undefined {
  for (const [name, t] of doc.share) if (t === type) return name;
  return undefined;
}

/** The path of a map already in the document, 'gone' when it or one above it is deleted. */
function pathOfType(type: AnyType, doc: Y.Doc): string[] | 'gone' | 'invalid' {
  const path: string[] = [];
  let t = type;
  while (t._item) {
    if (t._item.deleted) return 'gone';
    if (t._item.parentSub === null || !(t._item.parent instanceof Y.AbstractType)) return 'invalid';
    path.unshift(t._item.parentSub);
    t = t._item.parent;
  }
  const root = rootName(doc, t);
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
    if (fromDocument(s)) return pathOfType(s.content.type, doc);
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
        const path = parent instanceof Y.AbstractType && neighbour.parentSub !== null ? pathOfType(parent, doc) : 'invalid';
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

  const nested = new NestedMaps(doc);
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item) || s.id.clock + s.length <= (known.get(s.id.client) ?? 0)) continue;
    const place = placeOf(s);
    if (place === 'gone') continue;
    if (place === 'invalid') return 'a change that is not a key of a map';
    const [top] = place.path;
    if (top === undefined || !['meta', 'settings', ...COLLECTIONS].includes(top)) return `${top ?? '?'}: not a part of a map`;
    const problem = misfit(place.path, place.key, s.content);
    if (problem) return problem;
    nested.note(place.path, place.key, s.content);
  }
  return nested.misfit();
}

/**
 * The nested maps (a mandate, a position, a comment's target) an update creates or changes,
 * as they will read after it, so that each is checked whole: a position needs both x and y,
 * a target on a body needs its id. Values are taken in the update's order, later over earlier.
 */
class NestedMaps {
  private readonly maps = new Map<string, { field: FieldSpec<unknown>; value: Record<string, unknown> }>();

  constructor(private readonly doc: Y.Doc) {}

  note(path: readonly string[], key: string, content: Y.Item['content']): void {
    const [collection, id, fieldName] = path;
    if (!collection || !isCollection(collection) || id === undefined) return;
    if (path.length === 2) {
      const field = ENTITY_SPECS[collection][key];
      // A new nested map starts empty: what it holds comes later in the same update.
      if (field?.shape && content instanceof Y.ContentType) this.maps.set([...path, key].join('\u0000'), { field, value: {} });
      return;
    }
    const field = fieldName === undefined ? undefined : ENTITY_SPECS[collection][fieldName];
    if (path.length !== 3 || !field || !(content instanceof Y.ContentAny)) return;
    const name = path.join('\u0000');
    let entry = this.maps.get(name);
    if (!entry) {
      entry = { field, value: this.stored(collection, id, fieldName as string, field.shape ?? {}) };
      this.maps.set(name, entry);
    }
    entry.value[key] = content.arr[0];
  }

  /** What the document's nested map holds now, key by key (never walking into nested types). */
  private stored(collection: CollectionName, id: string, fieldName: string, shape: ObjectSpec): Record<string, unknown> {
    const element: unknown = this.doc.getMap(collection).get(id);
    const map: unknown = element instanceof Y.Map ? element.get(fieldName) : undefined;
    const out: Record<string, unknown> = {};
    if (map instanceof Y.Map)
      for (const key of Object.keys(shape)) {
        const v: unknown = map.get(key);
        if (v !== undefined && !(v instanceof Y.AbstractType)) out[key] = v;
      }
    return out;
  }

  misfit(): string | null {
    for (const [name, { field, value }] of this.maps) {
      const checked = field.check(value);
      if (!checked.ok) return `${name.split('\u0000').join('.')}: ${checked.message.en} (${show(value)})`;
    }
    return null;
  }
}
