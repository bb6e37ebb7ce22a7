import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAtomically, tempPathOf } from '../../electron/files/atomicSave';
import { removeLeftoverTemps, TEMP_IN_USE_MS } from '../../electron/files/leftoverTemps';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-leftovers-'));
  folders.push(dir);
  return dir;
}

/** Writes a file whose modification time is `ageMs` before now. */
function writeAged(path: string, text: string, ageMs: number): void {
  writeFileSync(path, text);
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(path, at, at);
}

describe('temporary copies left by killed saves', () => {
  it('are removed when the map is opened, when the map is newer; other files are left alone', async () => {
    const dir = folder();
    const map = join(dir, 'karta.mandat');
    const old = tempPathOf(map, 4242, 'a1b2c3');
    const older = tempPathOf(map, 17, 'ffeedd');
    writeAged(old, 'half a save', 10 * 60_000);
    writeAged(older, 'another', 20 * 60_000);
    writeAged(map, 'the map', 5 * 60_000);
    const others = [tempPathOf(join(dir, 'annan.mandat'), 4242, 'a1b2c3'), join(dir, 'karta.mandat.bak'), join(dir, '.karta.mandat.tmp'), join(dir, '.karta.mandat.12.x.tmp.txt')];
    for (const o of others) writeAged(o, 'keep', 30 * 60_000);

    const removed = await removeLeftoverTemps(map);
    expect(removed.sort()).toEqual([old, older].sort());
    expect(readdirSync(dir).sort()).toEqual(['karta.mandat', ...others.map((o) => o.slice(dir.length + 1))].sort());
  });

  it('keeps a copy newer than the map (it may be the only copy of a failed save) until the next save', async () => {
    const dir = folder();
    const map = join(dir, 'karta.mandat');
    writeAged(map, 'the map', 30 * 60_000);
    const newer = tempPathOf(map, 99, 'abcdef');
    writeAged(newer, 'the save that was killed', 10 * 60_000);
    expect(await removeLeftoverTemps(map)).toEqual([]);
    expect(existsSync(newer)).toBe(true);

    const saved = await saveAtomically(map, 'saved again');
    expect(saved.ok).toBe(true);
    expect(await removeLeftoverTemps(map)).toEqual([newer]);
    expect(existsSync(newer)).toBe(false);
  });

  it('leaves a copy alone while a save may still be writing it', async () => {
    const dir = folder();
    const map = join(dir, 'karta.mandat');
    const fresh = tempPathOf(map, 7, 'beef01');
    writeAged(fresh, 'being written', 1_000);
    writeAged(map, 'the map', 0);
    expect(await removeLeftoverTemps(map)).toEqual([]);
    expect(await removeLeftoverTemps(map, { now: () => Date.now() + TEMP_IN_USE_MS })).toEqual([fresh]);
  });

  it('does nothing for a map that does not exist', async () => {
    expect(await removeLeftoverTemps(join(folder(), 'nowhere.mandat'))).toEqual([]);
  });
});
