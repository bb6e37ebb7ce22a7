import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { restoreText } from '../../shared/file/restore';

const root = join(__dirname, '../..');
const sample = join(root, 'examples/eskilstuna.mandat');

const run = runCli;

const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-cli-'));

describe('mandat check', () => {
  it('exits 1 when warnings are left, and 0 when only errors count and there are none', async () => {
    expect((await run('check', sample, '--as-of', '2023-06-01')).code).toBe(1);
    const r = await run('check', sample, '--as-of', '2023-06-01', '--fail-on', 'error');
    expect(r.code).toBe(0);
    expect(r.out).toContain('57 fynd: 0 fel, 46 varningar, 11 info; 10 kvitterade');
  });

  it('prints JSON in the chosen language, with acknowledged findings apart', async () => {
    const r = await run('check', sample, '--as-of', '2021-09-26', '--format', 'json', '--lang', 'en');
    const json = JSON.parse(r.out);
    expect(json.asOf).toBe('2021-09-26');
    expect(json.findings.map((f: { key: string }) => f.key)).toContain('undocumented-report:line-bra-ksau');
    expect(json.findings.find((f: { rule: string }) => f.rule === 'overlap').message).toMatch(/^Ledningsgruppen and SOG share 4/);
    expect(json.acknowledged).toHaveLength(8);
    expect(json.counts).toEqual({ error: 0, warning: 39, info: 11 });
  });

  it('exits 2 with a clear error on a missing file, a broken file, a bad date and a bad option', async () => {
    const missing = await run('check', 'nowhere.mandat', '--lang', 'en');
    expect([missing.code, missing.err]).toEqual([2, 'mandat: The file nowhere.mandat does not exist.\n']);
    const broken = await run('check', join(root, 'test/fixtures/files/dangling-decided-by.mandat'), '--lang', 'en');
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('Body 4, Decided by: no body with id "ks2"');
    const date = await run('check', sample, '--as-of', '2023-13-01', '--lang', 'sv');
    expect([date.code, date.err]).toEqual([2, 'mandat: --as-of ska vara ett datum ÅÅÅÅ-MM-DD, inte "2023-13-01".\n']);
    expect((await run('check', sample, '--colour')).code).toBe(2);
    expect((await run('check', sample, '--fail-on', 'never')).code).toBe(2);
    expect((await run('frobnicate', sample)).code).toBe(2);
  });

  it('shows help for the tool and for each command', async () => {
    const r = await run('check', '--help', '--lang', 'en');
    expect([r.code, r.out]).toEqual([0, expect.stringContaining('--fail-on LEVEL')]);
    expect((await run('--help', '--lang', 'en')).out).toContain('mandat import WORKBOOK -o FILE.mandat');
    expect((await run('import', '--help', '--lang', 'sv')).out).toContain('ingenting importeras');
  });
});

describe('mandat import and export-workbook', () => {
  it('exports the sample to .xlsx and CSV and imports both back to the same map', async () => {
    const dir = tmp();
    const xlsx = join(dir, 'map.xlsx');
    expect((await run('export-workbook', sample, '-o', xlsx)).code).toBe(0);
    expect((await run('import', xlsx, '-o', join(dir, 'from-xlsx.mandat'))).code).toBe(0);
    expect((await run('export-workbook', sample, '-o', join(dir, 'csv'))).code).toBe(0);
    expect((await run('import', join(dir, 'csv'), '-o', join(dir, 'from-csv.mandat'))).code).toBe(0);
    const original = restoreText(readFileSync(sample, 'utf8'));
    for (const name of ['from-xlsx.mandat', 'from-csv.mandat']) {
      const back = restoreText(readFileSync(join(dir, name), 'utf8'));
      expect(back.ok && back.model, name).toEqual(original.ok && original.model);
    }
  });

  it('checks a CSV folder directly, and refuses one with errors naming sheet, row and column', async () => {
    const dir = tmp();
    await run('export-workbook', sample, '-o', dir);
    // On a date before Lag (2023:196): after it the sample has the law's errors (no lägesbild, …).
    expect((await run('check', dir, '--as-of', '2023-06-01', '--fail-on', 'error')).code).toBe(0);
    // The sample is a Swedish map: Swedish file and column names, `;` between cells.
    const members = join(dir, 'Medlemskap.csv');
    writeFileSync(members, readFileSync(members, 'utf8').replace('ms-kd-bra;kd;bra;', 'ms-kd-bra;kd;ks2;'));
    const r = await run('check', dir, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Medlemskap, row \d+, column Organ: .*"ks2"/);
  });

  it('says plainly when the output cannot be written, and leaves nothing behind', async () => {
    const dir = tmp();
    const xlsx = join(dir, 'map.xlsx');
    await run('export-workbook', sample, '-o', xlsx);
    const target = join(dir, 'no-such-folder', 'map.mandat');
    const r = await run('import', xlsx, '-o', target, '--lang', 'en');
    expect([r.code, r.err]).toEqual([2, `mandat: The folder for ${target} does not exist.\n`]);
    expect(readdirSync(dir)).toEqual(['map.xlsx']);
  });

  it('refuses to import a map file or to write anything but .mandat', async () => {
    const again = await run('import', sample, '-o', join(tmp(), 'x.mandat'), '--lang', 'en');
    expect([again.code, again.err]).toEqual([2, `mandat: ${sample} is already a .mandat file.\n`]);
    expect((await run('import', sample, '-o', 'x.json', '--lang', 'en')).err).toBe('mandat: x.json must end in .mandat.\n');
  });
});

describe('the mandat command', () => {
  it('runs as a program with the exit codes of the check', () => {
    const bin = join(root, 'bin/mandat.js');
    const ok = spawnSync(process.execPath, [bin, 'check', sample, '--as-of', '2023-06-01', '--fail-on', 'error'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const warn = spawnSync(process.execPath, [bin, 'check', sample, '--as-of', '2023-06-01'], { encoding: 'utf8' });
    expect(warn.status).toBe(1);
    const bad = spawnSync(process.execPath, [bin, 'check', 'no.mandat'], { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } });
    expect([bad.status, bad.stderr]).toEqual([2, 'mandat: The file no.mandat does not exist.\n']);
  });
});

describe('arguments that do not parse', () => {
  it('are said in the language asked for, by the option, without the parser’s English', async () => {
    const missing = await run('check', sample, '--as-of', '--lang', 'sv');
    expect([missing.code, missing.err]).toEqual([2, 'mandat: Flaggan --as-of behöver ett datum direkt efter sig, till exempel --as-of 2023-02-21.\nSkriv "mandat --help" för hjälp.\n']);
    const unknown = await run('check', sample, '--unknown-flag', '--lang=en');
    expect([unknown.code, unknown.err]).toEqual([2, 'mandat: Unknown option --unknown-flag.\nType "mandat --help" for help.\n']);
    const valued = await run('export', sample, '--landscape=yes', '--lang', 'sv');
    expect(valued.err).toMatch(/^mandat: Flaggan --landscape tar inget värde\./);
    // A value starting with a dash is read as an option by the parser: said, with the way to give it.
    const dashed = await run('export', sample, '--scale', '-1', '--lang', 'sv');
    expect([dashed.code, dashed.err]).toEqual([2, 'mandat: Flaggan --scale behöver ett värde direkt efter sig; -1 läses som en flagga eftersom det börjar med ett streck. Skriv --scale=-1 om det är värdet.\nSkriv "mandat --help" för hjälp.\n']);
    for (const r of [missing, unknown, valued, dashed]) expect(r.err).not.toMatch(/positional|<value>|argument missing/);
  });
});
