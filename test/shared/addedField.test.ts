import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { FILE_VERSION } from '../../shared/file/format';
import { MIGRATIONS } from '../../shared/file/migrations';
import { restore } from '../../shared/file/restore';
import { text } from '../../shared/i18n/text';
import { integrityProblems } from '../../shared/merge/integrity';
import { DECLARATIONS, type Declarations } from '../../shared/model/declarations';
import { MEMBERS } from '../../shared/model/declarations/members';
import { LOCAL_ORIGIN, createMapDocument } from '../../shared/model/document';
import { textField } from '../../shared/model/fields';
import type { MandatModel, Member } from '../../shared/model/types';
import { sheetsToModel } from '../../shared/workbook';
import { makeBody, makeMember, makeModel } from '../factories';

/**
 * The real declarations with one change in one place: members get a required `code` of
 * at most 10 characters, in the workbook as the column `code` (Swedish `Kod`). Nothing
 * else is told about it.
 */
function withMemberCode(): Declarations {
  return {
    ...DECLARATIONS,
    members: {
      ...MEMBERS,
      fields: { ...MEMBERS.fields, code: textField({ required: true, max: 10 }) },
      labels: { ...MEMBERS.labels, code: text('Kod', 'Code') },
      sheet: { ...MEMBERS.sheet!, columns: [...MEMBERS.sheet!.columns, { name: 'code', sv: ['Kod'], field: 'code' }] },
    },
  };
}

const decls = withMemberCode();
const codes = (issues: readonly { code: string; path: string }[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('a field added to a copy of one declaration', () => {
  it('is validated by a command', () => {
    const add = (member: Record<string, unknown>) => applyCommand(createMapDocument(), { type: 'addMember', member } as unknown as Command, LOCAL_ORIGIN, decls);
    const missing = add({ name: 'Pia' });
    expect(missing.ok ? [] : codes(missing.issues)).toEqual(['required member.code']);
    const long = add({ name: 'Pia', code: 'x'.repeat(11) });
    expect(long.ok ? [] : long.issues.map((i) => i.message.en)).toEqual(['is longer than 10 characters']);
    expect(add({ name: 'Pia', code: 'K1' }).ok).toBe(true);
    // The real declarations know no such field and refuse it in a change.
    const doc = createMapDocument(makeModel({ members: [makeMember('pia')] }));
    const change = applyCommand(doc, { type: 'updateMember', id: 'pia', changes: { code: 'K1' } } as unknown as Command);
    expect(change.ok ? [] : codes(change.issues)).toEqual(['unknown-field changes.code']);
  });

  it('is validated by restore', () => {
    const file = (member: Record<string, unknown>) => ({ format: 'mandat', version: FILE_VERSION, members: [{ id: 'pia', name: 'Pia', ...member }] });
    const missing = restore(file({}), MIGRATIONS, decls);
    expect(missing.ok ? [] : codes(missing.error.issues)).toEqual(['required members[0].code']);
    const long = restore(file({ code: 'x'.repeat(11) }), MIGRATIONS, decls);
    expect(long.ok ? [] : codes(long.error.issues)).toEqual(['invalid-field members[0].code']);
    const good = restore(file({ code: 'K1' }), MIGRATIONS, decls);
    expect(good.ok && (good.model.members.get('pia') as unknown as Record<string, unknown>).code).toBe('K1');
    expect(restore(file({}), MIGRATIONS).ok).toBe(true);
  });

  it('is validated by a workbook row, at its sheet, row and column', () => {
    const sheets = (code: string) => ({ Organ: [['id', 'Namn', 'Slag']], Ledamöter: [['id', 'Namn', 'Kod'], ['pia', 'Pia', code]] });
    const long = sheetsToModel(sheets('x'.repeat(11)), decls);
    expect(long.ok ? [] : long.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([['Ledamöter', 2, 'Kod', 'invalid-field']]);
    const empty = sheetsToModel(sheets(''), decls);
    expect(empty.ok ? [] : empty.errors.map((e) => [e.sheet, e.row, e.column, e.code, e.message.en])).toEqual([['Ledamöter', 2, 'Kod', 'required', 'must not be empty']]);
    const good = sheetsToModel(sheets('K1'), decls);
    expect(good.ok && (good.model.members.get('pia') as unknown as Record<string, unknown>).code).toBe('K1');
    // The real declarations have no such column: it is left out with a notice.
    const real = sheetsToModel(sheets('K1'));
    expect(real.ok && real.notices.map((n) => [n.column, n.code])).toEqual([['Kod', 'unknown-column']]);
  });

  it('is listed by merge among what would stop the merged map from opening', () => {
    const model = (code: string): MandatModel =>
      makeModel({ bodies: [makeBody('ks')], members: [{ ...makeMember('pia'), code } as unknown as Member] });
    expect(codes(integrityProblems(model('x'.repeat(11)), decls))).toEqual(['invalid-field members[pia].code']);
    expect(integrityProblems(model('K1'), decls)).toEqual([]);
  });
});
