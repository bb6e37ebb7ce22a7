import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createUndoManager } from '../../shared/commands/undo';
import { serializeDocument, serializeMap } from '../../shared/file/serialize';
import { createMapDocument, documentFromState, jsonEqual, LOCAL_ORIGIN, readModel, type MapDocument } from '../../shared/model/document';
import type { BodyId, MemberId, ViewId } from '../../shared/model/ids';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../../shared/model/types';
import { conflictKey, holdsEverythingIn, mergeCopies, settle, shareHistory, summaryLines, type MapCopy, type MergeResult, type MergeScope } from '../../shared/merge';
import { fieldDifferences } from '../../shared/merge/diff';
import { entitiesOf, type Entity } from '../../shared/merge/entities';
import { arbModel } from '../arbitraries';
import { makeBody, makeMember, makeMembership, makeModel } from '../factories';

const copyOf = (doc: MapDocument): MapCopy => ({ model: readModel(doc), yjsState: Y.encodeStateAsUpdate(doc) });
const fork = (origin: MapDocument): MapDocument => documentFromState(Y.encodeStateAsUpdate(origin));
const scopes = (m: MandatModel): [MergeScope, ReadonlyMap<string, Entity>][] => [
  ['meta', new Map([['meta', m.meta as unknown as Entity]])],
  ['settings', new Map([['settings', m.settings as unknown as Entity]])],
  ...COLLECTIONS.map((c): [MergeScope, ReadonlyMap<string, Entity>] => [c, entitiesOf(m, c)]),
];
const elementIn = (m: MandatModel, scope: MergeScope, id: string): Entity | undefined => scopes(m).find(([s]) => s === scope)?.[1].get(id);

/** One random edit; ids are picked from what the copy holds when it is made. */
const arbEdit = fc.record({
  op: fc.constantFrom('addBody', 'renameBody', 'noteBody', 'mandateText', 'partOf', 'validFrom', 'validTo', 'removeBody', 'addMember', 'renameMember', 'removeMember', 'join', 'leave', 'connect', 'lineNotes', 'disconnect', 'meta', 'settings'),
  i: fc.nat(),
  j: fc.nat(),
  s: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  year: fc.integer({ min: 2015, max: 2030 }),
});
type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;

function commandFor(doc: MapDocument, e: Edit, side: string, n: number): Command | null {
  const m = readModel(doc);
  const pick = (c: CollectionName, k: number): string | undefined => {
    const ids = [...entitiesOf(m, c).keys()].sort();
    return ids.length ? ids[k % ids.length] : undefined;
  };
  const body = pick('bodies', e.i) as BodyId | undefined;
  const other = pick('bodies', e.j) as BodyId | undefined;
  const member = pick('members', e.j) as MemberId | undefined;
  switch (e.op) {
    case 'addBody':
      return { type: 'addBody', body: { id: `${side}-b${n}` as BodyId, name: e.s } };
    case 'renameBody':
      return body ? { type: 'updateBody', id: body, changes: { name: e.s } } : null;
    case 'noteBody':
      return body ? { type: 'updateBody', id: body, changes: { notes: e.s } } : null;
    case 'mandateText':
      return body ? { type: 'updateBody', id: body, changes: { mandate: { text: e.s } } } : null;
    case 'partOf':
      return body && other ? { type: 'updateBody', id: body, changes: { partOf: other } } : null;
    case 'validFrom':
      return body ? { type: 'updateBody', id: body, changes: { validFrom: `${e.year}-01-01` } } : null;
    case 'validTo':
      return body ? { type: 'updateBody', id: body, changes: { validTo: `${e.year}-12-31` } } : null;
    case 'removeBody':
      return body ? { type: 'removeBody', id: body } : null;
    case 'addMember':
      return { type: 'addMember', member: { id: `${side}-m${n}` as MemberId, name: e.s } };
    case 'renameMember':
      return member ? { type: 'updateMember', id: member, changes: { name: e.s } } : null;
    case 'removeMember':
      return member ? { type: 'removeMember', id: member } : null;
    case 'join':
      return body && member ? { type: 'addMembership', membership: { id: `${side}-ms${n}` as never, member, body } } : null;
    case 'leave': {
      const id = pick('memberships', e.i);
      return id ? { type: 'removeMembership', id: id as never } : null;
    }
    case 'connect':
      return body && other && body !== other ? { type: 'connectReport', line: { id: `${side}-l${n}` as never, from: body, to: other } } : null;
    case 'lineNotes': {
      const id = pick('reportingLines', e.i);
      return id ? { type: 'updateReportingLine', id: id as never, changes: { notes: e.s } } : null;
    }
    case 'disconnect': {
      const id = pick('reportingLines', e.i);
      return id ? { type: 'removeReportingLine', id: id as never } : null;
    }
    case 'meta':
      return { type: 'updateMeta', changes: { description: e.s } };
    case 'settings':
      return { type: 'updateSettings', changes: { overloadThreshold: (e.i % 20) + 1 } };
  }
}

