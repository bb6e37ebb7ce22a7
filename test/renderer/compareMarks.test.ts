import { describe, expect, it } from 'vitest';
import { diffModels } from '../../shared/diff';
import { marksOf } from '../../renderer/src/compare/compareNodes';
import { canvasIdOf } from '../../renderer/src/compare/compareState';
import { makeAccountable, makeBody, makeLine, makeModel } from '../factories';

describe('the Compare view’s marks on the canvas', () => {
  const before = makeModel({ bodies: [makeAccountable('ks'), makeBody('a'), makeBody('b'), makeBody('gone')], lines: [makeLine('b', 'ks', { documented: 'no' })] });
  const after = makeModel({ bodies: [makeAccountable('ks'), makeBody('a', { kind: 'council' }), makeBody('b'), makeBody('new')], lines: [makeLine('b', 'ks', { documented: 'yes' })] });
  const marks = marksOf(diffModels(before, after, { withoutFindings: true }));

  it('marks an added body, a changed one, and the bodies of a changed line as touched; a removed body gets no mark (it is a ghost)', () => {
    expect(Object.fromEntries(marks)).toEqual({ new: 'added', a: 'changed', b: 'related', ks: 'related' });
  });

  it('frames a body the canvas does not draw by its ghost', () => {
    const drawn = new Set(['ks', 'a']);
    expect(canvasIdOf('a', (id) => drawn.has(id))).toBe('a');
    expect(canvasIdOf('gone', (id) => drawn.has(id))).toBe('ghost:gone');
  });
});
