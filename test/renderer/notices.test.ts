import { describe, expect, it } from 'vitest';
import { MAX_NOTICES, noticeDuration, withNotice, withoutGroups, type Notice } from '../../renderer/src/store/notices';

let next = 0;
const notice = (over: Partial<Notice>): Notice => ({ id: ++next, kind: 'info', ...over });
const keys = (list: readonly Notice[]) => list.map((n) => `${n.key ?? n.text?.en}#${n.id}`);

describe('notices', () => {
  it('replace one of their own group instead of piling up', () => {
    const first = notice({ key: 'file.savedAs', values: { name: 'a.mandat' } });
    const second = notice({ key: 'file.savedAs', values: { name: 'b.mandat' } });
    const list = withNotice(withNotice([], first), second);
    expect(list).toEqual([second]);
  });

  it('keep at most a few, the newest', () => {
    let list: readonly Notice[] = [];
    const all = ['a', 'b', 'c', 'd', 'e'].map((k) => notice({ key: k }));
    for (const n of all) list = withNotice(list, n);
    expect(list).toHaveLength(MAX_NOTICES);
    expect(keys(list)).toEqual(keys(all.slice(-MAX_NOTICES)));
  });

  it('end the error whose cause a later success shows to be over', () => {
    const failed = notice({ kind: 'error', key: 'file.saveError' });
    const other = notice({ kind: 'error', key: 'export.failed' });
    const saved = notice({ key: 'file.savedAs', values: { name: 'karta.mandat' } });
    expect(withNotice([failed, other], saved)).toEqual([other, saved]);
  });

  it('group text-only notices by their words, and take a group away', () => {
    const a = notice({ kind: 'error', text: { sv: 'Kartan kunde inte ordnas: x', en: 'The map could not be arranged: x' } });
    const b = notice({ kind: 'error', text: { sv: 'Kartan kunde inte ordnas: x', en: 'The map could not be arranged: x' } });
    expect(withNotice([a], b)).toEqual([b]);
    const open = notice({ kind: 'error', key: 'file.openError' });
    const list = [open, a];
    expect(withoutGroups(list, ['file.openError'])).toEqual([a]);
    expect(withoutGroups(list, ['edit.refused'])).toBe(list);
  });

  it('let information close itself and errors stay', () => {
    expect(noticeDuration(notice({ key: 'file.savedAs' }))).toBeLessThanOrEqual(6000);
    expect(noticeDuration(notice({ key: 'file.repaired', details: [{ sv: 'x', en: 'x' }] }))).toBeGreaterThan(6000);
    expect(noticeDuration(notice({ kind: 'error', key: 'file.saveError' }))).toBe(Infinity);
  });
});
