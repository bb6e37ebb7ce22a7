import { enableMapSet, freeze, produce, type Draft } from 'immer';
import * as Y from 'yjs';
import { collectionMap, metaMap, readModel, settingsMap, type MapDocument } from '../../../shared/model/document';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../../../shared/model/types';

enableMapSet();

/**
 * Keeps an immutable snapshot of the document: after each transaction only the
 * elements it touched are read again, so every other element keeps its identity
 * and React re-renders only what changed.
 *
 * What a transaction touched comes from Yjs' public API: a deep observer on each
 * collection names the elements (a key of the collection itself, or the first step of
 * the path to a field inside an element or its mandate), and the snapshot is renewed
 * once, after the transaction's observers have all run ('afterTransaction').
 */
export function followDocument(doc: MapDocument, onSnapshot: (model: MandatModel) => void, initial?: MandatModel): { current: () => MandatModel; stop: () => void } {
  // `initial`, when given, is what the document holds (a model it was just built from).
  let snapshot = initial ?? readModel(doc);
  let touched = new Map<CollectionName, Set<string>>();
  let metaChanged = false;

  const touch = (name: CollectionName, id: string): void => {
    const set = touched.get(name);
    if (set) set.add(id);
    else touched.set(name, new Set([id]));
  };

  const observers = COLLECTIONS.map((name) => {
    const collection = collectionMap(doc, name);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      for (const event of events) {
        if (event.target === collection) for (const key of event.changes.keys.keys()) touch(name, key);
        else {
          // A change inside an element: the path from the collection starts with the element's id.
          const id = event.path[0];
          if (typeof id === 'string') touch(name, id);
        }
      }
    };
    collection.observeDeep(observer);
    return () => collection.unobserveDeep(observer);
  });
  for (const map of [metaMap(doc), settingsMap(doc)]) {
    const observer = (): void => {
      metaChanged = true;
    };
    map.observeDeep(observer);
    observers.push(() => map.unobserveDeep(observer));
  }

  const renew = (): void => {
    if (touched.size === 0 && !metaChanged) return;
    const ids = touched;
    const meta = metaChanged;
    touched = new Map();
    metaChanged = false;
    snapshot = produce(snapshot, (draft: Draft<MandatModel>) => {
      if (meta) {
        const fresh = readModel(doc);
        draft.meta = fresh.meta as Draft<MandatModel['meta']>;
        draft.settings = fresh.settings as Draft<MandatModel['settings']>;
      }
      for (const [name, changed] of ids) {
        const source = collectionMap(doc, name);
        const target = draft[name] as unknown as Map<string, unknown>;
        for (const id of changed) {
          const y = source.get(id);
          if (y instanceof Y.Map) target.set(id, y.toJSON());
          else target.delete(id);
        }
      }
    });
    onSnapshot(snapshot);
  };
  doc.on('afterTransaction', renew);
  const cancelFreeze = freezeWhenIdle(snapshot);
  return {
    current: () => snapshot,
    stop: () => {
      cancelFreeze();
      doc.off('afterTransaction', renew);
      for (const unobserve of observers) unobserve();
    },
  };
}

/**
 * Freezes a snapshot deeply when the page is next idle. Immer freezes what a change
 * produces, and the first change also freezes every element of the snapshot it started
 * from that is not frozen yet: on a newly opened large map, the first edit (a dropped
 * body) spent tens of milliseconds freezing twelve thousand memberships in the frame after
 * the drop. Frozen beforehand, that edit freezes only what it renews.
 */
function freezeWhenIdle(snapshot: MandatModel): () => void {
  const run = (): void => void freeze(snapshot, true);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 5_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
