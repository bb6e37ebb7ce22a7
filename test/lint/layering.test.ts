import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** typescript-eslint's variant: the one that knows type-only imports. */
const RESTRICTED = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('the layering rules', () => {
  it('refuse node:* imports, node modules and host globals in shared/', async () => {
    expect(await problems('shared/model/bad.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toEqual([RESTRICTED]);
    expect(await problems('shared/model/bad.ts', "import path from 'path';\nexport const p = path;\n")).toEqual([RESTRICTED]);
    expect(await problems('shared/model/bad.ts', 'export const env = process.env;\n')).toEqual(['no-restricted-globals']);
  });

  it('refuse react, electron and zustand in shared/, and electron in the renderer', async () => {
    expect(await problems('shared/x.ts', "import React from 'react';\nexport const r = React;\n")).toEqual([RESTRICTED]);
    expect(await problems('shared/x.ts', "import { create } from 'zustand';\nexport const c = create;\n")).toEqual([RESTRICTED]);
    expect(await problems('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual([RESTRICTED]);
  });

  it('allow what each layer may use', async () => {
    expect(await problems('shared/x.ts', "import * as Y from 'yjs';\nexport const d = new Y.Doc();\n")).toEqual([]);
    expect(await problems('cli/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toEqual([]);
  });

  it('allow type-only imports across layers and still refuse value imports', async () => {
    const typeOnly = "import type { ComponentType } from 'react';\nexport type C = ComponentType;\n";
    expect(await problems('shared/x.ts', typeOnly)).toEqual([]);
    expect(await problems('shared/x.ts', "import { useState } from 'react';\nexport const u = useState;\n")).toEqual([RESTRICTED]);
    // A folder of another layer: the renderer may name a server type, not call server code.
    expect(await problems('renderer/src/x.ts', "import type { RequestHandler } from '../../server/webFiles';\nexport type H = RequestHandler;\n")).toEqual([]);
    expect(await problems('renderer/src/x.ts', "import { noWebBuild } from '../../server/webFiles';\nexport const h = noWebBuild;\n")).toEqual([RESTRICTED]);
    expect(await problems('shared/x.ts', "import { type Platform } from '../renderer/src/platform/types';\nexport type P = Platform;\n")).toEqual([]);
    expect(await problems('electron/x.ts', "import type { Loaded } from '../renderer/src/files';\nexport type L = Loaded;\n")).toEqual([]);
    expect(await problems('electron/x.ts', "import { openSample } from '../renderer/src/files';\nexport const o = openSample;\n")).toEqual([RESTRICTED]);
  });

  it('refuse node:* imports in shared/ even as types (its programs have no Node types)', async () => {
    expect(await problems('shared/x.ts', "import type { Stats } from 'node:fs';\nexport type S = Stats;\n")).toEqual([RESTRICTED]);
  });

  it('refuse .only in tests', async () => {
    expect(await problems('test/x.test.ts', "import { it } from 'vitest';\nit.only('x', () => {});\n")).toEqual(['no-restricted-properties']);
  });
});
