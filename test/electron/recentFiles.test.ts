import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addRecent, isAllowedPath, loadRecent, MAX_RECENT, removeRecent, saveRecent } from '../../electron/files/recentFiles';
import { fsError, removeTempFolders, tempFolder } from './faultyFs';

afterAll(removeTempFolders);

const linux = 'linux' as const;

describe('the recent-files list', () => {
  it('puts the latest first, without duplicates, and keeps at most 10', () => {
    let list: readonly string[] = [];
    for (let i = 1; i <= 12; i++) list = addRecent(list, `/kartor/karta${i}.mandat`, linux);
    list = addRecent(list, '/kartor/./karta5.mandat', linux);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list.slice(0, 3)).toEqual(['/kartor/karta5.mandat', '/kartor/karta12.mandat', '/kartor/karta11.mandat']);
    expect(list.filter((p) => p === '/kartor/karta5.mandat')).toHaveLength(1);
  });

  it('treats paths differing only in case as one file on Windows', () => {
    const list = addRecent(addRecent([], 'C:\\Kartor\\Eskilstuna.mandat', 'win32'), 'c:\\kartor\\ESKILSTUNA.mandat', 'win32');
    expect(list).toEqual(['c:\\kartor\\ESKILSTUNA.mandat']);
  });

  it('ignores relative paths and removes entries', () => {
    expect(addRecent([], 'karta.mandat', linux)).toEqual([]);
    expect(removeRecent(['/a.mandat', '/b.mandat'], '/a.mandat', linux)).toEqual(['/b.mandat']);
  });

  it('is stored as JSON and read back', async () => {
    const file = join(tempFolder(), 'recent.json');
    expect((await saveRecent(file, ['/b.mandat', '/a.mandat'])).ok).toBe(true);
    expect(await loadRecent(file, undefined, linux)).toEqual({ list: ['/b.mandat', '/a.mandat'] });
  });

  it('is empty without complaint when the file is missing, and empty with a note when it is broken', async () => {
    const dir = tempFolder();
    expect(await loadRecent(join(dir, 'saknas.json'))).toEqual({ list: [] });
    writeFileSync(join(dir, 'trasig.json'), '{"files": ["/a.mand');
    const broken = await loadRecent(join(dir, 'trasig.json'));
    expect(broken.list).toEqual([]);
    expect(broken.problem?.en).toBe('The list of recently opened files was damaged and has been emptied.');
    const unreadable = await loadRecent('/x.json', { readFile: async () => Promise.reject(fsError('EACCES')) });
    expect(unreadable).toMatchObject({ list: [], problem: { sv: 'Listan över senast öppnade filer kunde inte läsas (EACCES).' } });
  });

  it('keeps the good entries of a partly broken list', async () => {
    const file = join(tempFolder(), 'recent.json');
    writeFileSync(file, JSON.stringify({ version: 1, files: ['/a.mandat', 42, 'relativ.mandat', '/a.mandat', '/b.mandat'] }));
    const loaded = await loadRecent(file, undefined, linux);
    expect(loaded.list).toEqual(['/a.mandat', '/b.mandat']);
    expect(loaded.problem).toBeDefined();
  });
});

describe('isAllowedPath', () => {
  const recent = ['/kartor/eskilstuna.mandat'];
  const chosen = new Set(['/home/anna/Skrivbord/ny.mandat']);

  it('allows files from the recent list and files chosen in a dialog this session', () => {
    expect(isAllowedPath(recent, chosen, '/kartor/eskilstuna.mandat', linux)).toBe(true);
    expect(isAllowedPath(recent, chosen, '/home/anna/Skrivbord/ny.mandat', linux)).toBe(true);
    expect(isAllowedPath(recent, chosen, '/kartor/../kartor/eskilstuna.mandat', linux)).toBe(true);
  });

  it('refuses any other path, relative paths, paths with NUL and things that are no strings', () => {
    expect(isAllowedPath(recent, chosen, '/etc/passwd', linux)).toBe(false);
    expect(isAllowedPath(recent, chosen, '/kartor/eskilstuna.mandat/../../etc/passwd', linux)).toBe(false);
    expect(isAllowedPath(recent, chosen, 'eskilstuna.mandat', linux)).toBe(false);
    expect(isAllowedPath(recent, chosen, '/kartor/eskilstuna.mandat\0.png', linux)).toBe(false);
    expect(isAllowedPath(recent, chosen, { path: '/kartor/eskilstuna.mandat' }, linux)).toBe(false);
    expect(isAllowedPath([], [], '/kartor/eskilstuna.mandat', linux)).toBe(false);
  });

  it('compares case-insensitively on Windows only', () => {
    expect(isAllowedPath(['C:\\Kartor\\A.mandat'], [], 'c:\\kartor\\a.MANDAT', 'win32')).toBe(true);
    expect(isAllowedPath(['/Kartor/A.mandat'], [], '/kartor/a.mandat', linux)).toBe(false);
  });
});
