import { describe, expect, it } from 'vitest';
import { highlightAfterSelect } from '../../renderer/src/store/highlightAfterSelect';

const finding = { key: 'f1', bodies: new Set(['a', 'b']) };

describe("a finding's highlight after the selection changes", () => {
  it('stays while exactly its bodies are selected, in any order', () => {
    expect(highlightAfterSelect(finding, ['b', 'a'], [])).toBe(finding);
  });
  it('ends with another body selected', () => {
    expect(highlightAfterSelect(finding, ['c'], [])).toBeNull();
    expect(highlightAfterSelect(finding, ['a'], [])).toBeNull();
    expect(highlightAfterSelect(finding, ['a', 'b', 'c'], [])).toBeNull();
  });
  it('ends when the selection is emptied (a click on the canvas)', () => {
    expect(highlightAfterSelect(finding, [], [])).toBeNull();
  });
  it('ends when a line is selected', () => {
    expect(highlightAfterSelect(finding, [], ['l1'])).toBeNull();
  });
  it('stays absent without one', () => {
    expect(highlightAfterSelect(null, ['a'], [])).toBeNull();
  });
});
