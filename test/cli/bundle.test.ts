import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_DIR, BUNDLE_ENTRY, BUNDLE_MANIFEST, bundleIsFresh, stampOf } from '../../bin/cliBundle.js';

const root = join(__dirname, '../..');
const sample = join(root, 'examples/eskilstuna.mandat');
const bin = join(root, 'bin/mandat.js');

/** The modules a bundle file loads before it runs: its static imports and theirs (dynamic ones load on demand). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(join(BUNDLE_DIR, file), 'utf8');
  for (const [, spec] of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?"([^"]+)";?$/gms)) {
    if (spec === undefined || seen.has(spec)) continue;
    seen.add(spec);
    if (spec.startsWith('./')) staticImports(spec.slice(2), seen);
  }
  return seen;
}

describe('the bundled command line', () => {
  it('is built before the tests and up to date with the sources it was built from', () => {
    const manifest = JSON.parse(readFileSync(BUNDLE_MANIFEST, 'utf8')) as { inputs: string[] };
    expect(manifest.inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/check.ts', 'shared/analysis/analyse.ts', 'scripts/build-cli.js']));
    expect(bundleIsFresh()).toBe(true);
  });

  it('is stale when a source is newer than the build, put back with another size or time, or gone, or the manifest is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandat-bundle-'));
    const source = join(dir, 'a.ts');
    writeFileSync(source, '');
    writeFileSync(join(dir, 'mandat.mjs'), '');
    const built = Date.now();
    utimesSync(source, new Date(built - 10_000), new Date(built - 10_000));
    const manifest = { builtAt: built, inputs: ['a.ts'], stamps: { 'a.ts': stampOf(source) } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(bundleIsFresh(dir, dir)).toBe(true);
    utimesSync(source, new Date(built + 10_000), new Date(built + 10_000));
    expect(bundleIsFresh(dir, dir)).toBe(false);
    // An older copy restored with its old time (unzip, cp -p) is a change too.
    writeFileSync(source, 'export const changed = 1;');
    utimesSync(source, new Date(built - 20_000), new Date(built - 20_000));
    expect(bundleIsFresh(dir, dir)).toBe(false);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ builtAt: built, inputs: ['a.ts'] }));
    expect(bundleIsFresh(dir, dir)).toBe(false);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ builtAt: built, inputs: ['gone.ts'], stamps: {} }));
    expect(bundleIsFresh(dir, dir)).toBe(false);
    expect(bundleIsFresh(join(dir, 'nothing-here'), dir)).toBe(false);
  });

  it('loads no export, workbook or server library to check a map: those come with their commands', () => {
    const entry = readFileSync(BUNDLE_ENTRY, 'utf8');
    const check = /import\("\.\/(check-[A-Z0-9]+\.mjs)"\)/.exec(entry)?.[1];
    expect(check).toBeDefined();
    const loaded = new Set([...staticImports('mandat.mjs'), ...staticImports(check!)]);
    expect(loaded).toContain('yjs');
    for (const heavy of ['exceljs', 'docx', 'jspdf', 'papaparse', '@resvg/resvg-js', '@hocuspocus/server', 'pg'])
      expect(loaded, heavy).not.toContain(heavy);
    // The same reading finds them where they belong: the export command loads the document libraries.
    const exportChunk = /import\("\.\/(exportCommand-[A-Z0-9]+\.mjs)"\)/.exec(entry)?.[1];
    expect([...staticImports(exportChunk!)]).toEqual(expect.arrayContaining(['docx', 'jspdf', 'exceljs']));
  });

  it('prints what the sources print, and the program runs the bundle unless told to take the sources', () => {
    const args = [bin, 'check', sample, '--as-of', '2023-06-01', '--lang', 'en'];
    const bundled = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const fromSource = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, MANDAT_CLI_FROM_SOURCE: '1' } });
    expect(bundled.status).toBe(1);
    expect(bundled.stdout).toContain('57 findings');
    expect([bundled.status, bundled.stdout, bundled.stderr]).toEqual([fromSource.status, fromSource.stdout, fromSource.stderr]);
  });
});
