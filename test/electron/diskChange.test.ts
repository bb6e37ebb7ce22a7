import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveAtomically } from '../../electron/files/atomicSave';
import { checkBeforeSave, readForOpen, snapshotFile, type DiskSnapshot } from '../../electron/files/diskChange';
import { fsError, realFs, removeTempFolders, tempFolder } from './faultyFs';

afterAll(removeTempFolders);

async function opened(content = '{"format":"mandat","version":1}\n') {
  const path = join(tempFolder(), 'delad.mandat');
  writeFileSync(path, content);
  const read = await readForOpen(path);
  if (!read.ok) throw new Error(read.error.message.en);
  return { path, read };
}

describe('readForOpen', () => {
  it('returns the text and remembers its size, time and SHA-256', async () => {
    const { read } = await opened('Kommunfullmäktige\n');
    expect(read.text).toBe('Kommunfullmäktige\n');
    expect(read.snapshot.size).toBe(Buffer.byteLength('Kommunfullmäktige\n'));
    expect(read.snapshot.sha256).toBe(createHash('sha256').update('Kommunfullmäktige\n').digest('hex'));
    expect(read.snapshot.mtimeMs).toBeGreaterThan(0);
    expect(read.utf8).toBe(true);
  });

  it('says whether the bytes were UTF-8, so a � written in a map is not taken for Windows-1252', async () => {
    const path = join(tempFolder(), 'latin1.mandat');
    writeFileSync(path, Buffer.from('{"name": "Br\u00e5"}', 'latin1'));
    const read = await readForOpen(path);
    if (!read.ok) throw new Error(read.error.message.en);
    expect([read.text, read.utf8]).toEqual(['{"name": "Br\uFFFD"}', false]);
    const written = await opened('{"name": "Br\uFFFD"}');
    expect([written.read.text, written.read.utf8]).toEqual(['{"name": "Br\uFFFD"}', true]);
  });

  it('says plainly when the file is missing or unreadable', async () => {
    const missing = await readForOpen(join(tempFolder(), 'borta.mandat'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'missing', message: { sv: 'Filen finns inte (längre).' } } });
    const denied = await readForOpen('/x.mandat', { stat: async () => ({ size: 1, mtimeMs: 1 }), readFile: async () => Promise.reject(fsError('EACCES')) });
    expect(denied).toMatchObject({ ok: false, error: { code: 'permission' } });
  });
});

describe('checkBeforeSave', () => {
  it('is unchanged while nobody else has saved', async () => {
    const { path, read } = await opened();
    expect(await checkBeforeSave(path, read.snapshot)).toBe('unchanged');
  });

  it('is unchanged when only the time changed (a sync client rewrote the same bytes)', async () => {
    const { path, read } = await opened();
    utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await checkBeforeSave(path, read.snapshot)).toBe('unchanged');
  });

  it('is changed when a colleague saved other content of the same size', async () => {
    const { path, read } = await opened('version A\n');
    writeFileSync(path, 'version B\n');
    expect(await checkBeforeSave(path, read.snapshot)).toBe('changed');
  });

  it('is changed when the size differs, without reading the file', async () => {
    const { path, read } = await opened('kort\n');
    writeFileSync(path, 'mycket längre nu\n');
    let reads = 0;
    const fs = { stat: (p: string) => stat(p), readFile: async (p: string) => (reads++, realFs.readFile(p)) };
    expect(await checkBeforeSave(path, read.snapshot, fs)).toBe('changed');
    expect(reads).toBe(0);
  });

  it('is missing when the file was deleted or moved', async () => {
    const { path, read } = await opened();
    rmSync(path);
    expect(await checkBeforeSave(path, read.snapshot)).toBe('missing');
  });

  it('counts a file it cannot read as changed, so the caller asks before overwriting', async () => {
    const remembered: DiskSnapshot = { size: 3, mtimeMs: 1, sha256: 'x' };
    const fs = { stat: async () => ({ size: 3, mtimeMs: 1 }), readFile: async () => Promise.reject(fsError('EACCES')) };
    expect(await checkBeforeSave('/x.mandat', remembered, fs)).toBe('changed');
  });

  it('is unchanged after our own save once the new state is remembered', async () => {
    const { path, read } = await opened();
    expect((await saveAtomically(path, 'vår nya version\n')).ok).toBe(true);
    expect(await checkBeforeSave(path, read.snapshot)).toBe('changed');
    const after = await snapshotFile(path);
    expect(after).not.toBeNull();
    expect(await checkBeforeSave(path, after as DiskSnapshot)).toBe('unchanged');
  });
});
