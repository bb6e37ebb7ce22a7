// electron-builder.yml as electron-builder itself loads and validates it (its own loader,
// its scheme.json and ajv), without downloading Electron; and the files it packs checked
// against what build:desktop writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from 'vite';
import { desktopRendererOptions, SHELL_BUNDLES } from '../../scripts/buildShell.js';
import { buildShellOnce } from './standIn/loadBuilt';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'));

type Config = Record<string, unknown> & { files?: { filter: string[] }[] | string[] };
const { getConfig, validateConfiguration } = require('./out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
// electron-builder matches `files` with this minimatch and these options (app-builder-lib/out/fileMatcher.js).
const { Minimatch } = require('minimatch') as { Minimatch: new (pattern: string, options: { dot: boolean }) => { match(path: string): boolean } };

const validate = (config: Config) => validateConfiguration(config, new DebugLogger(false));
let config: Config;

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

describe("electron-builder.yml, checked with electron-builder's own schema", () => {
  it('is a valid configuration', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would refuse a misspelt or mistyped option (the check can fail)', async () => {
    await expect(validate({ ...config, nsis: { ...(config.nsis as object), perMachin: false } })).rejects.toThrow(/configuration\.nsis/);
    await expect(validate({ ...config, electronFuses: { ...(config.electronFuses as object), runAsNode: 'no' } })).rejects.toThrow(/electronFuses/);
  });

  it('associates .mandat files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'mandat', role: 'Editor', mimeType: 'application/x-mandat+json' })]);
  });

  it('installs per user without admin rights on Windows (NSIS), and builds a dmg, an AppImage and a deb', () => {
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.mac).toMatchObject({ target: 'dmg' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it("sets Electron's fuses: no running as Node, no inspector or NODE_OPTIONS, only the integrity-checked asar", () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });
});

describe('the files electron-builder packs, against what build:desktop writes', () => {
  const patterns = (): string[] => (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  const packed = (path: string): boolean => patterns().some((p) => new Minimatch(p, { dot: true }).match(path));

  it('packs main, preload and the renderer build, and the package.json whose main is the built main', async () => {
    const written = (await buildShellOnce()) as string[];
    expect(written.map((p) => relative(root, p))).toEqual(SHELL_BUNDLES.map(([, name]) => `out/${name}`));
    for (const file of written) expect(packed(relative(root, file)), relative(root, file)).toBe(true);
    expect(packed('out/web/index.html')).toBe(true);
    expect(packed('out/web/assets/index-abc123.js')).toBe(true);
    expect(packed('package.json')).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(written.map((p) => relative(root, p))).toContain(pkg.main);
  });

  it("puts the renderer's index.html at the top of out/web, where app://mandat/index.html looks", async () => {
    // Resolved as build-desktop.js builds it, without building it (that takes a minute).
    const config = await resolveConfig(desktopRendererOptions(root), 'build');
    expect(config.build.outDir).toBe(join(root, 'out', 'web'));
    const inputs = Object.values(config.build.rolldownOptions.input as Record<string, string>);
    expect(inputs.map((input) => relative(config.root, input))).toContain('index.html');
    expect(packed(relative(root, join(config.build.outDir, 'index.html')))).toBe(true);
  });

  it('packs no sources, tests, web build for the browser or installers', () => {
    for (const path of ['electron/main.ts', 'shared/ipc.ts', 'test/electron/boot/boot.test.ts', 'dist/web/index.html', 'dist/installers/Mandat.exe', 'node_modules/.bin/tsc', '.tmp/vitest.json']) {
      expect(packed(path), path).toBe(false);
    }
  });
});