function edit(doc: MapDocument, edits: readonly Edit[], side: string): void {
  // Refused commands (a loop, a duplicate membership) change nothing, as in the editor.
  edits.forEach((e, n) => {
    const c = commandFor(doc, e, side, n);
    if (c) applyCommand(doc, c, LOCAL_ORIGIN);
  });
}

/** Per element of `origin` and `copy`: the leaf fields the copy changed, with the new values. */
function changedFields(origin: MandatModel, copy: MandatModel): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const [scope, items] of scopes(origin))
    for (const [id, before] of items) {
      const after = elementIn(copy, scope, id);
      if (after) out.set(`${scope}:${id}`, new Map(fieldDifferences(before, after).map((d) => [d.field, d.theirs])));
    }
  return out;
}

function valueAt(e: Entity | undefined, field: string): unknown {
  let cur: unknown = e;
  for (const p of field.split('.')) cur = cur && typeof cur === 'object' ? (cur as Entity)[p] : undefined;
  return cur;
}

/** What a side did to the origin, and what the merge must keep of it. */
function checkSide(origin: MandatModel, mine: MandatModel, theirs: MandatModel, merged: MergeResult, summaryFromMine: boolean): void {
  const repaired = new Set(merged.repairs.map((r) => `${r.collection}:${r.id}`));
  const concurrent = new Set(merged.concurrent.map((c) => `${c.scope}:${c.id}:${c.field ?? ''}`));
  const summary = new Map(merged.summary.changes.map((c) => [`${c.scope}:${c.id}`, c]));
  const mineChanged = changedFields(origin, mine);
  const theirsChanged = changedFields(origin, theirs);
  for (const [scope, items] of scopes(mine)) {
    for (const id of items.keys()) {
      if (elementIn(origin, scope, id)) continue;
      // Every element this side added is in the merge, unless it pointed at something the other side removed.
      expect(elementIn(merged.model, scope, id) !== undefined || repaired.has(`${scope}:${id}`), `${scope}:${id} added`).toBe(true);
      if (!summaryFromMine && elementIn(merged.model, scope, id)) expect(summary.get(`${scope}:${id}`)?.kind).toBe('added');
    }
  }
  for (const [scope, items] of scopes(origin)) {
    for (const id of items.keys()) {
      const key = `${scope}:${id}`;
      if (!elementIn(mine, scope, id)) {
        // Removed on this side: removed in the merge, whatever the other side did.
        expect(elementIn(merged.model, scope, id), `${key} removed`).toBeUndefined();
        if (!summaryFromMine && elementIn(theirs, scope, id)) expect(summary.get(key)?.kind).toBe('removed');
        continue;
      }
      const kept = elementIn(merged.model, scope, id);
      if (!kept) continue;
      for (const [field, value] of mineChanged.get(key) ?? []) {
        const other = theirsChanged.get(key);
        // Changed on both sides to different values: Yjs kept one, and the merge says which.
        if (other?.has(field) && !jsonEqual(other.get(field), value) && !repaired.has(key)) expect([...concurrent]).toContain(`${key}:${field}`);
        if (other?.has(field) || concurrent.has(`${key}:${field}`) || repaired.has(key)) continue;
        // A field changed on this side only has this side's value.
        expect(jsonEqual(valueAt(kept, field), value), `${key}.${field}`).toBe(true);
        if (!summaryFromMine) expect(summary.get(key)?.fields).toContain(field);
      }
    }
  }
}

