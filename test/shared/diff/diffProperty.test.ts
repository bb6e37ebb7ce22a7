import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/apply';
import type { Command } from '../../../shared/commands/types';
import { applyDifference, diffAsOf, diffModels, isUnchanged, layoutOf, mapOn, type MapDifference } from '../../../shared/diff';
import { createMapDocument, jsonEqual, LOCAL_ORIGIN, readModel, type MapDocument } from '../../../shared/model/document';
import type { BodyId, MemberId } from '../../../shared/model/ids';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../../../shared/model/types';
import { DOCUMENTED, ROLES } from '../../../shared/model/vocabulary';
import { arbModel } from '../../arbitraries';

/** One random edit; its ids are picked from what the map holds when it is made. */
const arbEdit = fc.record({
  op: fc.constantFrom(
    'addBody', 'renameBody', 'kind', 'decidedBy', 'move', 'validTo', 'removeBody', 'addMember', 'removeMember',
    'join', 'role', 'leave', 'connect', 'documented', 'disconnect', 'addInitiative', 'addDocument', 'docTitle', 'meta', 'settings',
  ),
  i: fc.nat(),
  j: fc.nat(),
  s: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  year: fc.integer({ min: 2015, max: 2030 }),
});
type Edit = typeof arbEdit extends fc.Arbitrary<infer T> ? T : never;

function commandFor(m: MandatModel, e: Edit, n: number): Command | null {
  const pick = (c: CollectionName, k: number): string | undefined => {
    const ids = [...(m[c] as ReadonlyMap<string, unknown>).keys()].sort();
    return ids.length ? ids[k % ids.length] : undefined;
  };
  const body = pick('bodies', e.i) as BodyId | undefined;
  const other = pick('bodies', e.j) as BodyId | undefined;
  const member = pick('members', e.j) as MemberId | undefined;
  switch (e.op) {
    case 'addBody':
      return { type: 'addBody', body: { id: `new-b${n}` as BodyId, name: e.s } };
    case 'renameBody':
      return body ? { type: 'updateBody', id: body, changes: { name: e.s } } : null;
    case 'kind':
      return body ? { type: 'updateBody', id: body, changes: { kind: 'council' } } : null;
    case 'decidedBy':
      return body && other ? { type: 'updateBody', id: body, changes: { mandate: { decidedBy: other } } } : null;
    case 'move':
      return body ? { type: 'updateBody', id: body, changes: { position: { x: e.i % 900, y: e.j % 700 } } } : null;
    case 'validTo':
      return body ? { type: 'updateBody', id: body, changes: { validTo: `${e.year}-12-31` } } : null;
    case 'removeBody':
      return body ? { type: 'removeBody', id: body } : null;
    case 'addMember':
      return { type: 'addMember', member: { id: `new-m${n}` as MemberId, name: e.s } };
    case 'removeMember':
      return member ? { type: 'removeMember', id: member } : null;
    case 'join':
      return body && member ? { type: 'addMembership', membership: { id: `new-ms${n}` as never, member, body } } : null;
    case 'role': {
      const id = pick('memberships', e.i);
      return id ? { type: 'updateMembership', id: id as never, changes: { role: ROLES[e.j % ROLES.length] } } : null;
    }
    case 'leave': {
      const id = pick('memberships', e.i);
      return id ? { type: 'removeMembership', id: id as never } : null;
    }
    case 'connect':
      return body && other && body !== other ? { type: 'connectReport', line: { id: `new-l${n}` as never, from: body, to: other } } : null;
    case 'documented': {
      const id = pick('reportingLines', e.i);
      return id ? { type: 'updateReportingLine', id: id as never, changes: { documented: DOCUMENTED[e.j % 3], primary: e.j % 2 === 0, frequency: e.s } } : null;
    }
    case 'disconnect': {
      const id = pick('reportingLines', e.i);
      return id ? { type: 'removeReportingLine', id: id as never } : null;
    }
    case 'addInitiative':
      return { type: 'addInitiative', initiative: { id: `new-i${n}` as never, name: e.s, responsible: body ?? null } };
    case 'addDocument':
      return { type: 'addDocument', document: { id: `new-d${n}` as never, title: e.s, governsBodies: body ? [body] : [] } };
    case 'docTitle': {
      const id = pick('documents', e.i);
      return id ? { type: 'updateDocument', id: id as never, changes: { title: e.s } } : null;
    }
    case 'meta':
      return { type: 'updateMeta', changes: { description: e.s } };
    case 'settings':
      return { type: 'updateSettings', changes: { overloadThreshold: (e.i % 20) + 1 } };
  }
}

function edited(model: MandatModel, edits: readonly Edit[]): MandatModel {
  const doc: MapDocument = createMapDocument(model);
  // Refused commands (a loop, a duplicate membership) change nothing, as in the editor.
  edits.forEach((e, n) => {
    const c = commandFor(readModel(doc), e, n);
    if (c) applyCommand(doc, c, LOCAL_ORIGIN);
  });
  return readModel(doc);
}

/** The same content, collection by collection (element order aside). */
function sameMap(x: MandatModel, y: MandatModel): boolean {
  return jsonEqual(x.meta, y.meta) && jsonEqual(x.settings, y.settings) && COLLECTIONS.every((c) => jsonEqual(x[c], y[c]));
}

describe('the difference, for any map and any edits', () => {
  it('is empty between a map and itself, as files and on one date', () => {
    fc.assert(
      fc.property(arbModel(), fc.constantFrom('2016-05-01', '2022-04-01', '2029-12-31'), (model, date) => {
        expect(isUnchanged(diffModels(model, model, { from: date }))).toBe(true);
        expect(isUnchanged(diffAsOf(model, date, date))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('on two dates lists what comparing the map as of each date lists', () => {
    const listed = (d: MapDifference): string[] => d.groups.flatMap((g) => g.changes.map((c) => `${c.scope} ${c.kind} ${c.id} ${c.fields.map((f) => f.field).join(',')}`)).sort();
    const day = fc.constantFrom('2015-06-01', '2019-01-01', '2021-12-31', '2022-01-01', '2026-03-15', '2031-01-01');
    fc.assert(
      fc.property(arbModel(), day, day, (model, a, b) => {
        const direct = diffAsOf(model, a, b, { withoutFindings: true });
        const viaMaps = diffModels(mapOn(model, a), mapOn(model, b), { match: 'id', withoutFindings: true });
        expect(listed(direct)).toEqual(listed(viaMaps));
      }),
      { numRuns: 80 },
    );
  });

  it('gives B when its changes are applied to A', () => {
    fc.assert(
      fc.property(arbModel(), fc.array(arbEdit, { minLength: 1, maxLength: 15 }), (a, edits) => {
        const b = edited(a, edits);
        const d = diffModels(a, b, { match: 'id', withoutFindings: true });
        expect(sameMap(applyDifference(a, d), b)).toBe(true);
        // Nothing listed (and no box moved) exactly when the edits changed nothing.
        expect(isUnchanged(d) && layoutOf(d).length === 0).toBe(sameMap(a, b));
      }),
      { numRuns: 120 },
    );
  });
});
