import { enableMapSet, produce, type Draft } from 'immer';
import * as Y from 'yjs';
import { collectionMap, metaMap, readModel, settingsMap, type MapDocument } from '../../../shared/model/document';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../../../shared/model/types';

enableMapSet();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyType = Y.AbstractType<any>;

/**
 * Keeps an immutable snapshot of the document: after each transaction only the
 * elements it touched are read again, so every other element keeps its identity
 * and React re-renders only what changed.
 */
export function followDocument(doc: MapDocument, onSnapshot: (model: MandatModel) => void, initial?: MandatModel): { current: () => MandatModel; stop: () => void } {
  // `initial`, when given, is what the document holds (a model it was just built from).
  let snapshot = initial ?? readModel(doc);
  const owner = new Map<AnyType, CollectionName>();
  for (const name of COLLECTIONS) owner.set(collectionMap(doc, name) as AnyType, name);
  const meta: AnyType = metaMap(doc);
  const settings: AnyType = settingsMap(doc);

  const listener = (tr: Y.Transaction): void => {
    const touched = new Map<CollectionName, Set<string>>();
    let metaChanged = false;
    const add = (name: CollectionName, id: string): void => {
      const set = touched.get(name);
      if (set) set.add(id);
      else touched.set(name, new Set([id]));
    };
    for (const [type, keys] of tr.changed) {
      if (type === meta || type === settings) {
        metaChanged = true;
        continue;
      }
      const direct = owner.get(type);
      if (direct) {
        for (const key of keys) if (key !== null) add(direct, key);
        continue;
      }
      // A field inside an element (or inside its mandate): climb to the element.
      let child: AnyType = type;
      while (child._item) {
        const parent = child._item.parent as AnyType;
        const name = owner.get(parent);
        if (name) {
          add(name, child._item.parentSub as string);
          break;
        }
        child = parent;
      }
    }
    if (touched.size === 0 && !metaChanged) return;
    snapshot = produce(snapshot, (draft: Draft<MandatModel>) => {
      if (metaChanged) {
        const fresh = readModel(doc);
        draft.meta = fresh.meta as Draft<MandatModel['meta']>;
        draft.settings = fresh.settings as Draft<MandatModel['settings']>;
      }
      for (const [name, ids] of touched) {
        const source = collectionMap(doc, name);
        const target = draft[name] as unknown as Map<string, unknown>;
        for (const id of ids) {
          const y = source.get(id);
          if (y instanceof Y.Map) target.set(id, y.toJSON());
          else target.delete(id);
        }
      }
    });
    onSnapshot(snapshot);
  };
  doc.on('afterTransaction', listener);
  return { current: () => snapshot, stop: () => doc.off('afterTransaction', listener) };
}
