import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../shared/file/restore';
import { classifyUnparsable, endsEarly } from '../../shared/file/unreadable';

const sample = readFileSync(join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8');
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/files', name), 'utf8');
/** Bytes as the editor reads a file it opens: decoded as UTF-8. */
const decoded = (bytes: number[]) => new TextDecoder().decode(new Uint8Array(bytes));

function refusal(source: string) {
  const r = restoreText(source);
  if (r.ok) throw new Error('the text was accepted');
  return r.error;
}

describe('a file that is not JSON says what it is', () => {
  it('calls an empty or blank file empty', () => {
    expect(refusal('').code).toBe('empty');
    expect(refusal(' \r\n\t').message.sv).toBe('Filen är tom: den innehåller ingen karta.');
  });

  it('calls the sample cut off wherever it is cut', () => {
    const first = sample.indexOf('{') + 1;
    const last = sample.lastIndexOf('}');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }), (at) => {
        expect(classifyUnparsable(sample.slice(0, at))).toBe('cut-off');
      }),
      { numRuns: 60 },
    );
  });

  it('calls a cut-off file cut off in one sentence, the parser only in the details', () => {
    const e = refusal(sample.slice(0, 29544));
    expect(e.code).toBe('cut-off');
    expect(e.message.sv).toMatch(/^Filen är avkortad: den slutar mitt i kartan[^.]*\.$/);
    expect(e.message.en).toMatch(/^The file is cut off: /);
    expect(e.message.en).not.toMatch(/position|JSON|Unterminated|Unexpected/);
    expect(e.issues.map((i) => i.message.en).join('\n')).toMatch(/The JSON parser says: .+/);
    expect(refusal(fixture('not-json.mandat')).code).toBe('cut-off');
  });

  it('cuts inside strings, escapes, numbers, literals and after a comma', () => {
    for (const cut of ['{"a": "x', '{"a": "x\\', '{"a": "\\u00', '{"a', '{"a"', '{"a":', '{"a": tr', '{"a": -1.', '[1, 2,', '{"a": [{"b": null}, ']) expect(endsEarly(cut), cut).toBe(true);
  });

  it('does not call a file with a mistake in its middle cut off, and says where the mistake is', () => {
    expect(classifyUnparsable('{"a": 1 "b": [1, 2')).toBe('broken-json');
    const e = refusal('{\n  "format": "mandat",\n  "version": 1\n  "bodies": []\n}');
    expect(e.code).toBe('broken-json');
    expect(e.message.sv).toBe('Filen är skadad: någonstans i den är texten inte giltig JSON.');
    expect(e.issues[0]?.message.sv).toBe('Felet finns på rad 4, kolumn 3.');
    expect(classifyUnparsable('{"a": 1}}')).toBe('broken-json');
  });

  it('recognises a PDF, a renamed workbook, a web page, other binary files and plain text', () => {
    expect(classifyUnparsable(decoded([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3]))).toBe('pdf');
    expect(classifyUnparsable(decoded([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]))).toBe('archive');
    expect(classifyUnparsable('<!DOCTYPE html>\n<html><body>Logga in</body></html>')).toBe('html');
    expect(classifyUnparsable(decoded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('binary');
    expect(classifyUnparsable('Namn;Kortnamn;Slag\nKommunstyrelsen;KS;Kommunstyrelse\n')).toBe('not-json');
    const e = refusal(decoded([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(e.code).toBe('not-json');
    expect(e.message.sv).toMatch(/^Det här är ingen Mandat-fil utan ett zip-arkiv/);
  });

  it('says a map saved as UTF-16 (Notepad\'s "Unicode"), with or without its byte order mark, is UTF-16', () => {
    const utf16 = (bom: number[]) => decoded([...bom, ...Buffer.from(sample.slice(0, 400), 'utf16le')]);
    for (const bom of [[0xff, 0xfe], []]) {
      expect(classifyUnparsable(utf16(bom))).toBe('utf16');
      const e = refusal(utf16(bom));
      expect(e.message.sv).toBe('Filen är sparad som UTF-16 ("Unicode" i Anteckningar), som Mandat inte läser: spara den som UTF-8 och öppna den igen.');
    }
    // A PNG's few NULs are no UTF-16.
    expect(classifyUnparsable(decoded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02]))).toBe('binary');
  });

  it('calls JSON from another program not a Mandat file, the missing field in the details', () => {
    const e = refusal(fixture('foreign.json'));
    expect(e.code).toBe('not-mandat');
    expect(e.message.sv).toBe('Det här är ingen Mandat-fil: den innehåller JSON men ingen Mandat-karta.');
    expect(e.issues.map((i) => i.message.en)).toEqual(['"format": "mandat" is missing.']);
    expect(refusal('[1, 2, 3]').code).toBe('not-an-object');
  });

  it('opens a file that starts with a byte order mark', () => {
    expect(restoreText(`\uFEFF${sample}`).ok).toBe(true);
  });
});
