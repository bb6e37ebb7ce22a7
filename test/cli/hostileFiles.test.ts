import { existsSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles, withByteOrderMark } from './hostileFiles';
import { MAP_FILE_MAX_BYTES } from '../../cli/loadMap';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'mandat-hostile-'));
const files = hostileFiles();
const good = join(dir, 'good.mandat');

beforeAll(() => {
  for (const [name, { text }] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(good, withByteOrderMark().slice(1));
});

/** Every way a command reads a .mandat file, with the output each writes. */
const COMMANDS: Record<string, (file: string) => string[]> = {
  check: (f) => ['check', f],
  import: (f) => ['import', f, '-o', join(dir, 'imported.mandat')],
  export: (f) => ['export', f, '--format', 'svg', '-o', join(dir, 'out.svg')],
  'export html': (f) => ['export', f, '--format', 'html', '-o', join(dir, 'out.html')],
  'export-workbook': (f) => ['export-workbook', f, '-o', join(dir, 'out.xlsx')],
  'merge (ours)': (f) => ['merge', f, good, '-o', join(dir, 'merged.mandat')],
  'merge (theirs)': (f) => ['merge', good, f, '-o', join(dir, 'merged.mandat')],
};

const STACK_LINE = /^\s{4}at /m;

describe.each(Object.keys(files))('%s', (name) => {
  const { expect: told } = files[name] as { expect: RegExp };
  it.each(Object.keys(COMMANDS))('%s: exit 2 or a printed repair, saying what is wrong, never a stack trace', async (command) => {
    const r = await runCli(...(COMMANDS[command] as (f: string) => string[])(join(dir, name)), '--lang', 'en');
    expect(r.err).not.toMatch(STACK_LINE);
    expect(r.err).not.toMatch(/unexpected error|Maximum call stack/);
    if (r.code !== 2) expect(r.err).toMatch(/^Repaired on load/m);
    // import refuses every .mandat file; the others must name the problem.
    if (command !== 'import' || r.err.includes('nests')) expect(r.err).toMatch(told);
  });
});

describe('repaired copies', () => {
  it('merge writes a state that opens without repairs after repairing a hostile one', async () => {
    const merged = join(dir, 'settled.mandat');
    const r = await runCli('merge', join(dir, 'number-in-collection.mandat'), good, '-o', merged, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Repaired on loading number-in-collection\.mandat/);
    const again = await runCli('check', merged, '--lang', 'en');
    expect([again.code === 2, again.err]).toEqual([false, '']);
  });
});

describe('a file saved with a UTF-8 byte-order mark', () => {
  it('is read like the same file without one, by every command', async () => {
    const bom = join(dir, 'bom.mandat');
    writeFileSync(bom, withByteOrderMark());
    expect(readFileSync(bom)[0]).toBe(0xef);
    for (const command of Object.keys(COMMANDS)) {
      if (command === 'import') continue;
      const r = await runCli(...(COMMANDS[command] as (f: string) => string[])(bom), '--lang', 'en');
      expect([command, r.code === 2, r.err]).toEqual([command, false, '']);
    }
    expect(existsSync(join(dir, 'out.svg'))).toBe(true);
  });
});

describe('a � in a map file', () => {
  it('is text when the file is UTF-8, and a letter that could not be read when it is not, by every command that reads a map', async () => {
    // Without its Yjs history, which an edit of the plain part would make "changed outside Mandat".
    const { yjs: _history, ...plain } = JSON.parse(withByteOrderMark().slice(1)) as Record<string, unknown>;
    const base = JSON.stringify(plain, null, 2);
    const written = join(dir, 'ersattning.mandat');
    writeFileSync(written, base.replace('"name": "', '"name": "\uFFFD '));
    const latin1 = join(dir, 'latin1.mandat');
    writeFileSync(latin1, Buffer.from(base.replace('"name": "', '"name": "Br\u00e5 '), 'latin1'));
    for (const command of ['check', 'export', 'export-workbook', 'merge (ours)']) {
      const r = await runCli(...(COMMANDS[command] as (f: string) => string[])(written), '--lang', 'en');
      expect([command, r.code === 2, r.err]).toEqual([command, false, '']);
      const other = await runCli(...(COMMANDS[command] as (f: string) => string[])(latin1), '--lang', 'en');
      expect([command, other.code === 2]).toEqual([command, false]);
      expect(other.err).toMatch(/could not be read \(shown as �\), the first on line \d+: it was probably saved in another encoding than UTF-8/);
    }
  });
});

describe('files refused before they are read', () => {
  it('a device such as /dev/zero (through a link named .mandat or .xlsx), which would never end', async () => {
    for (const name of ['zero.mandat', 'zero.xlsx']) {
      const link = join(dir, name);
      if (!existsSync(link)) symlinkSync('/dev/zero', link);
      const r = await runCli('check', link, '--lang', 'sv');
      expect([r.code, r.err.trim()]).toEqual([2, `mandat: ${link} är ingen vanlig fil (en enhet, en pipe eller liknande) och läses inte.`]);
    }
  });

  it('a spreadsheet of another format than .xlsx, asked for as one (it was read as a damaged map file)', async () => {
    const ods = join(dir, 'Organ.ods');
    writeFileSync(ods, 'PK\u0003\u0004 not really');
    const r = await runCli('import', ods, '-o', join(dir, 'ods.mandat'), '--lang', 'en');
    expect([r.code, r.err.trim()]).toEqual([2, 'mandat: "Organ.ods" is a LibreOffice or OpenOffice spreadsheet, and Mandat reads workbooks as .xlsx: save it as an Excel workbook (.xlsx) and use that file instead.']);
  });

  it('a link that points to itself, in words (not Node\'s ELOOP)', async () => {
    const link = join(dir, 'slinga.mandat');
    if (!existsSync(link)) symlinkSync(link, link);
    const r = await runCli('check', link, '--lang', 'sv');
    expect([r.code, r.err.trim()]).toEqual([2, `mandat: ${link} är en genväg (symbolisk länk) som till slut pekar på sig själv, så det finns ingen fil att läsa.`]);
  });

  it('a map file or a workbook over its limit, by its size (sparse files: nothing is written to disk)', async () => {
    const big = join(dir, 'big.mandat');
    writeFileSync(big, '');
    truncateSync(big, MAP_FILE_MAX_BYTES + 1);
    const r = await runCli('check', big, '--lang', 'en');
    expect([r.code, r.err.trim()]).toEqual([2, `mandat: ${big} is 257 MB; Mandat reads map files of up to 256 MB.`]);
    const workbook = join(dir, 'big.xlsx');
    writeFileSync(workbook, '');
    truncateSync(workbook, 10 * 1024 * 1024 + 300 * 1024);
    const w = await runCli('import', workbook, '-o', join(dir, 'never.mandat'), '--lang', 'sv');
    expect([w.code, w.err.trim()]).toEqual([2, `mandat: ${workbook} kunde inte importeras: ett fel. Inget importerades.\n  Arbetsboken är 10,3 MB; gränsen är 10 MB.`]);
    expect(existsSync(join(dir, 'never.mandat'))).toBe(false);
  });

  it('a folder of CSV files over the limit together', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mandat-bigcsv-'));
    writeFileSync(join(folder, 'Organ.csv'), '');
    truncateSync(join(folder, 'Organ.csv'), 11 * 1024 * 1024);
    const r = await runCli('import', folder, '-o', join(dir, 'never.mandat'), '--lang', 'en');
    expect([r.code, r.err.trim()]).toEqual([2, `mandat: ${folder} could not be imported: one error. Nothing was imported.\n  The CSV files are 11 MB together; the limit is 10 MB.`]);
  });
});
