import { describe, expect, it } from 'vitest';
import { pruneSelection } from '../../renderer/src/store/selection';
import { dispatch, newMap, select, undo, useEditor } from '../../renderer/src/store/editor';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeLine, makeModel } from '../factories';

describe('the selection follows the model', () => {
  it('drops the ids of bodies and lines the model no longer has', () => {
    const model = makeModel({ bodies: [makeBody('a'), makeBody('b')], lines: [makeLine('a', 'b')] });
    expect(pruneSelection(model, { selectedBodies: ['a', 'gone'], selectedLines: ['line-a-b', 'old'] })).toEqual({ selectedBodies: ['a'], selectedLines: ['line-a-b'] });
  });

  it('leaves a selection of existing ids alone', () => {
    const model = makeModel({ bodies: [makeBody('a')] });
    expect(pruneSelection(model, { selectedBodies: ['a'], selectedLines: [] })).toBeNull();
  });

  it('after adding a body and undoing, nothing stays selected, so the next click selects one body', () => {
    newMap('Test');
    expect(dispatch({ type: 'addBody', body: { id: 'b1' as BodyId, name: 'Kommunstyrelse', kind: 'executive_board' } }).ok).toBe(true);
    expect(dispatch({ type: 'addBody', body: { id: 'b2' as BodyId, name: 'Styrgrupp', kind: 'steering_group' } }).ok).toBe(true);
    select(['b2']);
    undo();
    expect(useEditor.getState().model.bodies.has('b2')).toBe(false);
    expect(useEditor.getState().selectedBodies).toEqual([]);
  });
});
