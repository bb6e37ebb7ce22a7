import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { hasControlCharacters, removeControlCharacters, withoutControlCharacters, withoutControlCharactersIn } from '../../shared/file/controlCharacters';
import { openMapDocument } from '../../shared/file/open';
import { serializeDocument } from '../../shared/file/serialize';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { issueInWords } from '../../shared/file/issueWords';
import { restoreText } from '../../shared/file/restore';
import { formatWorkbookError, readCsvFiles, readXlsx, writeXlsx } from '../../shared/workbook';
import { makeBody, makeModel } from '../factories';
import { runCli } from '../cli/runCli';

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const sampleText = readFileSync(join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8');
/** The terminal escape a hostile name carries: retitle the window, turn the text red. */
const ESCAPE = '\u001b]0;PWNED\u0007\u001b[31m';

describe('control characters', () => {
  it('are every C0 control but tab, line feed and carriage return, DEL and the C1 controls', () => {
    for (let c = 0; c < 0x100; c++) {
      const ch = String.fromCharCode(c);
      const control = (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (c >= 0x7f && c <= 0x9f);
      expect(hasControlCharacters(`a${ch}b`), `U+${c.toString(16)}`).toBe(control);
      expect(withoutControlCharacters(`a${ch}b`)).toBe(!control ? `a${ch}b` : ch === '\u000b' || ch === '\u000c' ? 'a\nb' : 'ab');
    }
  });

  it('are removed from every string value of parsed JSON, keys and skipped parts left, and each place is named (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const data = { yjs: 'A\u0000B', value };
        const before = JSON.stringify(data);
        const paths = removeControlCharacters(data, new Set(['yjs']));
        expect(data.yjs).toBe('A\u0000B');
        expect(strings(data.value).filter(hasControlCharacters)).toEqual([]);
        // Nothing else changed: the same text once the control characters are taken out of the original.
        const parsed = JSON.parse(before) as { value: unknown };
        expect(JSON.stringify(data.value)).toBe(JSON.stringify(parsed.value, (_k, v: unknown) => (typeof v === 'string' ? withoutControlCharacters(v) : v)));
        expect(strings(data.value).join('')).not.toContain('\u000b');
        expect(strings(data.value).join('')).not.toContain('\u000c');
        expect(paths.every((p) => p.startsWith('value'))).toBe(true);
      }),
    );
  });
});

describe('a map file with control characters in its text', () => {
  const hostile = () => {
    const doc = JSON.parse(sampleText) as { bodies: { name: string; shortName?: string }[]; members: { name: string }[] };
    const body = doc.bodies[2] as { name: string; shortName?: string };
    body.shortName = `BFG${ESCAPE}RED`;
    (doc.members[0] as { name: string }).name += '\u0000\u000b';
    // What is left of the escape is printable and harmless: "]0;PWNED[31m".
    return { text: JSON.stringify(doc), shortName: 'BFG]0;PWNED[31mRED', bodyIndex: 2 };
  };

  it('opens with them removed, and the repairs name each place in words', () => {
    const h = hostile();
    const r = restoreText(h.text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect([...r.model.bodies.values(), ...r.model.members.values()].flatMap(strings).filter(hasControlCharacters)).toEqual([]);
    expect([...r.model.bodies.values()].some((b) => b.shortName === h.shortName)).toBe(true);
    const said = r.repairs.filter((x) => x.code === 'control-characters').map((x) => issueInWords(x, 'sv'));
    expect(said).toEqual([
      `Organ ${h.bodyIndex + 1}, Kortnamn: styrtecken (osynliga tecken som ESC, BEL och NUL, som inte hör till en text) togs bort; radbrytningar från Word blev vanliga radbrytningar`,
      expect.stringMatching(/^Ledamot 1, Namn: styrtecken/),
    ]);
  });

  it('never reach the terminal through mandat check (the body is printed by its cleaned short name)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandat-controls-'));
    const file = join(dir, 'styrtecken.mandat');
    writeFileSync(file, hostile().text);
    const r = await runCli('check', file, '--lang', 'sv');
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(r.err).toMatch(/^Reparerat vid inläsning: Organ 3, Kortnamn: styrtecken/m);
  });
});

describe('a workbook with control characters in its cells', () => {
  it('reads the cells without them and says so once a sheet, with the first row', () => {
    const r = readCsvFiles({ 'Organ.csv': `id;namn;kortnamn;slag\nks;Kommunstyrelsen;KS;kommunstyrelse\nbra;"Brå${ESCAPE}rådet";BRÅ\u0000;råd\n` });
    if (!r.ok) throw new Error(r.errors.map((e) => formatWorkbookError(e, 'sv')).join('\n'));
    expect(r.model.bodies.get('bra' as never)?.name).toBe('Brå]0;PWNED[31mrådet');
    expect(r.model.bodies.get('bra' as never)?.shortName).toBe('BRÅ');
    expect(r.notices.map((e) => formatWorkbookError(e, 'sv'))).toEqual([expect.stringMatching(/^Organ, rad 3: styrtecken .* togs bort ur 2 celler, den första på den här raden\.$/)]);
  });

  it('survive an .xlsx export as a valid file (a map made in the window may hold them) and are removed on its import', async () => {
    const model = makeModel({ bodies: [makeBody('ks', { name: 'Kommunstyrelsen\u0001', notes: `rad ett${ESCAPE}\r\nrad två` })] });
    const r = await readXlsx(await writeXlsx(model));
    if (!r.ok) throw new Error(r.errors.map((e) => formatWorkbookError(e, 'en')).join('\n'));
    expect(r.model.bodies.get('ks' as never)?.name).toBe('Kommunstyrelsen');
    expect(r.model.bodies.get('ks' as never)?.notes).toBe('rad ett]0;PWNED[31m\r\nrad två');
    expect(r.notices.map((e) => e.code)).toEqual(['control-characters']);
  });
});

describe('a command with control characters in its text (pasted into a field)', () => {
  it('is copied without them where it has them, and left as it is where it has none (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const before = JSON.stringify(value);
        const cleaned = withoutControlCharactersIn(value);
        // The value given is not changed; the copy has no control characters and is otherwise the same.
        expect(JSON.stringify(value)).toBe(before);
        expect(strings(cleaned).filter(hasControlCharacters)).toEqual([]);
        expect(JSON.stringify(cleaned)).toBe(JSON.stringify(JSON.parse(before), (_k, v: unknown) => (typeof v === 'string' ? withoutControlCharacters(v) : v)));
        if (!strings(value).some(hasControlCharacters)) expect(cleaned).toBe(value);
      }),
    );
  });

  it('reaches the map without them, so the file it saves opens again without a repair', () => {
    const doc = createMapDocument();
    const added = applyCommand(doc, { type: 'addBody', body: { id: 'a' as BodyId, name: `Styr${ESCAPE}gruppen`, shortName: 'SG\u0000' } });
    expect(added.ok).toBe(true);
    const note = applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { mandate: { text: 'Rad ett\u000bRad två\u0007' } } });
    expect(note.ok).toBe(true);
    const body = readModel(doc).bodies.get('a' as BodyId);
    expect(body?.name).toBe('Styr]0;PWNED[31mgruppen');
    expect(body?.shortName).toBe('SG');
    expect(body?.mandate?.text).toBe('Rad ett\nRad två');
    const r = restoreText(serializeDocument(doc));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.repairs).toEqual([]);
    expect(openMapDocument(r.model, r.yjsState).repairs).toEqual([]);
  });
});
