import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMapFiles } from '../../shared/file/readMapFiles';
import { restoreText } from '../../shared/file/restore';
import { decodeUtf8 } from '../../shared/file/utf8';
import { classifyUnparsable, endsEarly, firstSyntaxError } from '../../shared/file/unreadable';

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
    // The details say where it ends, in the person's language: no parser's English.
    expect(e.issues.map((i) => i.message.sv)).toEqual([expect.stringMatching(/^Filen har 29544 tecken och slutar med: …/)]);
    expect(e.issues.map((i) => i.message.sv).join('\n')).not.toMatch(/Unterminated|Unexpected|position/);
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
    expect(e.issues[0]?.message.sv).toBe('Felet finns på rad 4, kolumn 3: ett kommatecken saknas före det här. Där står: …ndat",⏎  "version": 1⏎  "bodies": []⏎}');
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

describe('a damaged file says where, and what was most likely written, in the person\'s language', () => {
  const detail = (source: string, lang: 'sv' | 'en' = 'sv') => refusal(source).issues.map((i) => i.message[lang]).join('\n');

  it('names NaN, a comma before } or ], a comment, single quotes, a line break in a text, a missing comma and a second map', () => {
    expect(detail('{"a": NaN}')).toBe('Felet finns på rad 1, kolumn 7: NaN är inget värde i JSON; skriv ett tal eller null. Där står: {"a": NaN}');
    expect(detail('{"a": [1,\n]}', 'en')).toBe('The error is at line 2, column 1: a comma stands before ]; remove it. The text there: {"a": [1,⏎]}');
    expect(detail('{"a": 1, // kommentar\n"b": 2}')).toMatch(/: JSON har inga kommentarer; ta bort dem\./);
    expect(detail("{'a': 1}")).toMatch(/^Felet finns på rad 1, kolumn 2: text i JSON står inom raka dubbla citattecken/);
    expect(detail('{"a": "rad ett\nrad två"}')).toMatch(/: en radbrytning eller tabb inuti en text ska skrivas \\n eller \\t\./);
    expect(detail('{"a": 1\n "b": 2}')).toMatch(/^Felet finns på rad 2, kolumn 2: ett kommatecken saknas före det här\./);
    expect(detail('{"a": 1}\n{"a": 2}')).toMatch(/^Felet finns på rad 2, kolumn 1: efter kartans slut står mer text \(två kartor i en fil\?\)\./);
    // No guess where there is none to make; the place is still said.
    expect(detail('{"a": 01}')).toBe('Felet finns på rad 1, kolumn 8. Där står: {"a": 01}');
  });

  it('finds the end of any JSON, and a place inside any text JSON.parse refuses that does not simply stop early (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(firstSyntaxError(json)).toBe(json.length);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom('x', ',', '}', ']', ':', '"', 'NaN', '\u0001'), (value, n, junk) => {
        const json = JSON.stringify({ v: value });
        const at = 1 + (n % (json.length - 1));
        const broken = json.slice(0, at) + junk + json.slice(at);
        let parsed = true;
        try {
          JSON.parse(broken);
        } catch {
          parsed = false;
        }
        // The scan agrees with JSON.parse on whether the text is JSON; where it is not, the place is at
        // the junk, after it, or at the start of the word or number it broke ("tr" + "x" + "ue": 2 back).
        const stop = firstSyntaxError(broken);
        if (parsed) expect(stop).toBe(broken.length);
        else {
          expect(stop).toBeGreaterThanOrEqual(at - 'false'.length);
          // The end of the text only when it stops early (a quote left open).
          if (stop === broken.length) expect(endsEarly(broken)).toBe(true);
        }
      }),
    );
  });

  it('says what is wrong with a damaged or cut-off map saved as Windows-1252, and beside it that it is not UTF-8 and where', () => {
    const bytes = Buffer.from('{\n  "format": "mandat",\n  "map": {"name": "Br\u00e5"}\n  "x": 1\n}', 'latin1');
    const e = refusal(new TextDecoder().decode(bytes));
    expect(e.code).toBe('broken-json');
    expect(e.issues.map((i) => i.message.en)).toEqual([
      expect.stringMatching(/^The error is at line 4, column 3: a comma is missing before this\./),
      expect.stringMatching(/^The file is probably not saved as UTF-8 either \(but as Windows-1252 or Latin-1\): the first character that could not be read is at line 3, column 22: /),
    ]);
    // Cut off beyond the first 4,096 characters, it is still called cut off.
    const head = sample.slice(0, 6000).replace('Kommunstyrelsen', 'Kommunstyr\u00e4lsen');
    const cut = new TextDecoder().decode(Uint8Array.from([...head].map((c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f))));
    expect(refusal(cut).code).toBe('cut-off');
  });

  it('shows control characters in the excerpts as their pictures, and names one where the scan stops at it', () => {
    // Past the first 4,096 characters (before them, such bytes make the file "no text").
    const text = `{"pad": "${'x'.repeat(5000)}", "a": "BFG\u001b]0;PWNED\u0007"}`;
    expect(detail(text)).toBe(`Felet finns på rad 1, kolumn ${text.indexOf('\u001b') + 1}: ett osynligt styrtecken (␛) står här; ta bort det. Där står: …${'x'.repeat(12)}", "a": "BFG␛]0;PWNED␇"}`);
    expect(detail('{"format" "mandat"}', 'en')).toMatch(/^The error is at line 1, column 11: a colon \(:\) is missing after the name\./);
    const long = `{"a": ${'1'.repeat(1000)} x}`;
    expect(firstSyntaxError(long)).toBe(long.indexOf('x'));
  });

  it('opens a map saved as Windows-1252 that still parses, and says that its letters could not be read and where', () => {
    // As an old editor saves it: Windows-1252's byte for every letter it has, "?" for the others.
    const cp1252 = Uint8Array.from([...sample].map((c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : c === '–' ? 0x96 : 0x3f)));
    const r = restoreText(new TextDecoder().decode(cp1252));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.repairs.map((x) => x.code)).toContain('not-utf8');
    expect(r.repairs.find((x) => x.code === 'not-utf8')?.message.sv).toMatch(/^Filen har tecken som inte kunde läsas \(visas som �\), det första på rad \d+:/);
    // Read from its bytes, as every host reads a map file: the same.
    const fromBytes = restoreText(decodeUtf8(cp1252).text, undefined, undefined, decodeUtf8(cp1252).utf8);
    expect(fromBytes.ok && fromBytes.repairs.map((x) => x.code)).toContain('not-utf8');
  });

  it('opens a UTF-8 map whose text holds a real � (copied from a damaged page) without calling it another encoding', async () => {
    const doc = JSON.parse(sample) as { bodies: { name: string }[] };
    (doc.bodies[0] as { name: string }).name += ' (Br\uFFFD)';
    const bytes = new TextEncoder().encode(JSON.stringify(doc, null, 2));
    expect(decodeUtf8(bytes)).toEqual({ text: new TextDecoder().decode(bytes), utf8: true });
    const read = await readMapFiles([{ name: 'karta.mandat', content: bytes }]);
    if (!read.ok) throw new Error('refused');
    expect(read.repairs.map((x) => x.code)).not.toContain('not-utf8');
    expect([...read.model.bodies.values()].some((b) => b.name.endsWith('(Br\uFFFD)'))).toBe(true);
    // Text whose bytes were not said (merging, a test) is still taken for an encoding mistake.
    const r = restoreText(new TextDecoder().decode(bytes));
    expect(r.ok && r.repairs.map((x) => x.code)).toContain('not-utf8');
    // And a damaged one is called damaged, without a word of encodings.
    const broken = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('"version": 1', '"version": NaN'));
    const refused = await readMapFiles([{ name: 'karta.mandat', content: broken }]);
    if (refused.ok || refused.reader !== 'mandat') throw new Error('accepted');
    expect(refused.error.code).toBe('broken-json');
    expect(refused.error.issues.map((i) => i.code)).not.toContain('not-utf8');
  });

  it('tells the bytes of another encoding from UTF-8', () => {
    expect(decodeUtf8(Uint8Array.from([0x42, 0x72, 0xe5]))).toEqual({ text: 'Br\uFFFD', utf8: false });
    expect(decodeUtf8(new TextEncoder().encode('Brå'))).toEqual({ text: 'Brå', utf8: true });
  });
});

