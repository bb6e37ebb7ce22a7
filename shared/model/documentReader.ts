import * as Y from 'yjs';
import { text, type Text } from '../i18n/text';
import { emptyModel } from './empty';
import { checkId, type FieldSpec, type ObjectSpec } from './fields';
import type { Issue } from './issue';
import { ENTITY_SPECS, META_SPEC, SETTINGS_SPEC } from './specs';
import { COLLECTIONS, type CollectionName, type MandatModel } from './types';

/** The top-level parts of a map's Yjs document; anything else in it is not read. */
export const DOCUMENT_PARTS: readonly string[] = ['meta', 'settings', ...COLLECTIONS];

/** The model a document holds, and what in it could not be read (skipped or replaced by a default). */
export interface ReadResult {
  readonly model: MandatModel;
  readonly problems: readonly Issue[];
}

const DEFAULT_USED = text('standardvärdet används', 'the default is used');

function describe(value: unknown, lang: 'sv' | 'en'): string {
  if (value instanceof Y.Map) return 'Y.Map';
  if (value instanceof Y.AbstractType) return value.constructor.name;
  if (value === null) return 'null';
  if (Array.isArray(value)) return lang === 'sv' ? 'en lista' : 'a list';
  if (typeof value === 'object') return lang === 'sv' ? 'ett objekt' : 'an object';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
}

/**
 * A field's value as plain data: a JSON value as stored, or a nested map read key by key
 * (one level deep, for fields with a shape). Null when the value is nothing the model holds
 * (another Yjs type, binary data, a subdocument), which is never walked into, so a hostile
 * document of 20,000 nested maps costs nothing.
 */
function plainValue(value: unknown, shape: ObjectSpec | undefined): { value: unknown } | null {
  if (value instanceof Y.Map) {
    if (!shape) return null;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const inner: unknown = value.get(key);
      if (inner === undefined) continue;
      if (inner instanceof Y.AbstractType || inner instanceof Uint8Array || inner instanceof Y.Doc) return null;
      out[key] = inner;
    }
    return { value: out };
  }
  if (value instanceof Y.AbstractType || value instanceof Uint8Array || value instanceof Y.Doc) return null;
  return { value };
}

function fieldProblem(path: string, message: Text): Issue {
  return { code: 'invalid-field', path, message: text(`${message.sv}; ${DEFAULT_USED.sv}`, `${message.en}; ${DEFAULT_USED.en}`) };
}

/** Reads the fields of `spec` from a Y.Map: a missing field takes its default; a wrong one its default and a problem. */
function readFields(map: Y.Map<unknown>, spec: ObjectSpec, path: string, problems: Issue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec) as [string, FieldSpec<unknown>][]) {
    const stored: unknown = map.get(key);
    if (stored === undefined) {
      out[key] = field.default();
      continue;
    }
    const plain = plainValue(stored, field.shape);
    const checked = plain ? field.check(plain.value) : null;
    if (checked?.ok) out[key] = checked.value;
    else {
      problems.push(fieldProblem(`${path}.${key}`, checked ? checked.message : text(`är ${describe(stored, 'sv')}, inget värde som kartan har`, `is ${describe(stored, 'en')}, not a value a map holds`)));
      out[key] = field.default();
    }
  }
  return out;
}

/** One element of a collection, or null (with a problem) when the entry is not an element. */
export function readEntity(collection: CollectionName, id: string, stored: unknown, problems: Issue[]): Record<string, unknown> | null {
  const path = `${collection}.${id}`;
  if (!checkId(id).ok) {
    problems.push({ code: 'unreadable-entry', path: `${collection}[${JSON.stringify(id.slice(0, 40))}]`, message: text('har inget giltigt id och lästes inte', 'has no valid id and was not read') });
    return null;
  }
  if (!(stored instanceof Y.Map)) {
    problems.push({ code: 'unreadable-entry', path, message: text(`är ${describe(stored, 'sv')}, inget element, och lästes inte`, `is ${describe(stored, 'en')}, not an element, and was not read`) });
    return null;
  }
  const entity = readFields(stored, ENTITY_SPECS[collection], path, problems);
  if (stored.get('id') !== undefined && entity.id !== id) problems.push(fieldProblem(`${path}.id`, text('skiljer sig från elementets nyckel', 'differs from the element’s key')));
  entity.id = id;
  return entity;
}

/** A top-level map of the document, or null when that name holds another kind of Yjs type. */
function topMap(doc: Y.Doc, name: string, problems: Issue[]): Y.Map<unknown> | null {
  try {
    return doc.getMap(name);
  } catch {
    problems.push({ code: 'unreadable-entry', path: name, message: text('är ingen Y.Map och lästes inte', 'is not a Y.Map and was not read') });
    return null;
  }
}

/**
 * The plain model a document holds, read against the model's declaration (specs.ts), never
 * throwing on a document Mandat did not write: an entry that is not an element is skipped,
 * a field of the wrong type takes its default, a top-level part the model does not have is
 * ignored, and each is listed in `problems`.
 */
export function readModelWithProblems(doc: Y.Doc): ReadResult {
  const problems: Issue[] = [];
  const base = emptyModel();
  const meta = topMap(doc, 'meta', problems);
  const settings = topMap(doc, 'settings', problems);
  const out: Record<string, unknown> = {
    meta: meta ? readFields(meta, META_SPEC, 'meta', problems) : base.meta,
    settings: settings ? readFields(settings, SETTINGS_SPEC, 'settings', problems) : base.settings,
  };
  for (const name of COLLECTIONS) {
    const items = new Map<string, unknown>();
    const source = topMap(doc, name, problems);
    if (source)
      for (const [id, stored] of source) {
        const entity = readEntity(name, id, stored, problems);
        if (entity) items.set(id, entity);
      }
    out[name] = items;
  }
  for (const name of doc.share.keys())
    if (!DOCUMENT_PARTS.includes(name))
      problems.push({ code: 'unknown-part', path: name.slice(0, 60), message: text('är ingen del av en karta och lästes inte', 'is not part of a map and was not read') });
  return { model: out as unknown as MandatModel, problems };
}
