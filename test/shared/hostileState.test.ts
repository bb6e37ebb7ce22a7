import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { findTooDeepNesting, MAX_JSON_DEPTH } from '../../shared/file/jsonDepth';
import { openMapDocument, settledYjsState } from '../../shared/file/open';
import { restoreText } from '../../shared/file/restore';
import { serializeMap } from '../../shared/file/serialize';
import { collectionMap, createMapDocument, jsonEqual, metaMap, readModel } from '../../shared/model/document';
import { baseModel } from '../cli/hostileFiles';

const model = baseModel();
const stateWith = (change: (doc: Y.Doc) => void): Uint8Array => {
  const doc = createMapDocument(model);
  change(doc);
  return Y.encodeStateAsUpdate(doc);
};
const clientsOf = (state: Uint8Array) => [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state)).keys()];

describe('openMapDocument on a state Mandat did not write', () => {
  it('sets a collection entry that is a number back to the map, keeping the history, and says where it was', () => {
    const state = stateWith((doc) => collectionMap(doc, 'bodies').set('evil', 5 as unknown as Y.Map<unknown>));
    const { doc, repairs } = openMapDocument(model, state);
    expect(repairs.map((r) => r.code)).toEqual(['yjs-content']);
    expect(repairs[0]?.message.sv).toContain('bodies → "evil": talet 5 där ett element ska vara');
    expect(jsonEqual(readModel(doc), model)).toBe(true);
    expect(clientsOf(Y.encodeStateAsUpdate(doc))).toEqual(expect.arrayContaining(clientsOf(state)));
  });

  it('reports maps nested far deeper than Mandat writes without reading them recursively', () => {
    // One transaction: 20,000 separate ones would each bubble their event up the whole chain.
    const state = stateWith((doc) =>
      doc.transact(() => {
        let map = metaMap(doc);
        for (let i = 0; i < 20_000; i++) map = map.set('n', new Y.Map<unknown>());
      }),
    );
    const { doc, repairs } = openMapDocument(model, state);
    expect(repairs[0]?.message.en).toContain('meta.n.n.n.n.n.n.n.n.n: fields within fields more than 8 levels deep');
    expect(jsonEqual(readModel(doc), model)).toBe(true);
  });

  it('drops updates whose dependencies are missing, so the settled state holds nothing pending', () => {
    const doc = createMapDocument(model);
    const before = Y.encodeStateVector(doc);
    (collectionMap(doc, 'bodies').get('wg') as Y.Map<unknown>).set('name', 'Later');
    const settled = settledYjsState(model, Y.encodeStateAsUpdate(doc, before));
    expect(settled.repairs.map((r) => r.code)).toEqual(['yjs-incomplete', 'edited-outside']);
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, settled.yjsState as Uint8Array);
    expect([reopened.store.pendingStructs, reopened.store.pendingDs]).toEqual([null, null]);
    expect(openMapDocument(model, settled.yjsState).repairs).toEqual([]);
  });

  it('rebuilds a state Yjs cannot decode and keeps a sound one as it is', () => {
    const sound = Y.encodeStateAsUpdate(createMapDocument(model));
    expect(openMapDocument(model, sound.slice(0, sound.length >> 1)).repairs.map((r) => r.code)).toEqual(['yjs-corrupt']);
    expect(settledYjsState(model, sound)).toEqual({ yjsState: sound, repairs: [] });
  });
});

describe('restoreText on text Mandat did not write', () => {
  it('refuses nesting past the limit with its own message, before parsing, at the line and column', () => {
    // The opening { on line 1 is the first level, so the 64th [ on line 2 goes past the limit.
    const deep = `{"format":"mandat",\n"version":1,"map":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = restoreText(deep);
    expect(r.ok ? null : [r.error.code, r.error.message.en]).toEqual([
      'too-deep',
      `The file nests { } and [ ] more than ${MAX_JSON_DEPTH} levels deep (line 2, column ${18 + MAX_JSON_DEPTH}); a Mandat file has at most four, so it is not read.`,
    ]);
  });

  it('counts only brackets outside strings, escaped quotes included', () => {
    expect(findTooDeepNesting(`{"a":"${'['.repeat(200)}\\"${'{'.repeat(200)}"}`)).toBeNull();
    expect(findTooDeepNesting('['.repeat(3) + ']'.repeat(3), 3)).toBeNull();
    expect(findTooDeepNesting('['.repeat(4) + ']'.repeat(4), 3)).toEqual({ line: 1, column: 4 });
  });

  it('reads a file with a UTF-8 byte-order mark as the same map', () => {
    const text = serializeMap(model, null);
    const r = restoreText('\uFEFF' + text);
    expect(r.ok && jsonEqual(r.model, model)).toBe(true);
  });
});
