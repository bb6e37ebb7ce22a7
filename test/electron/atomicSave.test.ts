import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupPathOf, isTempFileOf, saveAtomically, tempPathOf, type SaveResult } from '../../electron/files/atomicSave';
import { flakyRename, fsError, fullDiskOpen, realFs, recordingSleep, removeTempFolders, tempFolder, withFaults } from './faultyFs';

const NOW = new Date('2024-05-02T10:00:00Z');

function mapFile(content = 'version 1\n') {
  const dir = tempFolder();
  const path = join(dir, 'karta.mandat');
  writeFileSync(path, content);
  return { dir, path };
}

function errorOf(result: SaveResult) {
  if (result.ok) throw new Error('expected the save to fail');
  return result.error;
}

afterAll(removeTempFolders);

const tempFilesIn = (dir: string, path: string) => readdirSync(dir).filter((name) => isTempFileOf(path, name));

describe('saveAtomically', () => {
  it('creates a new file and says how many bytes it wrote and when', async () => {
    const dir = tempFolder();
    const path = join(dir, 'ny.mandat');
    const result = await saveAtomically(path, 'Nämnd för ålderdom\n', { now: () => NOW });
    expect(result).toEqual({ ok: true, bytes: Buffer.byteLength('Nämnd för ålderdom\n'), savedAt: NOW });
    expect(readFileSync(path, 'utf8')).toBe('Nämnd för ålderdom\n');
    expect(readdirSync(dir)).toEqual(['ny.mandat']);
  });

  it('replaces a file and, once the new one is verified, removes the .bak', async () => {
    const { dir, path } = mapFile();
    expect((await saveAtomically(path, 'version 2\n')).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('version 2\n');
    expect(readdirSync(dir)).toEqual(['karta.mandat']);
  });

  it('keeps the previous version as name.mandat.bak until the read-back, and exactly one with keepBackup', async () => {
    const { path } = mapFile();
    const seenAtReadBack: string[] = [];
    const fs = withFaults({
      readFile: async (p) => {
        seenAtReadBack.push(readFileSync(backupPathOf(path), 'utf8'));
        return realFs.readFile(p);
      },
    });
    expect((await saveAtomically(path, 'version 2\n', { fs })).ok).toBe(true);
    expect(seenAtReadBack).toEqual(['version 1\n']);
    expect(existsSync(backupPathOf(path))).toBe(false);

    await saveAtomically(path, 'version 3\n', { keepBackup: true });
    await saveAtomically(path, 'version 4\n', { keepBackup: true });
    expect(readFileSync(backupPathOf(path), 'utf8')).toBe('version 3\n');
  });

  it('copies the previous version where the file system has no hard links', async () => {
    const { path } = mapFile();
    const fs = withFaults({ link: async () => Promise.reject(fsError('EPERM')) });
    expect((await saveAtomically(path, 'version 2\n', { fs, keepBackup: true })).ok).toBe(true);
    expect(readFileSync(backupPathOf(path), 'utf8')).toBe('version 1\n');
  });

  it('retries a rename refused with EPERM (as on Windows while a scanner holds the file) and then succeeds', async () => {
    const { dir, path } = mapFile();
    const rename = flakyRename('EPERM', 2);
    const { sleep, waits } = recordingSleep();
    const result = await saveAtomically(path, 'version 2\n', { fs: withFaults({ rename: rename.rename }), sleep, platform: 'win32' });
    expect(result.ok).toBe(true);
    expect(waits).toEqual([50, 100]);
    expect(readFileSync(path, 'utf8')).toBe('version 2\n');
    expect(tempFilesIn(dir, path)).toEqual([]);
  });

  it('gives up on a file that stays busy after 5 tries, keeping the complete temporary file and naming it', async () => {
    const { dir, path } = mapFile();
    const rename = flakyRename('EBUSY', Infinity);
    const { sleep, waits } = recordingSleep();
    const error = errorOf(await saveAtomically(path, 'version 2\n', { fs: withFaults({ rename: rename.rename }), sleep }));
    expect(error.code).toBe('busy');
    expect(rename.calls).toHaveLength(5);
    expect(waits).toEqual([50, 100, 200, 400]);
    expect(readFileSync(path, 'utf8')).toBe('version 1\n');
    expect(error.tempPath).toBeDefined();
    expect(tempFilesIn(dir, path)).toHaveLength(1);
    expect(readFileSync(error.tempPath ?? '', 'utf8')).toBe('version 2\n');
    expect(error.message.sv).toContain(error.tempPath);
    expect(error.message.en).toContain(`A complete copy of the map is in ${error.tempPath}.`);
  });

  it('calls a lasting EPERM busy on Windows and a permission problem elsewhere, keeping the copy in both', async () => {
    const { path } = mapFile();
    const options = { fs: withFaults({ rename: flakyRename('EPERM', Infinity).rename }), sleep: recordingSleep().sleep };
    const windows = errorOf(await saveAtomically(path, 'version 2\n', { ...options, platform: 'win32' }));
    const linux = errorOf(await saveAtomically(path, 'version 2\n', { ...options, platform: 'linux' }));
    expect([windows.code, linux.code]).toEqual(['busy', 'permission']);
    expect(windows.tempPath && linux.tempPath).toBeTruthy();
  });

  it('does not retry errors that do not go away', async () => {
    const { path } = mapFile();
    const rename = flakyRename('EXDEV', Infinity);
    const error = errorOf(await saveAtomically(path, 'version 2\n', { fs: withFaults({ rename: rename.rename }), sleep: recordingSleep().sleep }));
    expect([error.code, error.systemCode, rename.calls.length]).toEqual(['unknown', 'EXDEV', 1]);
  });

  it('reports a full disk plainly, leaves the file as it was and removes the partial temporary file', async () => {
    const { dir, path } = mapFile();
    const error = errorOf(await saveAtomically(path, 'version 2\n'.repeat(1000), { fs: withFaults({ open: fullDiskOpen(100) }) }));
    expect(error).toMatchObject({ code: 'disk-full', path, systemCode: 'ENOSPC' });
    expect(error.message).toEqual({
      sv: 'Disken är full; kartan sparades inte. Den är fortfarande öppen och inget har gått förlorat.',
      en: 'The disk is full; the map was not saved. It is still open and nothing is lost.',
    });
    expect(readFileSync(path, 'utf8')).toBe('version 1\n');
    expect(readdirSync(dir)).toEqual(['karta.mandat']);
  });

  it.each([
    ['EDQUOT', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EIO', 'unknown'],
  ])('maps %s when the temporary file cannot be created to %s', async (code, expected) => {
    const { path } = mapFile();
    const error = errorOf(await saveAtomically(path, 'version 2\n', { fs: withFaults({ open: async () => Promise.reject(fsError(code)) }) }));
    expect(error.code).toBe(expected);
    expect(error.message.sv).not.toBe(error.message.en);
    expect(readFileSync(path, 'utf8')).toBe('version 1\n');
  });

  it('says the folder is missing when it is (a disconnected drive)', async () => {
    const path = join(tempFolder(), 'borta', 'karta.mandat');
    const error = errorOf(await saveAtomically(path, 'x'));
    expect([error.code, error.systemCode]).toEqual(['folder-missing', 'ENOENT']);
    expect(error.message.en).toContain('folder does not exist');
  });

  it('does not replace a file that was made read-only', async () => {
    const { path } = mapFile();
    chmodSync(path, 0o444);
    expect(errorOf(await saveAtomically(path, 'version 2\n')).code).toBe('read-only');
    expect(readFileSync(path, 'utf8')).toBe('version 1\n');
  });

  it('keeps the previous version and says so when the read-back does not match', async () => {
    const { path } = mapFile();
    const fs = withFaults({ readFile: async () => Buffer.from('version 2 but broken\n') });
    const error = errorOf(await saveAtomically(path, 'version 2\n', { fs }));
    expect(error.code).toBe('verify-failed');
    expect(error.backupPath).toBe(backupPathOf(path));
    expect(readFileSync(backupPathOf(path), 'utf8')).toBe('version 1\n');
    expect(error.message.en).toContain(`The previous version is kept in ${backupPathOf(path)}.`);
  });

  it('accepts a platform that refuses to flush a folder, but not an input/output error there', async () => {
    const refusing = (code: string) =>
      withFaults({ open: async (p, flags, mode) => (flags === 'r' ? Promise.reject(fsError(code)) : realFs.open(p, flags, mode)) });
    for (const code of ['EISDIR', 'EINVAL', 'EPERM']) expect((await saveAtomically(mapFile().path, 'v2', { fs: refusing(code) })).ok).toBe(true);
    const error = errorOf(await saveAtomically(mapFile().path, 'v2', { fs: refusing('EIO') }));
    expect([error.code, error.systemCode]).toEqual(['unknown', 'EIO']);
  });

  it('saves through a symbolic link into the file it points to, keeping its permissions', async () => {
    const { dir, path } = mapFile();
    chmodSync(path, 0o640);
    const link = join(dir, 'genväg.mandat');
    symlinkSync(path, link);
    expect((await saveAtomically(link, 'version 2\n')).ok).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('version 2\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('names temporary files so that each save and each process has its own', () => {
    const temp = tempPathOf('/kartor/karta.mandat', 4711, 'a1b2c3');
    expect(temp).toBe('/kartor/.karta.mandat.4711.a1b2c3.tmp');
    expect(isTempFileOf('/kartor/karta.mandat', '.karta.mandat.4711.a1b2c3.tmp')).toBe(true);
    expect(isTempFileOf('/kartor/karta.mandat', '.annan.mandat.4711.a1b2c3.tmp')).toBe(false);
    expect(isTempFileOf('/kartor/karta.mandat', 'karta.mandat.bak')).toBe(false);
  });
});
