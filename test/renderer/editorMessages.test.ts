import { beforeEach, describe, expect, it } from 'vitest';
import type { BodyId } from '../../shared/model/ids';
import { dispatch, markSaved, openMap, setLang, useEditor, withRefusalShownByCaller } from '../../renderer/src/store/editor';
import { makeBody, makeModel } from '../factories';

const notices = () => useEditor.getState().notices.map((n) => n.key);

beforeEach(() => {
  useEditor.setState({ notices: [] });
  void openMap(makeModel({ bodies: [makeBody('a')] }), null, 'karta.mandat');
});

describe('the editor store and its messages', () => {
  it('says a refused edit in plain words, without the path of the field', () => {
    expect(dispatch({ type: 'updateBody', id: 'a' as BodyId, changes: { validFrom: '2023-02-30' } }).ok).toBe(false);
    const shown = useEditor.getState().notices.at(-1);
    expect(shown?.key).toBe('edit.refused');
    expect(shown?.details?.map((d) => d.sv)).toEqual(['Datumet 2023-02-30 finns inte: februari 2023 har 28 dagar.']);
  });

  it('leaves the refusal of a field to the field, and takes a refusal toast away after an edit that works', () => {
    withRefusalShownByCaller(() => dispatch({ type: 'updateBody', id: 'a' as BodyId, changes: { name: '' } }));
    expect(notices()).toEqual([]);
    dispatch({ type: 'updateBody', id: 'a' as BodyId, changes: { name: '' } });
    expect(notices()).toEqual(['edit.refused']);
    expect(dispatch({ type: 'updateBody', id: 'a' as BodyId, changes: { name: 'Styrgruppen' } }).ok).toBe(true);
    expect(notices()).toEqual([]);
  });

  it('does not mark the map unsaved when the language changes', () => {
    dispatch({ type: 'updateBody', id: 'a' as BodyId, changes: { name: 'Styrgruppen' } });
    markSaved('karta.mandat', undefined);
    const model = useEditor.getState().model;
    setLang('en');
    setLang('sv');
    expect(useEditor.getState().dirty).toBe(false);
    expect(useEditor.getState().model).toBe(model);
  });
});
