import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDroppedPaths } from '../../electron/files/droppedPaths';
import { fsError, removeTempFolders, tempFolder } from './faultyFs';

afterAll(removeTempFolders);

function folderWith(...names: string[]): string {
  const dir = tempFolder();
  for (const name of names) writeFileSync(join(dir, name), '{}');
  return dir;
}

describe('the paths of dropped files', () => {
  it('are taken when each is an absolute path to a file Mandat opens', async () => {
    const dir = folderWith('karta.mandat', 'ledamöter.CSV', 'bok.xlsx', 'gammal.json');
    const paths = ['karta.mandat', 'ledamöter.CSV', 'bok.xlsx', 'gammal.json'].map((n) => join(dir, n));
    expect(await checkDroppedPaths(paths)).toEqual({ ok: true, paths });
  });

  it('refuse a relative path', async () => {
    expect(await checkDroppedPaths(['karta.mandat'])).toMatchObject({ ok: false, name: 'karta.mandat', message: { en: '"karta.mandat" is not a place on this computer.' } });
  });

  it('refuse a file of another kind, naming it', async () => {
    const dir = folderWith('karta.mandat', 'anteckningar.txt');
    const r = await checkDroppedPaths([join(dir, 'karta.mandat'), join(dir, 'anteckningar.txt')]);
    expect(r).toMatchObject({ ok: false, name: 'anteckningar.txt' });
    expect(r.ok ? null : r.message).toEqual({
      sv: 'Mandat öppnar .mandat-, .json-, .xlsx- och .csv-filer, inte "anteckningar.txt".',
      en: 'Mandat opens .mandat, .json, .xlsx and .csv files, not "anteckningar.txt".',
    });
  });

  it('refuse a folder, even one named like a map', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'kartor.mandat'));
    expect(await checkDroppedPaths([join(dir, 'kartor.mandat')])).toMatchObject({ ok: false, message: { en: '"kartor.mandat" is not a file (a folder?) and cannot be opened.' } });
  });

  it('refuse a file that is not there', async () => {
    expect(await checkDroppedPaths([join(tempFolder(), 'borta.mandat')])).toMatchObject({ ok: false, message: { en: '"borta.mandat" does not exist (any more).' } });
  });

  it('refuse a file that cannot be looked at, with the system’s reason', async () => {
    const fs = { stat: async () => Promise.reject(fsError('EACCES')) };
    expect(await checkDroppedPaths(['/hemligt/karta.mandat'], fs)).toMatchObject({ ok: false, message: { en: '"karta.mandat" could not be read (EACCES).' } });
  });

  it('follow Windows’ rules on Windows', async () => {
    const fs = { stat: async () => ({ isFile: () => true }) };
    expect(await checkDroppedPaths(['C:\\Kartor\\karta.mandat'], fs, 'win32')).toMatchObject({ ok: true });
    expect(await checkDroppedPaths(['Kartor\\karta.mandat'], fs, 'win32')).toMatchObject({ ok: false });
  });
});
