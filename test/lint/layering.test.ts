import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the layering rules', () => {
  it('refuse node:* imports, node modules and host globals in shared/', async () => {
    expect(await problems('shared/model/bad.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('shared/model/bad.ts', "import path from 'path';\nexport const p = path;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('shared/model/bad.ts', 'export const env = process.env;\n')).toEqual(['no-restricted-globals']);
  });

  it('refuse react, electron and zustand in shared/, and electron in the renderer', async () => {
    expect(await problems('shared/x.ts', "import React from 'react';\nexport const r = React;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('shared/x.ts', "import { create } from 'zustand';\nexport const c = create;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual(['no-restricted-imports']);
  });

  it('allow what each layer may use', async () => {
    expect(await problems('shared/x.ts', "import * as Y from 'yjs';\nexport const d = new Y.Doc();\n")).toEqual([]);
    expect(await problems('cli/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toEqual([]);
  });

  it('refuse .only in tests', async () => {
    expect(await problems('test/x.test.ts', "import { it } from 'vitest';\nit.only('x', () => {});\n")).toEqual(['no-restricted-properties']);
  });
});