describe('merging copies with shared history', () => {
  it('keeps both sides’ edits, is symmetric, and lists what came from the other copy', () => {
    fc.assert(
      fc.property(arbModel(), fc.array(arbEdit, { maxLength: 12 }), fc.array(arbEdit, { maxLength: 12 }), (model, editsA, editsB) => {
        const origin = createMapDocument(model);
        const a = fork(origin);
        const b = fork(origin);
        edit(a, editsA, 'a');
        edit(b, editsB, 'b');
        const start = readModel(origin);
        const ab = mergeCopies(copyOf(a), copyOf(b));
        expect(ab.origin).toBe('shared');
        expect(ab.conflicts).toEqual([]);
        checkSide(start, readModel(a), readModel(b), ab, true);
        checkSide(start, readModel(b), readModel(a), ab, false);
        const ba = mergeCopies(copyOf(b), copyOf(a));
        expect(jsonEqual(ba.model, ab.model)).toBe(true);
        // The state and the plain map agree.
        expect(jsonEqual(readModel(documentFromState(ab.yjsState!)), ab.model)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('reports a field both copies changed, with the value Yjs kept', () => {
    const origin = createMapDocument(makeModel({ bodies: [makeBody('ks', { name: 'Kommunstyrelsen' })] }));
    const a = fork(origin);
    const b = fork(origin);
    applyCommand(a, { type: 'updateBody', id: 'ks' as BodyId, changes: { name: 'KS (vår)' } });
    applyCommand(b, { type: 'updateBody', id: 'ks' as BodyId, changes: { name: 'KS (deras)', notes: 'ny' } });
    const r = mergeCopies(copyOf(a), copyOf(b));
    const kept = r.model.bodies.get('ks')!;
    expect(r.concurrent).toEqual([
      expect.objectContaining({ scope: 'bodies', id: 'ks', field: 'name', ours: 'KS (vår)', theirs: 'KS (deras)', kept: kept.name === 'KS (vår)' ? 'ours' : 'theirs' }),
    ]);
    expect(kept.notes).toBe('ny');
  });

  it('drops a membership of a body the other copy removed, and says so', () => {
    const origin = createMapDocument(makeModel({ bodies: [makeBody('ks'), makeBody('x')], members: [makeMember('m')] }));
    const a = fork(origin);
    const b = fork(origin);
    applyCommand(a, { type: 'removeBody', id: 'x' as BodyId });
    applyCommand(b, { type: 'addMembership', membership: { id: 'ms-new' as never, member: 'm' as MemberId, body: 'x' as BodyId } });
    applyCommand(b, { type: 'updateBody', id: 'ks' as BodyId, changes: { partOf: 'x' as BodyId } });
    const r = mergeCopies(copyOf(a), copyOf(b));
    expect(r.model.memberships.size).toBe(0);
    expect(r.model.bodies.get('ks')?.partOf).toBeNull();
    expect(r.repairs.map((x) => [x.code, x.id])).toEqual([
      ['cleared-reference', 'ks'],
      ['dropped-dangling', 'ms-new'],
    ]);
    expect(r.problems).toEqual([]);
    expect(settle(r, {}).ok).toBe(true);
  });

  it('keeps a view one copy added and clears its focus when the other copy removed that body', () => {
    const origin = createMapDocument(makeModel({ bodies: [makeBody('ks'), makeBody('x')] }));
    const a = fork(origin);
    const b = fork(origin);
    applyCommand(a, { type: 'removeBody', id: 'x' as BodyId });
    applyCommand(b, { type: 'addView', view: { id: 'v-new' as ViewId, name: 'Nämnden x', asOf: '2024-01-01', focus: 'x' as BodyId, viewport: { x: 3, y: 4, zoom: 2 } } });
    const r = mergeCopies(copyOf(a), copyOf(b));
    expect(r.model.views.get('v-new')).toMatchObject({ name: 'Nämnden x', focus: null, viewport: { x: 3, y: 4, zoom: 2 } });
    expect(r.repairs.map((x) => [x.code, x.id])).toEqual([['cleared-reference', 'v-new']]);
  });

  it('refuses to settle a merge whose copies made a part-of loop', () => {
    const origin = createMapDocument(makeModel({ bodies: [makeBody('a'), makeBody('b')] }));
    const a = fork(origin);
    const b = fork(origin);
    applyCommand(a, { type: 'updateBody', id: 'a' as BodyId, changes: { partOf: 'b' as BodyId } });
    applyCommand(b, { type: 'updateBody', id: 'b' as BodyId, changes: { partOf: 'a' as BodyId } });
    const r = mergeCopies(copyOf(a), copyOf(b));
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([['part-of-cycle', 'bodies[a].partOf']]);
    const s = settle(r, {});
    expect(s.ok ? '' : s.code).toBe('invalid');
  });

  it('is one undo step when applied to the open map', () => {
    const origin = createMapDocument(makeModel({ bodies: [makeBody('ks')] }));
    const a = fork(origin);
    const b = fork(origin);
    applyCommand(b, { type: 'addBody', body: { id: 'new' as BodyId, name: 'Nytt organ' } });
    applyCommand(b, { type: 'updateBody', id: 'ks' as BodyId, changes: { notes: 'från b' } });
    const undo = createUndoManager(a);
    const before = readModel(a);
    const r = settle(mergeCopies(copyOf(a), copyOf(b)), {});
    if (!r.ok) throw new Error(r.message.en);
    Y.applyUpdate(a, r.yjsState, LOCAL_ORIGIN);
    expect(jsonEqual(readModel(a), r.model)).toBe(true);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(jsonEqual(readModel(a), before)).toBe(true);
  });

  it('describes what came from the other copy in both languages', () => {
    const origin = createMapDocument(makeModel({ bodies: [makeBody('ks', { name: 'KS' }), makeBody('x', { name: 'Gamla gruppen' })], members: [makeMember('m', { name: 'Anna' })] }));
    const a = fork(origin);
    const b = fork(origin);
    applyCommand(b, { type: 'addBody', body: { id: 'ny' as BodyId, name: 'Nya gruppen' } });
    applyCommand(b, { type: 'addMembership', membership: { id: 'ms1' as never, member: 'm' as MemberId, body: 'ks' as BodyId } });
    applyCommand(b, { type: 'updateBody', id: 'ks' as BodyId, changes: { notes: 'n', mandate: { text: 't' } } });
    applyCommand(b, { type: 'removeBody', id: 'x' as BodyId });
    applyCommand(b, { type: 'connectReport', line: { id: 'l1' as never, from: 'ny' as BodyId, to: 'ks' as BodyId } });
    const lines = summaryLines(mergeCopies(copyOf(a), copyOf(b)).summary);
    expect(lines.map((l) => l.sv)).toEqual([
      'Organ: 1 tillagda, 1 ändrade, 1 borttagna',
      '  Organ "Nya gruppen" har lagts till',
      '  Organ "KS" har ändrats: mandate.text, notes',
      '  Organ "Gamla gruppen" har tagits bort',
      'Medlemskap: 1 tillagda, 0 ändrade, 0 borttagna',
      '  Medlemskap "Anna" i "KS" har lagts till',
      'Rapporteringslinje: 1 tillagda, 0 ändrade, 0 borttagna',
      '  Rapporteringslinje "Nya gruppen" → "KS" har lagts till',
    ]);
    expect(lines[5]?.en).toBe('  Membership "Anna" in "KS" added');
  });
});

/**
 * Replies are left out where the two maps are unrelated: the generated ids collide, so a
 * reply from one map would land in a thread about something else in the other, which
 * settle rightly refuses (restore's reply-target rule).
 */
function withoutReplies(m: MandatModel): MandatModel {
  return { ...m, comments: new Map([...m.comments].filter(([, c]) => c.replyTo === null)) };
}

describe('merging copies without shared history', () => {
  const ks = makeBody('ks', { name: 'Kommunstyrelsen' });
  const ours = (): MapCopy => {
    const model = makeModel({ bodies: [ks, makeBody('a')], members: [makeMember('m')], memberships: [makeMembership('m', 'ks')] });
    return { model, yjsState: Y.encodeStateAsUpdate(createMapDocument(model)) };
  };
  const theirs = (): MapCopy => ({
    model: makeModel({ bodies: [{ ...ks, name: 'KS', notes: 'deras' }, makeBody('a'), makeBody('b')], members: [makeMember('m')] }, { ...makeModel(), meta: { ...makeModel().meta, name: 'Deras' } }),
    yjsState: null,
  });

  it('adds what only one holds, keeps what both hold alike, and lists each difference as a conflict', () => {
    const r = mergeCopies(ours(), theirs());
    expect(r.origin).toBe('separate');
    expect(r.conflicts).toEqual([
      { key: 'meta', scope: 'meta', id: 'meta', label: expect.anything(), fields: [{ field: 'name', ours: 'Test', theirs: 'Deras' }] },
      {
        key: 'bodies:ks',
        scope: 'bodies',
        id: 'ks',
        label: { sv: '"Kommunstyrelsen"', en: '"Kommunstyrelsen"' },
        fields: [
          { field: 'name', ours: 'Kommunstyrelsen', theirs: 'KS' },
          { field: 'notes', ours: '', theirs: 'deras' },
        ],
      },
    ]);
    expect(r.summary.changes.map((c) => [c.scope, c.id, c.kind])).toEqual([['bodies', 'b', 'added']]);
    expect([...r.model.memberships.keys()]).toEqual(['ms-m-ks']);
  });

  it('refuses to settle until every conflict has a choice, then takes each chosen side', () => {
    const r = mergeCopies(ours(), theirs());
    const unsettled = settle(r, { meta: 'ours' });
    expect(unsettled.ok ? [] : unsettled.code === 'unsettled' && unsettled.missing).toEqual(['bodies:ks']);
    const s = settle(r, { meta: 'ours', [conflictKey('bodies', 'ks')]: 'theirs' });
    if (!s.ok) throw new Error(s.message.en);
    expect(s.model.bodies.get('ks')).toMatchObject({ name: 'KS', notes: 'deras' });
    expect(s.model.meta.name).toBe('Test');
    expect([...s.model.bodies.keys()].sort()).toEqual(['a', 'b', 'ks']);
    // The result continues our history, so it still merges with our copy without loss.
    const base = ours();
    const again = settle(mergeCopies(base, theirs()), { meta: 'ours', 'bodies:ks': 'theirs' });
    expect(again.ok && shareHistory(base.yjsState!, again.yjsState)).toBe(true);
    expect(again.ok && jsonEqual(readModel(documentFromState(again.yjsState)), again.model)).toBe(true);
  });

  it('refuses a choice that makes a part-of loop, naming where', () => {
    const mine = makeModel({ bodies: [makeBody('a', { partOf: 'b' as BodyId }), makeBody('b')] });
    const other = makeModel({ bodies: [makeBody('a'), makeBody('b', { partOf: 'a' as BodyId })] });
    const r = mergeCopies({ model: mine, yjsState: null }, { model: other, yjsState: null });
    expect(r.conflicts.map((c) => c.key)).toEqual(['bodies:a', 'bodies:b']);
    const s = settle(r, { 'bodies:a': 'ours', 'bodies:b': 'theirs' });
    expect(s.ok ? [] : s.code === 'invalid' && s.issues.map((i) => [i.code, i.path])).toEqual([['part-of-cycle', 'bodies[a].partOf']]);
    expect(settle(r, { 'bodies:a': 'theirs', 'bodies:b': 'theirs' }).ok).toBe(true);
  });

  it('produces exactly the expected conflicts for any two maps, and settles to the chosen sides', () => {
    fc.assert(
      fc.property(arbModel().map(withoutReplies), arbModel().map(withoutReplies), fc.boolean(), fc.boolean(), (a, b, withState, pickTheirs) => {
        const r = mergeCopies({ model: a, yjsState: withState ? Y.encodeStateAsUpdate(createMapDocument(a)) : null }, { model: b, yjsState: null });
        expect(r.origin).toBe('separate');
        const expected: string[] = [];
        for (const [scope, items] of scopes(a))
          for (const [id, e] of items) {
            const other = elementIn(b, scope, id);
            if (other && !jsonEqual(e, other)) expected.push(conflictKey(scope, id));
          }
        expect(r.conflicts.map((c) => c.key)).toEqual(expected);
        const choice = pickTheirs ? 'theirs' : 'ours';
        const s = settle(r, Object.fromEntries(expected.map((k) => [k, choice])));
        if (!s.ok) throw new Error(JSON.stringify(s));
        for (const [scope, items] of scopes(s.model)) {
          for (const [id, e] of items) {
            const mine = elementIn(a, scope, id);
            const other = elementIn(b, scope, id);
            const want = mine && other ? (pickTheirs ? other : mine) : (mine ?? other);
            expect(jsonEqual(e, want), `${scope}:${id}`).toBe(true);
          }
        }
        for (const name of COLLECTIONS) expect(entitiesOf(s.model, name).size).toBe(new Set([...entitiesOf(a, name).keys(), ...entitiesOf(b, name).keys()]).size);
      }),
      { numRuns: 100 },
    );
  });
});

describe('whether a map about to be saved holds everything in the file on disk', () => {
  const origin = () => createMapDocument(makeModel({ bodies: [makeBody('ks'), makeBody('x')] }));

  it('is false until the version on disk is merged in, then true', () => {
    const start = origin();
    const open = fork(start);
    const disk = fork(start);
    applyCommand(disk, { type: 'updateBody', id: 'ks' as BodyId, changes: { notes: 'på disken' } });
    applyCommand(open, { type: 'addBody', body: { id: 'ny' as BodyId, name: 'Ny' } });
    expect(holdsEverythingIn(serializeDocument(open), serializeDocument(disk))).toBe(false);
    const merged = settle(mergeCopies(copyOf(open), copyOf(disk)), {});
    if (!merged.ok) throw new Error(merged.message.en);
    Y.applyUpdate(open, merged.yjsState, LOCAL_ORIGIN);
    expect(holdsEverythingIn(serializeDocument(open), serializeDocument(disk))).toBe(true);
  });

  it('sees a removal on disk, which adds no new edits to the history', () => {
    const start = origin();
    const disk = fork(start);
    applyCommand(disk, { type: 'removeBody', id: 'x' as BodyId });
    expect(holdsEverythingIn(serializeDocument(fork(start)), serializeDocument(disk))).toBe(false);
  });

  it('is false for a file on disk edited by hand or without history', () => {
    const open = origin();
    const model = readModel(open);
    const edited = serializeMap({ ...model, meta: { ...model.meta, name: 'För hand' } }, Y.encodeStateAsUpdate(open));
    expect(holdsEverythingIn(serializeDocument(open), edited)).toBe(false);
    expect(holdsEverythingIn(serializeDocument(open), serializeMap(model, null))).toBe(false);
    expect(holdsEverythingIn(serializeDocument(open), serializeDocument(open))).toBe(true);
  });
});
