import * as Y from 'yjs';
import { collectionMap, metaMap, patchYMap, settingsMap, toYMap, type MapDocument } from '../model/document';
import { isPlainObject } from '../model/fields';
import type { CollectionName } from '../model/types';

type Entity = Record<string, unknown>;

/**
 * The writes one command (or batch) will make, collected before any is made so
 * that a command that fails half-way changes nothing. Reads see the planned
 * writes on top of the document.
 */
export class Plan {
  private readonly overlay = new Map<CollectionName, Map<string, Entity | null>>();
  private readonly ops: Array<() => void> = [];
  readonly created: string[] = [];

  constructor(private readonly doc: MapDocument) {}

  private layer(c: CollectionName): Map<string, Entity | null> {
    let m = this.overlay.get(c);
    if (!m) this.overlay.set(c, (m = new Map()));
    return m;
  }

  /** The element as it will be after the planned writes, or undefined. */
  get(c: CollectionName, id: string): Entity | undefined {
    const layered = this.overlay.get(c)?.get(id);
    if (layered !== undefined) return layered ?? undefined;
    const y = collectionMap(this.doc, c).get(id);
    return y instanceof Y.Map ? (y.toJSON() as Entity) : undefined;
  }

  /** One field of an element as it will be (a dotted path), without copying the whole element: for walks along references. */
  fieldOf(c: CollectionName, id: string, field: string): unknown {
    const layered = this.overlay.get(c)?.get(id);
    if (layered !== undefined) return layered === null ? undefined : readPlainPath(layered, field);
    const y = collectionMap(this.doc, c).get(id);
    return y instanceof Y.Map ? readYPath(y, field) : undefined;
  }

  has(c: CollectionName, id: string): boolean {
    return this.get(c, id) !== undefined;
  }

  /** Every element's value at `field` (a dotted path), as it will be. */
  *scan(c: CollectionName, field: string): Generator<[string, unknown]> {
    const layer = this.overlay.get(c);
    for (const [id, y] of collectionMap(this.doc, c).entries()) {
      if (layer?.has(id)) continue;
      yield [id, readYPath(y, field)];
    }
    if (layer) {
      for (const [id, e] of layer) if (e) yield [id, readPlainPath(e, field)];
    }
  }

  put(c: CollectionName, id: string, entity: Entity): void {
    this.layer(c).set(id, entity);
    this.created.push(id);
    this.ops.push(() => collectionMap(this.doc, c).set(id, toYMap(entity)));
  }

  patch(c: CollectionName, id: string, changes: Entity): void {
    const current = this.get(c, id);
    if (!current) return;
    this.layer(c).set(id, deepMerge(current, changes));
    this.ops.push(() => {
      const y = collectionMap(this.doc, c).get(id);
      if (y instanceof Y.Map) patchYMap(y, changes);
      else {
        const e = this.layer(c).get(id);
        if (e) collectionMap(this.doc, c).set(id, toYMap(e));
      }
    });
  }

  remove(c: CollectionName, id: string): void {
    this.layer(c).set(id, null);
    this.ops.push(() => collectionMap(this.doc, c).delete(id));
  }

  patchMeta(changes: Entity): void {
    this.ops.push(() => patchYMap(metaMap(this.doc), changes));
  }

  patchSettings(changes: Entity): void {
    this.ops.push(() => patchYMap(settingsMap(this.doc), changes));
  }

  /** Makes every planned write in one transaction. */
  commit(origin: unknown): void {
    if (this.ops.length === 0) return;
    this.doc.transact(() => {
      for (const op of this.ops) op();
    }, origin);
  }
}

function readYPath(y: Y.Map<unknown>, field: string): unknown {
  let cur: unknown = y;
  for (const part of field.split('.')) {
    if (!(cur instanceof Y.Map)) return undefined;
    cur = cur.get(part);
  }
  return cur instanceof Y.Map ? cur.toJSON() : cur;
}

function readPlainPath(e: Entity, field: string): unknown {
  let cur: unknown = e;
  for (const part of field.split('.')) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** `base` with `changes` laid over it, merging nested objects. */
export function deepMerge(base: Entity, changes: Entity): Entity {
  const out: Entity = { ...base };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    const b = base[k];
    out[k] = isPlainObject(v) && isPlainObject(b) ? deepMerge(b, v) : v;
  }
  return out;
}
