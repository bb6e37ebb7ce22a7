import * as Y from 'yjs';
import { readModelWithProblems } from './documentReader';
import { isPlainObject } from './fields';
import { emptyModel } from './empty';
import { COLLECTIONS, type CollectionName, type MandatModel } from './types';

/**
 * The map as a Yjs document. Each collection is a top-level `Y.Map` from id to a
 * `Y.Map` of fields, and nested objects (a body's mandate) are nested `Y.Map`s, so
 * two people changing different fields of one element both keep their change.
 * Lists (executors, former names) are replaced whole.
 */
export type MapDocument = Y.Doc;

/** The origin of edits made on this machine; only these enter the undo stack. */
export const LOCAL_ORIGIN: unique symbol = Symbol('mandat-local');
/** The origin of loads and imports, which never enter the undo stack. */
export const LOAD_ORIGIN: unique symbol = Symbol('mandat-load');

export function collectionMap(doc: MapDocument, name: CollectionName): Y.Map<Y.Map<unknown>> {
  return doc.getMap(name);
}
export function metaMap(doc: MapDocument): Y.Map<unknown> {
  return doc.getMap('meta');
}
export function settingsMap(doc: MapDocument): Y.Map<unknown> {
  return doc.getMap('settings');
}

/** A new document holding `model` (default: an empty map). */
export function createMapDocument(model: MandatModel = emptyModel()): MapDocument {
  const doc = new Y.Doc();
  writeModel(doc, model, LOAD_ORIGIN);
  return doc;
}

/** A document from a saved Yjs state. Throws what Yjs throws on a corrupt state. */
export function documentFromState(state: Uint8Array): MapDocument {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, LOAD_ORIGIN);
  return doc;
}

/**
 * The plain model the document holds now. Never throws: what it cannot read is skipped or
 * takes its default (readModelWithProblems lists what, for callers that report it).
 */
export function readModel(doc: MapDocument): MandatModel {
  return readModelWithProblems(doc).model;
}

/** Writes one element as a fresh `Y.Map`. */
export function toYMap(value: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, v] of Object.entries(value)) map.set(key, isPlainObject(v) ? toYMap(v) : v);
  return map;
}

/**
 * Sets only the fields that differ, recursing into nested maps. With `exact`, also deletes
 * the keys `changes` does not have, at every depth, so the map holds exactly `changes`
 * (a comment's target that went from a body to the map loses its id).
 */
export function patchYMap(map: Y.Map<unknown>, changes: Record<string, unknown>, exact = false): void {
  if (exact) for (const key of [...map.keys()]) if (changes[key] === undefined) map.delete(key);
  for (const [key, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    const current = map.get(key);
    if (isPlainObject(v)) {
      if (current instanceof Y.Map) patchYMap(current as Y.Map<unknown>, v, exact);
      else map.set(key, toYMap(v));
    } else if (!jsonEqual(current, v)) {
      map.set(key, v);
    }
  }
}

/**
 * Makes the document hold exactly `model`, changing only what differs, in one
 * transaction with `origin`. Used for loads, imports and hand-edited files.
 */
export function writeModel(doc: MapDocument, model: MandatModel, origin: unknown): void {
  doc.transact(() => {
    patchYMap(metaMap(doc), model.meta as unknown as Record<string, unknown>, true);
    patchYMap(settingsMap(doc), model.settings as unknown as Record<string, unknown>, true);
    for (const name of COLLECTIONS) {
      const target = collectionMap(doc, name);
      const wanted = model[name] as ReadonlyMap<string, object>;
      for (const id of [...target.keys()]) if (!wanted.has(id)) target.delete(id);
      for (const [id, entity] of wanted) {
        const existing = target.get(id);
        if (existing instanceof Y.Map) patchYMap(existing, entity as Record<string, unknown>, true);
        else target.set(id, toYMap(entity as Record<string, unknown>));
      }
    }
  }, origin);
}

/** Deep equality for JSON values and the model's Maps (order of keys ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (Array.isArray(b)) return false;
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !jsonEqual(v, b.get(k))) return false;
    return true;
  }
  const ak = Object.keys(a as object);
  const bk = Object.keys(b as object);
  if (ak.length !== bk.length) return false;
  return ak.every((k) => Object.hasOwn(b as object, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
