import { beforeEach, describe, expect, it } from 'vitest';
import { highlight, select, unhighlight, useEditor } from '../../renderer/src/store/editor';

const finding = { key: 'f1', bodies: new Set(['a', 'b']), lines: new Set<string>(), members: new Set<string>() };

describe("a finding's highlight", () => {
  beforeEach(() => {
    useEditor.setState({ selectedBodies: [], selectedLines: [], highlight: null });
    highlight(finding);
  });

  it('selects the bodies of the finding', () => {
    expect(useEditor.getState().selectedBodies).toEqual(['a', 'b']);
    expect(useEditor.getState().highlight?.key).toBe('f1');
  });

  it('ends with another selection', () => {
    select(['c']);
    expect(useEditor.getState().highlight).toBeNull();
  });

  it('ends when the selection is emptied (a click on the canvas)', () => {
    select([]);
    expect(useEditor.getState().highlight).toBeNull();
  });

  it('stays while the same bodies are selected in another order', () => {
    select(['b', 'a']);
    expect(useEditor.getState().highlight?.key).toBe('f1');
  });

  it('ends on request without changing the selection', () => {
    unhighlight();
    expect(useEditor.getState().highlight).toBeNull();
    expect(useEditor.getState().selectedBodies).toEqual(['a', 'b']);
  });
});
