import * as Y from 'yjs';
import { documentFromState, readModel, type MapDocument } from '../model/document';
import { DECLARATIONS, META_SPEC, SETTINGS_SPEC, type Declarations } from '../model/declarations';
import type { ObjectSpec } from '../model/fields';
import { isPlainObject } from '../model/fields';
import { STATUS_CHANGE_SPEC } from '../model/declarations/audits';
import { VIEW_FILTERS_SPEC, VIEWPORT_SPEC } from '../model/declarations/views';
import { COMMENT_TARGET_SPEC, MANDATE_SPEC, FORMER_NAME_SPEC, POSITION_SPEC } from '../model/specs';
import { COLLECTIONS, type MandatModel } from '../model/types';
import { encodeBase64 } from './base64';
import { FILE_FORMAT, FILE_VERSION } from './format';

/** Nested shapes written in a fixed key order too. */
const NESTED: Readonly<Record<string, ObjectSpec>> = { mandate: MANDATE_SPEC, formerNames: FORMER_NAME_SPEC, position: POSITION_SPEC, target: COMMENT_TARGET_SPEC, statusHistory: STATUS_CHANGE_SPEC, viewport: VIEWPORT_SPEC, filters: VIEW_FILTERS_SPEC };

function ordered(spec: ObjectSpec, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(spec)) {
    const v = value[key];
    const nested = NESTED[key];
    if (nested && isPlainObject(v)) out[key] = ordered(nested, v);
    else if (nested && Array.isArray(v)) out[key] = v.map((x) => (isPlainObject(x) ? ordered(nested, x) : x));
    else out[key] = v;
  }
  return out;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The plain part of a .mandat file: every element sorted by id with its fields in
 * a fixed order, so that two saves of one map are the same text and diffs are small.
 */
export function plainFile(model: MandatModel, declarations: Declarations = DECLARATIONS): Record<string, unknown> {
  const out: Record<string, unknown> = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    map: ordered(META_SPEC, model.meta as unknown as Record<string, unknown>),
    settings: ordered(SETTINGS_SPEC, model.settings as unknown as Record<string, unknown>),
  };
  for (const name of COLLECTIONS) {
    const items = [...(model[name] as ReadonlyMap<string, { id: string }>).values()];
    out[name] = [...items].sort(byId).map((e) => ordered(declarations[name].fields, e as unknown as Record<string, unknown>));
  }
  return out;
}

/** The text of a .mandat file for `model` with the Yjs state beside it. */
export function serializeMap(model: MandatModel, yjsState: Uint8Array | null): string {
  const file = plainFile(model);
  if (yjsState) file.yjs = encodeBase64(yjsState);
  return JSON.stringify(file, null, 2) + '\n';
}

/** The text of a .mandat file for a document. */
export function serializeDocument(doc: MapDocument): string {
  return serializeMap(readModel(doc), Y.encodeStateAsUpdate(doc));
}

/**
 * The text of a .mandat file for a saved Yjs state: what serializeDocument gives for the
 * document the state was taken from (the autosave makes it in a worker from the state alone).
 * The state is written as it is; the document is built from it only to read the plain map.
 */
export function serializeState(state: Uint8Array): string {
  return serializeMap(readModel(documentFromState(state)), state);
}
