import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// electron-builder.yml is YAML; the keys checked here are simple "key: value" lines.
const config = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
const value = (key: string) => new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm').exec(config)?.[1]?.trim();

describe('packaging (electron-builder.yml)', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['grantFileProtocolExtraPrivileges', 'false'],
    ['onlyLoadAppFromAsar', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
  ])('sets the fuse %s to %s', (fuse, expected) => {
    expect(value(fuse)).toBe(expected);
  });

  it('installs per user without admin rights on Windows, and builds dmg, AppImage and deb', () => {
    expect(value('perMachine')).toBe('false');
    expect(value('allowElevation')).toBe('false');
    expect(value('target')).toBe('nsis');
    expect(config).toMatch(/mac:\s*\n\s*target: dmg/);
    expect(config).toMatch(/- AppImage\s*\n\s*- deb/);
  });

  it('associates .mandat files and has an icon', () => {
    expect(value('- ext')).toBe('mandat');
    expect(value('icon')).toBe('build/icon.png');
    expect(readFileSync(new URL('../../build/icon.png', import.meta.url)).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the shipped web build (vite.config.ts)', () => {
  it('holds the editor only; the bench page is built only for the bench, into its own folder', async () => {
    const { webBuildConfig } = await import('../../vite.config');
    const shipped = webBuildConfig(false).build;
    const bench = webBuildConfig(true).build;
    expect(Object.keys(shipped?.rolldownOptions?.input ?? {})).toEqual(['index']);
    expect(shipped?.outDir).toMatch(/dist[/\\]web$/);
    expect(Object.keys(bench?.rolldownOptions?.input ?? {})).toEqual(['index', 'bare']);
    expect(bench?.outDir).toMatch(/dist[/\\]bench-web$/);
    // The benchmark builds with the flag and serves the folder the flag builds into.
    const benchSource = readFileSync(new URL('../bench/browser.ts', import.meta.url), 'utf8');
    expect(benchSource).toContain("process.env.MANDAT_BENCH_PAGE = '1'");
    expect(benchSource).toContain("path.join(root, 'dist', 'bench-web')");
  });
});
