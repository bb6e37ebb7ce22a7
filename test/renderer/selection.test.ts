import { describe, expect, it } from 'vitest';
import { pruneSelection } from '../../renderer/src/store/selection';
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
});
