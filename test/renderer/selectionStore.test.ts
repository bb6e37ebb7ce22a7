/**
 * The editor store's selection after an undo. The store uses browser globals (idle
 * callbacks), so this file is type-checked with the DOM in test/e2e/tsconfig.json, not by
 * the root tsconfig; vitest runs it under Node, where the store falls back to a timer.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, newMap, select, undo, useEditor } from '../../renderer/src/store/editor';
import type { BodyId } from '../../shared/model/ids';

describe('the selection in the editor store', () => {
  it('after adding a body and undoing, nothing stays selected, so the next click selects one body', () => {
    newMap('Test');
    expect(dispatch({ type: 'addBody', body: { id: 'b1' as BodyId, name: 'Kommunstyrelse', kind: 'executive_board' } }).ok).toBe(true);
    expect(dispatch({ type: 'addBody', body: { id: 'b2' as BodyId, name: 'Styrgrupp', kind: 'steering_group' } }).ok).toBe(true);
    select(['b2']);
    undo();
    expect(useEditor.getState().model.bodies.has('b2')).toBe(false);
    expect(useEditor.getState().selectedBodies).toEqual([]);
  });

  it('keeps the array of the part of the selection that did not change', () => {
    newMap('Test');
    expect(dispatch({ type: 'addBody', body: { id: 'b1' as BodyId, name: 'Kommunstyrelse', kind: 'executive_board' } }).ok).toBe(true);
    expect(dispatch({ type: 'addBody', body: { id: 'b2' as BodyId, name: 'Styrgrupp', kind: 'steering_group' } }).ok).toBe(true);
    select(['b1']);
    const lines = useEditor.getState().selectedLines;
    // Another body, no lines either time: the canvas's lines need not be drawn again.
    select(['b2'], []);
    expect(useEditor.getState().selectedBodies).toEqual(['b2']);
    expect(useEditor.getState().selectedLines).toBe(lines);
    const bodies = useEditor.getState().selectedBodies;
    select(['b2']);
    expect(useEditor.getState().selectedBodies).toBe(bodies);
  });
});
