import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiskSnapshot } from '../../electron/files/diskChange';
import { createOpenRequests, type QueuedOpen } from '../../electron/openRequests';
import type { WindowFacts } from '../../electron/windowPlacement';
import { removeTempFolders, tempFolder } from './faultyFs';

afterAll(removeTempFolders);

const UNTOUCHED: WindowFacts = { dirty: false, hasFile: false };
const WORKED_ON: WindowFacts = { dirty: true, hasFile: false };

/** Opening files with windows in the given states; records what is remembered and which windows open. */
function opening(windows: Record<number, WindowFacts> = { 1: UNTOUCHED }) {
  const remembered: Array<[string, DiskSnapshot | undefined]> = [];
  const newWindows: QueuedOpen[] = [];
  const requests = createOpenRequests({
    remember: async (path, snapshot) => void remembered.push([path, snapshot]),
    windowInfo: (id) => windows[id],
    openInNewWindow: (open) => void newWindows.push(open),
  });
  return { requests, remembered, newWindows };
}

function files(...entries: Array<[string, string]>): string[] {
  const dir = tempFolder('mandat-open-');
  return entries.map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}

describe('opening files in windows', () => {
  it('opens a dropped map in an untouched window, with its path as the handle to save back to', async () => {
    const [path = ''] = files(['karta.mandat', '{"format":"mandat"}']);
    const { requests, remembered, newWindows } = opening();
    expect(await requests.openDropped(1, [path])).toEqual({ files: [{ name: 'karta.mandat', content: '{"format":"mandat"}', utf8: true }], handle: path });
    expect(remembered.map(([p, snap]) => [p, snap?.size])).toEqual([[path, 19]]);
    expect(newWindows).toEqual([]);
  });

  it('gives no handle for several files or a workbook (Save must not write over them)', async () => {
    const csv = files(['organ.csv', 'a;b'], ['ledamöter.csv', 'c;d']);
    const [xlsx = ''] = files(['bok.xlsx', 'PK']);
    const { requests } = opening();
    // CSV as bytes: the workbook import finds the encoding (UTF-8, else Windows-1252).
    const bytes = (s: string) => new Uint8Array(Buffer.from(s));
    expect(await requests.openDropped(1, csv)).toEqual({ files: [{ name: 'organ.csv', content: bytes('a;b') }, { name: 'ledamöter.csv', content: bytes('c;d') }] });
    expect(await requests.openDropped(1, [xlsx])).toEqual({ files: [{ name: 'bok.xlsx', content: new Uint8Array([0x50, 0x4b]) }] });
  });

  it('refuses a dropped folder or file of another kind, opening and remembering nothing', async () => {
    const [txt = ''] = files(['anteckningar.txt', 'x']);
    const { requests, remembered } = opening();
    expect(await requests.openDropped(1, [txt])).toMatchObject({ refused: { name: 'anteckningar.txt', message: { sv: expect.any(String), en: expect.any(String) } } });
    expect(await requests.openDropped(1, [tempFolder() + '.mandat'])).toMatchObject({ refused: { message: { en: expect.stringMatching(/does not exist/) } } });
    expect(remembered).toEqual([]);
  });

  it('opens dropped or chosen files in a new window when this one holds a map, answering this one null', async () => {
    const [path = ''] = files(['karta.mandat', '{}']);
    const { requests, remembered, newWindows } = opening({ 1: WORKED_ON, 2: { dirty: false, hasFile: true } });
    expect(await requests.openDropped(1, [path])).toBeNull();
    expect(await requests.openChosen(2, [path])).toBeNull();
    expect(newWindows).toEqual([[path], [path]]);
    expect(remembered).toEqual([]); // the new window reads and remembers them
  });

  it('hands a window what was queued for it, once: a file with its handle, then nothing', async () => {
    const [path = ''] = files(['karta.mandat', '{"format":"mandat"}']);
    const { requests, remembered } = opening();
    requests.queue(3, [path]);
    expect(await requests.pending(4)).toBeNull();
    expect(await requests.pending(3)).toEqual({ files: [{ name: 'karta.mandat', content: '{"format":"mandat"}', utf8: true }], handle: path });
    expect(remembered.map(([p]) => p)).toEqual([path]);
    expect(await requests.pending(3)).toBeNull();
  });

  it('hands a window opened by File > New an empty map', async () => {
    const { requests } = opening();
    requests.queue(3, 'empty');
    expect(await requests.pending(3)).toEqual({ empty: true });
  });

  it('says why a queued file cannot be opened (gone since it was in the recent list)', async () => {
    const { requests } = opening();
    requests.queue(3, [join(tempFolder(), 'borta.mandat')]);
    expect(await requests.pending(3)).toEqual({ refused: { name: 'borta.mandat', message: { sv: 'Filen finns inte (längre).', en: 'The file does not exist (any more).' } } });
  });

  it('makes a new map in an untouched window, and in a new window otherwise', () => {
    const { requests, newWindows } = opening({ 1: UNTOUCHED, 2: WORKED_ON });
    expect(requests.newMap(1)).toBe('this-window');
    expect(newWindows).toEqual([]);
    expect(requests.newMap(2)).toBe('new-window');
    expect(newWindows).toEqual(['empty']);
  });
});
