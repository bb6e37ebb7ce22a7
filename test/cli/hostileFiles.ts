import * as Y from 'yjs';
import { serializeMap } from '../../shared/file/serialize';
import { collectionMap, createMapDocument } from '../../shared/model/document';
import type { MandatModel } from '../../shared/model/types';
import { makeAccountable, makeBody, makeLine, makeModel } from '../factories';

/** A small valid map the hostile files are made from. */
export function baseModel(): MandatModel {
  return makeModel({ bodies: [makeAccountable('ks'), makeBody('wg')], lines: [makeLine('wg', 'ks')] });
}

function withState(model: MandatModel, change: (doc: Y.Doc) => void): string {
  const doc = createMapDocument(model);
  change(doc);
  return serializeMap(model, Y.encodeStateAsUpdate(doc));
}

/**
 * Files an attacker (or a broken tool) could hand to Mandat, each made fresh from the
 * base map, by name. `expect` is what the user must be told.
 */
export function hostileFiles(): Record<string, { text: string; expect: RegExp }> {
  const model = baseModel();
  const good = serializeMap(model, Y.encodeStateAsUpdate(createMapDocument(model)));

  const numberInCollection = withState(model, (doc) => collectionMap(doc, 'bodies').set('evil', 5 as unknown as Y.Map<unknown>));

  const nestedMaps = withState(model, (doc) =>
    doc.transact(() => {
      // Built top-down so that each map is integrated before the next goes in (a prelim tree would recurse).
      let map = collectionMap(doc, 'bodies').get('wg') as Y.Map<unknown>;
      for (let i = 0; i < 20_000; i++) {
        const child = new Y.Map<unknown>();
        map.set('n', child);
        map = child;
      }
    }),
  );

  const deepJson = `{"format":"mandat","version":1,"map":{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;

  const broken = JSON.parse(good) as { yjs: string };
  broken.yjs = broken.yjs.slice(0, Math.floor(broken.yjs.length / 8) * 4);

  // Only the later of two edits: it builds on items the file does not hold.
  const doc = createMapDocument(model);
  const before = Y.encodeStateVector(doc);
  (collectionMap(doc, 'bodies').get('wg') as Y.Map<unknown>).set('name', 'Changed later');
  const missingDependency = JSON.parse(good) as { yjs: string };
  missingDependency.yjs = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');

  return {
    'number-in-collection.mandat': { text: numberInCollection, expect: /bodies → "evil": the number 5 where an element should be/ },
    'nested-maps.mandat': { text: nestedMaps, expect: /more than 8 levels deep/ },
    'deep-json.mandat': { text: deepJson, expect: /nests \{ \} and \[ \] more than 64 levels deep \(line 1, column \d+\)/ },
    'broken-yjs.mandat': { text: JSON.stringify(broken), expect: /collaboration part of the file was damaged and was rebuilt/ },
    'missing-dependency.mandat': { text: JSON.stringify(missingDependency), expect: /lacked changes that other changes build on/ },
  };
}

/** The base map saved by Windows Notepad: UTF-8 with a byte-order mark. */
export function withByteOrderMark(): string {
  return '\uFEFF' + serializeMap(baseModel(), Y.encodeStateAsUpdate(createMapDocument(baseModel())));
}
