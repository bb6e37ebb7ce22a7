import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { FILE_VERSION } from '../../shared/file/format';
import { restore } from '../../shared/file/restore';
import { createMapDocument } from '../../shared/model/document';
import { sheetsToModel } from '../../shared/workbook';

/** The one code and wording of a missing name, as each of the three ways in reports it. */
type Refusal = { code: string; where: string; sv: string; en: string };

function byRestore(collection: 'bodies' | 'members', element: Record<string, unknown>): Refusal[] {
  const r = restore({ format: 'mandat', version: FILE_VERSION, [collection]: [element] });
  return r.ok ? [] : r.error.issues.map((i) => ({ code: i.code, where: i.path, sv: i.message.sv, en: i.message.en }));
}

function byCommand(command: Command): Refusal[] {
  const r = applyCommand(createMapDocument(), command);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, where: i.path, sv: i.message.sv, en: i.message.en }));
}

function byWorkbook(sheets: Record<string, string[][]>): Refusal[] {
  const r = sheetsToModel(sheets);
  return r.ok ? [] : r.errors.map((e) => ({ code: e.code, where: `${e.sheet}!${e.row}:${e.column}`, sv: e.message.sv, en: e.message.en }));
}

const REQUIRED = { code: 'required', sv: 'får inte vara tomt', en: 'must not be empty' };

describe('a body or a member without a name', () => {
  it('is refused by restore, by addBody and by the workbook with one code and one wording', () => {
    expect(byRestore('bodies', { id: 'a', kind: 'committee' })).toEqual([{ ...REQUIRED, where: 'bodies[0].name' }]);
    expect(byRestore('bodies', { id: 'a', name: '  ' })).toEqual([{ ...REQUIRED, where: 'bodies[0].name' }]);
    expect(byCommand({ type: 'addBody', body: {} as never })).toEqual([{ ...REQUIRED, where: 'body.name' }]);
    expect(byWorkbook({ Bodies: [['id', 'name', 'kind'], ['a', '', 'committee']] })).toEqual([{ ...REQUIRED, where: 'Bodies!2:name' }]);
  });

  it('is the same for a member', () => {
    expect(byRestore('members', { id: 'm' })).toEqual([{ ...REQUIRED, where: 'members[0].name' }]);
    expect(byCommand({ type: 'addMember', member: { title: 'Chef' } as never })).toEqual([{ ...REQUIRED, where: 'member.name' }]);
    const members = byWorkbook({ Bodies: [['id', 'name', 'kind']], Members: [['id', 'name'], ['m', '']] });
    expect(members).toEqual([{ ...REQUIRED, where: 'Members!2:name' }]);
  });

  it('an acknowledgement with no fields is refused for its finding key and its reason', () => {
    expect(byCommand({ type: 'acknowledgeFinding', acknowledgement: {} as never }).map((r) => [r.code, r.where])).toEqual([
      ['required', 'acknowledgement.findingKey'],
      ['required', 'acknowledgement.reason'],
    ]);
  });

  it('a body with a name is accepted by all three', () => {
    expect(byRestore('bodies', { id: 'a', name: 'KS' })).toEqual([]);
    expect(byCommand({ type: 'addBody', body: { name: 'KS' } })).toEqual([]);
    expect(byWorkbook({ Bodies: [['id', 'name', 'kind'], ['a', 'KS', 'committee']] })).toEqual([]);
  });
});
