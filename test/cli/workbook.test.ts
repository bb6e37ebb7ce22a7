import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreText } from '../../shared/file/restore';
import { runCli as run } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-cli-workbook-'));

function sampleCounts(): [number, number] {
  const r = restoreText(readFileSync(sample, 'utf8'));
  if (!r.ok) throw new Error('the sample does not restore');
  return [r.model.bodies.size, r.model.members.size];
}

describe('mandat export-workbook to CSV', () => {
  it('writes a Swedish map with Swedish file and column names, separated by semicolons', async () => {
    const dir = tmp();
    expect((await run('export-workbook', sample, '-o', dir)).code).toBe(0);
    expect(readdirSync(dir)).toContain('Organ.csv');
    expect(readFileSync(join(dir, 'Organ.csv'), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFid;Namn;Kortnamn;Slag;Nivå;/);
  });

  it('writes the separator --delimiter names, and imports it back', async () => {
    const dir = tmp();
    expect((await run('export-workbook', sample, '-o', dir, '--delimiter', ',')).code).toBe(0);
    expect(readFileSync(join(dir, 'Organ.csv'), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFid,Namn,Kortnamn,Slag,/);
    expect((await run('import', dir, '-o', join(dir, 'back.mandat'))).code).toBe(0);
    const tabs = tmp();
    await run('export-workbook', sample, '-o', tabs, '--delimiter', 'tab');
    expect(readFileSync(join(tabs, 'Organ.csv'), 'utf8')).toContain('id\tNamn\t');
  });

  it('writes the set whole or not at all: a folder where a file goes is found before anything is written, and no staging folder is left', async () => {
    const dir = tmp();
    const out = join(dir, 'csv');
    mkdirSync(join(out, 'Satsningar.csv'), { recursive: true });
    const r = await run('export-workbook', sample, '-o', out, '--lang', 'sv');
    expect([r.code, r.err]).toEqual([2, `mandat: ${join(out, 'Satsningar.csv')} är en mapp, inte en fil; inget skrevs.\n`]);
    expect(readdirSync(out)).toEqual(['Satsningar.csv']);
    rmSync(join(out, 'Satsningar.csv'), { recursive: true });
    const ok = await run('export-workbook', sample, '-o', out);
    expect(ok.code).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(out)).toContain('Organ.csv');
  });

  it('refuses -o with a file name that is not .xlsx rather than make a folder of that name', async () => {
    const dir = tmp();
    const r = await run('export-workbook', sample, '-o', join(dir, 'karta.csv'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/karta\.csv looks like a file; give an \.xlsx file, or a folder/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a separator it does not know', async () => {
    const r = await run('export-workbook', sample, '-o', tmp(), '--delimiter', '|', '--lang', 'sv');
    expect([r.code, r.err]).toEqual([2, 'mandat: --delimiter ska vara ";", "," eller tab, inte "|".\n']);
  });
});

describe('mandat import', () => {
  it('says what came in, in the chosen language', async () => {
    const dir = tmp();
    const xlsx = join(dir, 'karta.xlsx');
    await run('export-workbook', sample, '-o', xlsx);
    const [bodies, members] = sampleCounts();
    const sv = await run('import', xlsx, '-o', join(dir, 'a.mandat'), '--lang', 'sv');
    expect(sv.out).toMatch(new RegExp(`a\\.mandat: Importerade ${bodies} organ, ${members} ledamöter, \\d+ medlemskap, \\d+ rapporteringslinjer`));
    const en = await run('import', xlsx, '-o', join(dir, 'b.mandat'), '--lang', 'en');
    expect(en.out).toMatch(new RegExp(`b\\.mandat: Imported ${bodies} bodies, ${members} members, \\d+ memberships, \\d+ reporting lines`));
  });

  it('notes a CSV file that was not UTF-8 and a column it did not read, and imports the rest', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'Organ.csv'), Buffer.from('id;Namn;Slag;Färg\nbra;Brottsförebyggande rådet;råd;blå\n', 'latin1'));
    const r = await run('import', dir, '-o', join(dir, 'karta.mandat'), '--lang', 'sv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Importerade 1 organ, 0 ledamöter');
    expect(r.err).toContain('obs: Organ: filen var inte UTF-8 och lästes som Windows-1252');
    expect(r.err).toContain('obs: Organ, rad 1, kolumn Färg: kolumnen är okänd och lästes inte.');
    const back = restoreText(readFileSync(join(dir, 'karta.mandat'), 'utf8'));
    expect(back.ok && back.model.bodies.get('bra')?.name).toBe('Brottsförebyggande rådet');
  });

  it('refuses a workbook over the limits with a message naming the limit', async () => {
    const dir = tmp();
    const big = join(dir, 'stor.xlsx');
    writeFileSync(big, Buffer.alloc(11 * 1024 * 1024));
    const r = await run('import', big, '-o', join(dir, 'x.mandat'), '--lang', 'en');
    expect([r.code, r.err]).toEqual([2, `mandat: ${big} could not be imported: one error. Nothing was imported.\n  The workbook is 11 MB; the limit is 10 MB.\n`]);
  });
});

/** A read-only disk: a tmpfs mounted read-only, where this machine lets the tests mount one (root on Linux), else null. */
function readOnlyDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'mandat-cli-readonly-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]).status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return null;
}

// Skipped, not passed, where this machine may not mount a disk (not root, or a container that forbids it).
describe('mandat export-workbook to a read-only disk', () => {
  let disk: string | null = null;
  beforeAll(() => {
    disk = readOnlyDisk();
  });
  afterAll(() => {
    if (!disk) return;
    spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it('names the folder that cannot be written in, not "the folder does not exist" (Node says ENOENT there)', async (ctx) => {
    if (!disk) return ctx.skip();
    const out = join(disk!, 'ut', 'csv');
    const r = await run('export-workbook', sample, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`mandat: Mappen ${out} kunde inte skapas: det går inte att skriva i ${disk} (behörighet saknas eller skrivskyddat).\n`);
    const xlsx = await run('export-workbook', sample, '-o', join(disk!, 'karta.xlsx'), '--lang', 'en');
    expect(xlsx.err).toContain('may not be written (permission denied, read-only, or open in another program)');
  });
});
