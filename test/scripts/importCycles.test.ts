// The import-cycle check of `npm test`, run as scripts/test.js runs it, on folders made
// for the test: it must fail on a cycle (and name it) and pass without one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { madgeCycleArgs } from '../../scripts/importCycles.js';

const root = new URL('../..', import.meta.url).pathname;
const madge = join(root, 'node_modules', '.bin', 'madge');
const made: string[] = [];

/** A folder holding `files` (name → source). */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-cycles-'));
  made.push(dir);
  mkdirSync(join(dir, 'src'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, 'src', name), source);
  return dir;
}

function runCheck(dir: string) {
  const r = spawnSync(madge, madgeCycleArgs(['src'], root), { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the import-cycle check', () => {
  it('fails on two modules that import each other, naming them', () => {
    const dir = folderWith({
      'open.ts': "import { merge } from './merge';\nexport const open = () => merge();\n",
      'merge.ts': "import { open } from './open';\nexport const merge = () => open;\n",
    });
    const r = runCheck(dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/merge\.ts/);
    expect(r.output).toMatch(/open\.ts/);
  });

  it('passes when the imports go one way', () => {
    const dir = folderWith({
      'read.ts': "export const read = () => 1;\n",
      'open.ts': "import { read } from './read';\nexport const open = () => read();\n",
      'merge.ts': "import { open } from './open';\nexport const merge = () => open();\n",
    });
    expect(runCheck(dir).status).toBe(0);
  });
});
