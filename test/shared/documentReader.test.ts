import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_PARTS, readModelWithProblems } from '../../shared/model/documentReader';
import { ENTITY_SPECS } from '../../shared/model/specs';
import { COLLECTIONS } from '../../shared/model/types';
import { createMapDocument, jsonEqual, readModel } from '../../shared/model/document';
import { makeBody, makeModel } from '../factories';

const mapWithTwoBodies = () => createMapDocument(makeModel({ bodies: [makeBody('ks'), makeBody('ksau')] }));

describe('readModel on a document Mandat did not write', () => {
  it('reads a document Mandat wrote exactly, with no problems', () => {
    const model = makeModel({ bodies: [makeBody('ks'), makeBody('ksau')] });
    const { model: read, problems } = readModelWithProblems(createMapDocument(model));
    expect(problems).toEqual([]);
    expect(jsonEqual(read, model)).toBe(true);
  });

  it('skips a collection entry that is a number or a list, and reads the rest', () => {
    const doc = mapWithTwoBodies();
    doc.getMap('bodies').set('evil', 5);
    doc.getMap('members').set('list', new Y.Array());
    const { model, problems } = readModelWithProblems(doc);
    expect([...model.bodies.keys()]).toEqual(['ks', 'ksau']);
    expect(model.members.size).toBe(0);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unreadable-entry', 'bodies.evil'],
      ['unreadable-entry', 'members.list'],
    ]);
    expect(() => readModel(doc)).not.toThrow();
  });

  it('gives a field of the wrong type its default and names it', () => {
    const doc = mapWithTwoBodies();
    const ks = doc.getMap('bodies').get('ks') as Y.Map<unknown>;
    ks.set('name', 42);
    ks.set('mandate', new Y.Array());
    doc.getMap('settings').set('overlapThreshold', 'high');
    const { model, problems } = readModelWithProblems(doc);
    expect(model.bodies.get('ks')?.name).toBe('');
    expect(model.bodies.get('ks')?.mandate).toEqual({ text: '', decidedBy: null, decisionRef: '', requiredMembers: [] });
    expect(model.settings.overlapThreshold).toBe(0.5);
    expect(model.bodies.get('ksau')?.name).toBe('Body ksau');
    expect(problems.map((p) => p.path).sort()).toEqual(['bodies.ks.mandate', 'bodies.ks.name', 'settings.overlapThreshold']);
    expect(problems.find((p) => p.path === 'bodies.ks.name')?.message.en).toMatch(/must be text, not 42; the default is used/);
  });

  it('does not walk into 20,000 nested maps, and lists a top-level part a map does not have', () => {
    const doc = mapWithTwoBodies();
    doc.transact(() => {
      const body = new Y.Map<unknown>();
      doc.getMap('bodies').set('deep', body);
      let inner = new Y.Map<unknown>();
      body.set('mandate', inner);
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Map<unknown>();
        inner.set('text', next);
        inner = next;
      }
    });
    doc.getArray('unknown').push([1]);
    const { model, problems } = readModelWithProblems(doc);
    expect(model.bodies.get('deep')?.mandate).toEqual({ text: '', decidedBy: null, decisionRef: '', requiredMembers: [] });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid-field', 'bodies.deep.mandate'],
      ['unknown-part', 'unknown'],
    ]);
  });
});

describe('readModelWithProblems on arbitrary Yjs content', () => {
  const roots = [...DOCUMENT_PARTS, 'other'];
  const keys = ['ks', 'name', 'id', 'kind', 'mandate', 'position', 'target', 'text', 'x', 'notes', 'year', 'not an id!'];
  const value: fc.Arbitrary<unknown> = fc.oneof(
    fc.jsonValue(),
    fc.constant('map'),
    fc.constant('array'),
    fc.constant('text'),
    fc.constant('binary'),
  );
  const operation = fc.record({ root: fc.constantFrom(...roots), path: fc.array(fc.constantFrom(...keys), { minLength: 1, maxLength: 4 }), value });

  /** Sets `value` at `path` under a top-level map, making maps along the way (or writing over what is there). */
  function apply(doc: Y.Doc, op: { root: string; path: string[]; value: unknown }): void {
    let map: Y.Map<unknown> = doc.getMap(op.root);
    for (const key of op.path.slice(0, -1)) {
      const next = map.get(key);
      if (next instanceof Y.Map) map = next as Y.Map<unknown>;
      else {
        const made = new Y.Map<unknown>();
        map.set(key, made);
        map = made;
      }
    }
    const last = op.path.at(-1) as string;
    if (op.value === 'map') map.set(last, new Y.Map());
    else if (op.value === 'array') map.set(last, Y.Array.from([1, 'a']));
    else if (op.value === 'text') map.set(last, new Y.Text('t'));
    else if (op.value === 'binary') map.set(last, new Uint8Array([1, 2]));
    else map.set(last, op.value);
  }

  it('never throws, and every field it returns fits its declaration or is its default', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (ops) => {
        const doc = mapWithTwoBodies();
        for (const op of ops) {
          try {
            apply(doc, op);
          } catch {
            // A top-level name already used for another kind of type: Yjs refuses the write itself.
          }
        }
        const { model } = readModelWithProblems(doc);
        for (const name of COLLECTIONS)
          for (const [id, entity] of model[name] as unknown as ReadonlyMap<string, Record<string, unknown>>) {
            expect(entity.id).toBe(id);
            for (const [key, field] of Object.entries(ENTITY_SPECS[name]))
              expect(field.check(entity[key]).ok || jsonEqual(entity[key], field.default()), `${name}.${id}.${key}`).toBe(true);
          }
      }),
      { numRuns: 300 },
    );
  });
});
