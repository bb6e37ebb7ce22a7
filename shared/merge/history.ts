import * as Y from 'yjs';
import { collectionMap, jsonEqual, metaMap, settingsMap, type MapDocument } from '../model/document';
import { readPath } from '../model/specs';
import { COLLECTIONS, type MandatModel } from '../model/types';
import { entitiesOf, type Entity } from './entities';
import { elementLabel } from './labels';
import type { ConcurrentEdit, MergeScope } from './types';

type StateVector = Map<number, number>;

function stateVectorOf(update: Uint8Array): StateVector | null {
  try {
    return Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
  } catch {
    return null;
  }
}

/**
 * True when two saved Yjs states share history: some client's edits from the start are
 * in both, so one copy was made from the other or both from a common ancestor. Copies
 * built separately (two imports of one workbook) share none, whatever they hold.
 */
export function shareHistory(a: Uint8Array, b: Uint8Array): boolean {
  const sa = stateVectorOf(a);
  const sb = stateVectorOf(b);
  if (!sa || !sb) return false;
  for (const [client, clock] of sa) if (clock > 0 && (sb.get(client) ?? 0) > 0) return true;
  return false;
}

const jsonOf = (v: unknown): unknown => (v instanceof Y.AbstractType ? v.toJSON() : v);

/**
 * Where both copies changed the same field (or one removed an element the other
 * changed) since they parted. A Yjs item unknown to the other copy is an edit made
 * after the copies parted; when each copy's current value of a field is such an edit,
 * the two edits were concurrent and Yjs kept one of them.
 */
export function concurrentEdits(ours: MapDocument, theirs: MapDocument, merged: MandatModel): ConcurrentEdit[] {
  const svOurs = Y.decodeStateVector(Y.encodeStateVector(ours));
  const svTheirs = Y.decodeStateVector(Y.encodeStateVector(theirs));
  const known = (sv: StateVector, item: Y.Item | undefined): boolean => !!item && item.id.clock < (sv.get(item.id.client) ?? 0);
  const changedSince = (map: Y.Map<unknown>, sv: StateVector): boolean =>
    [...map._map.values()].some((item) => !item.deleted && (!known(sv, item) || (item.content.getContent()[0] instanceof Y.Map && changedSince(item.content.getContent()[0] as Y.Map<unknown>, sv))));
  const models = [merged];
  const out: ConcurrentEdit[] = [];

  const walk = (scope: MergeScope, id: string, o: Y.Map<unknown>, t: Y.Map<unknown>, prefix: string, kept: Entity): void => {
    for (const key of o.keys()) {
      if (!t.has(key)) continue;
      const vo = o.get(key);
      const vt = t.get(key);
      if (vo instanceof Y.Map && vt instanceof Y.Map) {
        walk(scope, id, vo as Y.Map<unknown>, vt as Y.Map<unknown>, `${prefix}${key}.`, kept);
        continue;
      }
      if (known(svTheirs, o._map.get(key)) || known(svOurs, t._map.get(key))) continue;
      const ours = jsonOf(vo);
      const theirs = jsonOf(vt);
      if (jsonEqual(ours, theirs)) continue;
      const field = `${prefix}${key}`;
      out.push({ scope, id, label: elementLabel(scope, id, kept, models), field, ours, theirs, kept: jsonEqual(readPath(kept, field), ours) ? 'ours' : 'theirs' });
    }
  };

  walk('meta', 'meta', metaMap(ours), metaMap(theirs), '', merged.meta as unknown as Entity);
  walk('settings', 'settings', settingsMap(ours), settingsMap(theirs), '', merged.settings as unknown as Entity);
  for (const name of COLLECTIONS) {
    const o = collectionMap(ours, name);
    const t = collectionMap(theirs, name);
    const inMerged = entitiesOf(merged, name);
    for (const [id, oe] of o) {
      const te = t.get(id);
      const kept = inMerged.get(id);
      if (te instanceof Y.Map) {
        if (kept) walk(name, id, oe, te, '', kept);
      } else if (known(svTheirs, o._map.get(id)) && changedSince(oe, svTheirs)) {
        out.push({ scope: name, id, label: elementLabel(name, id, oe.toJSON(), models), field: null, ours: oe.toJSON(), theirs: null, kept: 'theirs' });
      }
    }
    for (const [id, te] of t) {
      if (!o.has(id) && known(svOurs, t._map.get(id)) && changedSince(te, svOurs))
        out.push({ scope: name, id, label: elementLabel(name, id, te.toJSON(), models), field: null, ours: null, theirs: te.toJSON(), kept: 'ours' });
    }
  }
  return out;
}
