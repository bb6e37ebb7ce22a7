/**
 * The saved-view commands, one by one, as commandsEach.test.ts tests the others (whose guard
 * looks for a describe block per command here too): the map after each, undo bringing it back
 * exactly, and a refusal that writes nothing.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { BodyId, ViewId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { makeAccountable, makeBody, makeModel, makeView } from '../factories';

const bid = (id: string) => id as BodyId;
const vid = (id: string) => id as ViewId;

/** KS and body a; view v1 focused on a (order 0), v2 of the whole map (order 1). */
function baseModel(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('a')],
    views: [makeView('v1', { name: 'Nämnden', focus: bid('a'), viewport: { x: 120, y: 40, zoom: 1.5 } }), makeView('v2', { name: 'Hela kartan', order: 1 })],
  });
}

function appliesAndUndoes(command: Command, check: (after: MandatModel, created: readonly string[]) => void): void {
  const doc = createMapDocument(baseModel());
  const undo = createUndoManager(doc);
  const before = readModel(doc);
  const r = applyCommand(doc, command);
  expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path}`)).toEqual([]);
  check(readModel(doc), r.ok ? r.created : []);
  expect(undo.undoStack.length).toBe(1);
  undo.undo();
  expect(readModel(doc)).toEqual(before);
}

function refused(command: Command, codes: string[]): void {
  const doc = createMapDocument(baseModel());
  const state = Y.encodeStateAsUpdate(doc);
  const r = applyCommand(doc, command);
  expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(codes);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
}

describe('addView', () => {
  it('adds a view, with defaults for the filters not given', () =>
    appliesAndUndoes({ type: 'addView', view: { name: 'KS 2023', asOf: '2023-06-01', viewport: { x: 10, y: -20, zoom: 0.8 }, focus: bid('ks'), filters: { kind: 'committee' }, order: 2 } }, (after, created) => {
      expect(created).toHaveLength(1);
      expect(after.views.get(created[0] as string)).toEqual({
        id: created[0],
        name: 'KS 2023',
        asOf: '2023-06-01',
        viewport: { x: 10, y: -20, zoom: 0.8 },
        focus: 'ks',
        filters: { levels: ['political', 'administrative', 'operative', 'external'], kind: 'committee', showFunding: true, showDecidedBy: true },
        order: 2,
      });
    }));
  it('refuses a missing name', () => refused({ type: 'addView', view: { name: ' ', asOf: '2023-06-01' } }, ['required']));
  it('refuses a focus body that does not exist', () => refused({ type: 'addView', view: { name: 'X', asOf: '2023-06-01', focus: bid('nobody') } }, ['dangling-reference']));
  it('refuses a zoom of 0 and a level that is not one', () => {
    refused({ type: 'addView', view: { name: 'X', asOf: '2023-06-01', viewport: { zoom: 0 } } }, ['invalid-field']);
    refused({ type: 'addView', view: { name: 'X', asOf: '2023-06-01', filters: { levels: ['regional' as never] } } }, ['invalid-field']);
  });
});

describe('updateView', () => {
  it('renames a view and moves its viewport', () =>
    appliesAndUndoes({ type: 'updateView', id: vid('v2'), changes: { name: 'Allt', viewport: { x: 5, y: 6, zoom: 2 } } }, (after) => {
      expect(after.views.get('v2')).toMatchObject({ name: 'Allt', viewport: { x: 5, y: 6, zoom: 2 }, order: 1 });
    }));
  it('reorders the views in one step (a batch of order changes)', () =>
    appliesAndUndoes(
      { type: 'batch', commands: [{ type: 'updateView', id: vid('v1'), changes: { order: 1 } }, { type: 'updateView', id: vid('v2'), changes: { order: 0 } }] },
      (after) => {
        expect([...after.views.values()].sort((x, y) => x.order - y.order).map((v) => v.id)).toEqual(['v2', 'v1']);
      },
    ));
  it('refuses an unknown view', () => refused({ type: 'updateView', id: vid('nope'), changes: { name: 'X' } }, ['not-found']));
  it('refuses a date that is not one', () => refused({ type: 'updateView', id: vid('v1'), changes: { asOf: '2023-02-30' } }, ['invalid-field']));
});

describe('removeView', () => {
  it('removes the view and nothing else', () =>
    appliesAndUndoes({ type: 'removeView', id: vid('v1') }, (after) => {
      expect([...after.views.keys()]).toEqual(['v2']);
      expect(after.bodies.size).toBe(2);
    }));
  it('refuses an unknown view', () => refused({ type: 'removeView', id: vid('nope') }, ['not-found']));
});

describe('removeBody with a view focused on it', () => {
  it('clears the focus and keeps the view', () =>
    appliesAndUndoes({ type: 'removeBody', id: bid('a') }, (after) => {
      expect(after.views.get('v1')).toMatchObject({ name: 'Nämnden', focus: null, viewport: { x: 120, y: 40, zoom: 1.5 } });
    }));
});
