import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { matrixWorkbook } from '../../../shared/export/matrixXlsx';
import { buildReport } from '../../../shared/export/report';
import { xmlSafeModel, xmlText } from '../../../shared/export/xmlText';
import type { MemberId } from '../../../shared/model/ids';
import { writeXlsx } from '../../../shared/workbook/xlsx';
import { makeAccountable, makeBody, makeMember, makeModel, seat } from '../../factories';
import { convertWithLibreOffice, pdfText } from './libreoffice';

/** Every character XML 1.0 cannot hold that a name could carry, one of each kind. */
const FORBIDDEN = ['\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'];

describe('xmlText', () => {
  it('drops each character XML cannot hold and keeps tab, line breaks, U+FFFD and whole surrogate pairs', () => {
    for (const c of FORBIDDEN) expect([c.codePointAt(0), xmlText(`a${c}b`)]).toEqual([c.codePointAt(0), 'ab']);
    const kept = 'tab\there\nCR\r U+FFFD \uFFFD DEL \u007F emoji 😀 Ω';
    expect(xmlText(kept)).toBe(kept);
    expect(xmlText('\uDFFF\uD800')).toBe('');
  });

  it('leaves text of only allowed characters as it is, and removes only what is forbidden', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.constantFrom(...FORBIDDEN), (a, b, bad) => {
        const clean = xmlText(a) + xmlText(b);
        expect(xmlText(clean)).toBe(clean);
        expect(xmlText(`${a}${bad}${b}`).length).toBeLessThanOrEqual(a.length + b.length);
      }),
      { numRuns: 200 },
    );
  });

  it('cleans every text of a model, names, mandates and ids alike', () => {
    const model = xmlSafeModel(makeModel({ bodies: [makeBody('b\uFFFF', { name: 'Styr\uFFFFgrupp', mandate: { text: 'x\u0001y', decidedBy: null, decisionRef: '', requiredMembers: [] } })] }));
    const body = [...model.bodies.values()][0];
    expect([[...model.bodies.keys()], body?.id, body?.name, body?.mandate.text]).toEqual([['b'], 'b', 'Styrgrupp', 'xy']);
  });

  it('returns a model with nothing to clean as it is, and copies one with a forbidden character anywhere in it', () => {
    const clean = makeModel({ bodies: [makeBody('b', { name: 'Styrgrupp' })], members: [makeMember('m1', { name: 'Anna Berg' })] });
    expect(xmlSafeModel(clean)).toBe(clean);
    const deep = makeModel({ bodies: [makeBody('b', { mandate: { text: 'ok', decidedBy: null, decisionRef: '', requiredMembers: ['m\uFFFF' as MemberId] } })] });
    const cleaned = xmlSafeModel(deep);
    expect(cleaned).not.toBe(deep);
    expect([...cleaned.bodies.values()][0]?.mandate.requiredMembers).toEqual(['m']);
    const member = makeModel({ members: [makeMember('m1', { name: 'Anna\u0001' })] });
    expect([...xmlSafeModel(member).members.values()][0]?.name).toBe('Anna');
  });
});

describe('exports of a map with names XML cannot hold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-xmltext-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const model = makeModel({
    bodies: [makeAccountable('ks', { name: 'Kommunstyrelsen\uFFFF' }), makeBody('sg', { name: 'Styr\uFFFEgrupp\u0001 trygghet\uD800' })],
    members: [makeMember('m1', { name: 'Anna\uFFFF Berg' })],
    memberships: seat('sg', ['m1' as MemberId]),
  });

  it('the Word report opens in LibreOffice and prints the names without them', { timeout: 240_000 }, async () => {
    const file = join(dir, 'rapport.docx');
    writeFileSync(file, await buildReport(model, { asOf: '2024-01-01', lang: 'sv', date: '2024-01-01', findings: true, author: 'Eva\uFFFF' }));
    const text = pdfText(await convertWithLibreOffice(file, 'pdf', dir));
    for (const name of ['Kommunstyrelsen', 'Styrgrupp trygghet']) expect(text).toContain(name);
  });

  it('the workbook and the membership matrix open in LibreOffice and print the names without them', { timeout: 240_000 }, async () => {
    const workbook = join(dir, 'karta.xlsx');
    writeFileSync(workbook, await writeXlsx(model));
    expect(pdfText(await convertWithLibreOffice(workbook, 'pdf', dir))).toContain('Styrgrupp trygghet');
    const matrix = join(dir, 'matris.xlsx');
    writeFileSync(matrix, await matrixWorkbook(model, { asOf: '2024-01-01', lang: 'sv' }));
    expect(pdfText(await convertWithLibreOffice(matrix, 'pdf', dir))).toContain('Anna Berg');
  });
});
