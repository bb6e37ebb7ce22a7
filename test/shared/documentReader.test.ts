import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readModelWithProblems } from '../../shared/model/documentReader';
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
