import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import { createMapDocument } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { sheetsToModel } from '../../shared/workbook';
import { makeBody, makeLine, makeModel } from '../factories';

const id = (s: string) => s as BodyId;

describe('one code and one wording per violation', () => {
  it('a body part of itself: the same from a command, a file and a workbook row', () => {
    const doc = createMapDocument(makeModel({ bodies: [makeBody('a')] }));
    const command = applyCommand(doc, { type: 'updateBody', id: id('a'), changes: { partOf: id('a') } });
    const file = restore({ ...plainFile(makeModel({ bodies: [makeBody('a')] })), bodies: [{ ...makeBody('a'), partOf: 'a' }] });
    const sheet = sheetsToModel({ Bodies: [['id', 'name', 'kind', 'part_of'], ['a', 'A', 'committee', 'a']] });
    const said = [command.ok ? null : command.issues[0], file.ok ? null : file.error.issues[0], sheet.ok ? null : sheet.errors[0]];
    expect(said.map((s) => s?.code)).toEqual(['part-of-self', 'part-of-self', 'part-of-self']);
    expect(new Set(said.map((s) => s?.message.en))).toEqual(new Set(['a body cannot be a part of itself']));
  });

  it('a ring of parts: a command that would close it and a file that holds it name the same ring in the same words', () => {
    const doc = createMapDocument(makeModel({ bodies: [makeBody('a'), makeBody('b', { partOf: id('a') }), makeBody('c', { partOf: id('b') })] }));
    const command = applyCommand(doc, { type: 'updateBody', id: id('a'), changes: { partOf: id('c') } });
    const file = restore(plainFile(makeModel({ bodies: [makeBody('a', { partOf: id('c') }), makeBody('b', { partOf: id('a') }), makeBody('c', { partOf: id('b') })] })));
    expect(command.ok ? [] : command.issues.map((i) => [i.code, i.message.en])).toEqual([['part-of-cycle', 'the bodies a → c → b are parts of each other in a ring']]);
    expect(file.ok ? [] : file.error.issues.map((i) => [i.code, i.message.en])).toEqual([['part-of-cycle', 'the bodies a → c → b are parts of each other in a ring']]);
  });

  it('a line from a body to itself: the same words from a command and a workbook row; a file drops it', () => {
    const doc = createMapDocument(makeModel({ bodies: [makeBody('a')] }));
    const command = applyCommand(doc, { type: 'connectReport', line: { from: id('a'), to: id('a') } });
    const sheet = sheetsToModel({ Bodies: [['id', 'name', 'kind'], ['a', 'A', 'committee']], Reporting: [['from', 'to'], ['a', 'a']] });
    expect(command.ok ? [] : command.issues.map((i) => [i.code, i.message.en])).toEqual([['self-line', 'a line cannot run from a body to the same body']]);
    expect(sheet.ok ? [] : sheet.errors.map((e) => [e.code, e.message.en])).toEqual([['self-line', 'a line cannot run from a body to the same body']]);
    const file = restore({ ...plainFile(makeModel({ bodies: [makeBody('a')] })), reportingLines: [makeLine('a', 'a')] });
    expect(file.ok && file.repairs.map((r) => r.code)).toEqual(['dropped-self-line']);
  });
});
