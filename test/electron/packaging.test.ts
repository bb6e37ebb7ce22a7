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
