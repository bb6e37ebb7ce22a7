import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_DIR, freshCheckScript, readManifest, stampOf } from '../../bin/cliBundle.js';
import { cachePathOf } from '../../bin/checkScript.js';
import { runCli } from './runCli';

const root = join(__dirname, '../..');
const sample = join(root, 'examples/eskilstuna.mandat');
const bin = join(root, 'bin/mandat.js');
const scratch = () => mkdtempSync(join(tmpdir(), 'mandat-check-script-'));

/** `mandat ARGS` as a program: exit code and what it printed. */
function program(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const caches = () => readdirSync(BUNDLE_DIR).filter((n) => n.endsWith('.v8cache'));

describe('mandat check from the check script', () => {
  it('is built with the bundle and up to date', () => {
    const script = freshCheckScript();
    expect(script).not.toBeNull();
    expect(readManifest()?.check?.inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/check.ts', 'bin/checkScript.js']));
  });

  it('prints what the ES module bundle prints, with the same exit codes, cold and warm', async () => {
    const dir = scratch();
    // A copy edited by hand (its model no longer matches its Yjs state): check reports the repair on stderr.
    const edited = JSON.parse(readFileSync(sample, 'utf8')) as { map: { name: string } };
    edited.map.name = 'Handredigerad';
    const editedFile = join(dir, 'edited.mandat');
    writeFileSync(editedFile, JSON.stringify(edited));
    // A workbook: the script loads the workbook reader (exceljs) only for it.
    const xlsx = join(dir, 'map.xlsx');
    expect(program('export-workbook', sample, '-o', xlsx).code).toBe(0);
    const cases = [
      ['check', sample],
      ['check', sample, '--format', 'json', '--lang', 'en', '--as-of', '2023-06-01'],
      ['check', sample, '--rules', 'law', '--fail-on', 'error'],
      ['check', sample, '--help'],
      ['check', editedFile, '--lang', 'en'],
      ['check', xlsx, '--as-of', '2022-01-01'],
      ['check', sample, '--format', 'xml'],
      ['check', join(dir, 'missing.mandat')],
      ['check', sample, '--no-such-option'],
    ];
    for (const dropCache of [true, false]) {
      if (dropCache) for (const name of caches()) rmSync(join(BUNDLE_DIR, name));
      for (const args of cases) {
        const expected = await runCli(...args);
        expect(program(...args), args.join(' ')).toEqual(expected);
      }
      // The program took the check script: it wrote the script's code cache.
      expect(caches().length).toBeGreaterThan(0);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the check script for any other order of the arguments, with the same output', () => {
    const plain = program('check', sample, '--lang', 'en', '--as-of', '2023-06-01');
    expect(plain.code).toBe(1);
    expect(program('--lang', 'en', 'check', sample, '--as-of', '2023-06-01')).toEqual(plain);
  });

  it('holds yjs and lib0 and none of the other commands or their libraries', () => {
    const code = readFileSync(freshCheckScript()!, 'latin1');
    expect(code).not.toMatch(/require\("(yjs|lib0)/);
    for (const other of ['@hocuspocus/server', 'docx', 'jspdf', '@resvg/resvg-js', 'pg', 'ws']) expect(code, other).not.toContain(`require("${other}")`);
    // A classic script run by vm cannot import(): nothing in it may (the help's words "import(export(map))" are text).
    expect(code.replaceAll('import(export(', '')).not.toMatch(/\bimport\(/);
    expect(code).not.toMatch(/[\u0080-\uffff]/);
  });
});

describe('the check script’s freshness', () => {
  function fixture() {
    const dir = scratch();
    const source = join(dir, 'a.ts');
    writeFileSync(source, '');
    writeFileSync(join(dir, 'mandat.mjs'), '');
    writeFileSync(join(dir, 'check-X.cjs'), '');
    const built = Date.now();
    utimesSync(source, new Date(built - 10_000), new Date(built - 10_000));
    const manifest = { builtAt: built, inputs: ['a.ts'], stamps: { 'a.ts': stampOf(source) }, check: { script: 'check-X.cjs', inputs: ['a.ts'] } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return { dir, source, built, manifest };
  }

  it('is the script when its inputs are unchanged, and null when one changed, the script is gone or the build had none', () => {
    const { dir, source, built, manifest } = fixture();
    expect(freshCheckScript(dir, dir)).toBe(join(dir, 'check-X.cjs'));
    utimesSync(source, new Date(built + 10_000), new Date(built + 10_000));
    expect(freshCheckScript(dir, dir)).toBeNull();
    utimesSync(source, new Date(built - 10_000), new Date(built - 10_000));
    expect(freshCheckScript(dir, dir)).not.toBeNull();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, check: undefined }));
    expect(freshCheckScript(dir, dir)).toBeNull();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, check: { script: '../check-X.cjs', inputs: [] } }));
    expect(freshCheckScript(dir, dir)).toBeNull();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    rmSync(join(dir, 'check-X.cjs'));
    expect(freshCheckScript(dir, dir)).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the code cache', () => {
  function script(body = 'exports.answer = () => 6 * 7;') {
    const dir = scratch();
    const path = join(dir, 'script.cjs');
    writeFileSync(path, `'use strict';\n${body}\n`);
    return { dir, path };
  }

  /**
   * Loads the script in a fresh Node, as the program does (V8 keeps what it compiled within
   * a process, so a second load here would not read the cache at all), and saves the cache.
   */
  function load(path: string, useCache = true): { cache: string; answer: number } {
    const code = `const l = require(${JSON.stringify(join(root, 'bin/checkScript.js'))}).loadCheckScript(${JSON.stringify(path)}, { useCache: ${useCache} });
      console.log(JSON.stringify({ cache: l.cache, answer: l.exports.answer() })); l.saveCache();`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { cache: string; answer: number };
  }

  it('is written after a run without one and used by the next', () => {
    const { dir, path } = script();
    expect(load(path)).toEqual({ cache: 'missing', answer: 42 });
    expect(existsSync(cachePathOf(path))).toBe(true);
    expect(load(path)).toEqual({ cache: 'used', answer: 42 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not read for a script changed since, nor for another Node, and a damaged one is refused and replaced', () => {
    const { dir, path } = script();
    load(path);
    // The script rewritten with other code of the same length: its stamp differs, so the cache is not read.
    writeFileSync(path, `'use strict';\nexports.answer = () => 6 * 8;\n`);
    utimesSync(path, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    expect(load(path)).toEqual({ cache: 'missing', answer: 48 });
    expect(load(path)).toEqual({ cache: 'used', answer: 48 });
    // A cache whose first line names another Node version is not read.
    const fresh = readFileSync(cachePathOf(path));
    const newline = fresh.indexOf(10);
    const header = JSON.parse(fresh.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
    writeFileSync(cachePathOf(path), Buffer.concat([Buffer.from(JSON.stringify({ ...header, node: 'v0.0.0' }) + '\n'), fresh.subarray(newline + 1)]));
    expect(load(path).cache).toBe('missing');
    // Damaged V8 data behind a right first line: V8 refuses it, the script compiles from source and the cache is replaced.
    writeFileSync(cachePathOf(path), Buffer.concat([fresh.subarray(0, newline + 1), Buffer.from('not a code cache at all')]));
    expect(load(path)).toEqual({ cache: 'rejected', answer: 48 });
    expect(load(path)).toEqual({ cache: 'used', answer: 48 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('is neither read nor written when switched off, and a cache that cannot be written is skipped', () => {
    const { dir, path } = script();
    expect(load(path, false)).toEqual({ cache: 'missing', answer: 42 });
    expect(existsSync(cachePathOf(path))).toBe(false);
    // A folder where the cache would go: writing it fails, quietly, and leaves no temporary file.
    mkdirSync(cachePathOf(path));
    writeFileSync(join(cachePathOf(path), 'keep'), '');
    expect(load(path)).toEqual({ cache: 'missing', answer: 42 });
    expect(readdirSync(dir).sort()).toEqual(['script.cjs', 'script.cjs' + cachePathOf(path).slice(path.length)].sort());
    rmSync(dir, { recursive: true, force: true });
  });
});
