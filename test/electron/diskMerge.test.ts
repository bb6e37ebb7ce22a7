import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { serializeDocument } from '../../shared/file/serialize';
import { mergeCopies, settle } from '../../shared/merge';
import { createMapDocument, documentFromState, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeModel } from '../factories';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
  clipboard: { write: vi.fn() },
  ClipboardItem: class {},
}));
vi.mock('electron', () => electron);

const { createDesktopFiles } = await import('../../electron/desktopFiles');

/** A map file opened in a window, then saved over on disk by someone else from the same history. */
async function changedOnDisk() {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-disk-merge-'));
  const path = join(dir, 'karta.mandat');
  const origin = createMapDocument(makeModel({ bodies: [makeBody('ks')] }));
  writeFileSync(path, serializeDocument(origin));
  const files = createDesktopFiles({ userData: () => dir });
  const h = files.handlers({
    dialogFor: () => undefined,
    windowState: () => undefined,
    windowInfo: () => ({ dirty: false, hasFile: false }),
    openInNewWindow: () => undefined,
  });
  electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
  await h['file:open']({ windowId: 1 });
  const open = documentFromState(Y.encodeStateAsUpdate(origin));
  applyCommand(open, { type: 'addBody', body: { id: 'egen' as BodyId, name: 'Egen ändring' } });
  const theirs = documentFromState(Y.encodeStateAsUpdate(origin));
  applyCommand(theirs, { type: 'addBody', body: { id: 'deras' as BodyId, name: 'Deras ändring' } });
  writeFileSync(path, serializeDocument(theirs));
  const save = (text: string) => h['file:save']({ windowId: 1 }, { text, suggestedName: 'karta.mandat', handle: path, saveAs: false });
  return { path, open, theirs, save };
}

describe('saving over a file that changed on disk', () => {
  beforeEach(() => vi.clearAllMocks());

  it('offers Merge first, and Merge hands the version on disk to the renderer without writing', async () => {
    const { path, open, theirs, save } = await changedOnDisk();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    const r = await save(serializeDocument(open));
    expect(electron.dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ buttons: ['Slå ihop…', 'Spara som kopia…', 'Avbryt'], cancelId: 2 });
    expect(r).toEqual({ ok: false, cancelled: true, merge: { name: 'karta.mandat', text: serializeDocument(theirs), utf8: true } });
    expect(readFileSync(path, 'utf8')).toBe(serializeDocument(theirs));
  });

  it('writes without asking once the version on disk is merged in', async () => {
    const { path, open, theirs, save } = await changedOnDisk();
    const merged = settle(mergeCopies({ model: readModel(open), yjsState: Y.encodeStateAsUpdate(open) }, { model: readModel(theirs), yjsState: Y.encodeStateAsUpdate(theirs) }), {});
    if (!merged.ok) throw new Error(merged.message.en);
    Y.applyUpdate(open, merged.yjsState, LOCAL_ORIGIN);
    const r = await save(serializeDocument(open));
    expect(r).toEqual({ ok: true, name: 'karta.mandat', handle: path });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect([...readModel(documentFromState(Y.encodeStateAsUpdate(open))).bodies.keys()].sort()).toEqual(['deras', 'egen', 'ks']);
    expect(readFileSync(path, 'utf8')).toBe(serializeDocument(open));
  });

  it('still saves a copy or cancels with the other buttons', async () => {
    const { path, open, theirs, save } = await changedOnDisk();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 2 });
    expect(await save(serializeDocument(open))).toEqual({ ok: false, cancelled: true });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    const copy = path.replace('karta.mandat', 'kopia.mandat');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: copy });
    expect(await save(serializeDocument(open))).toMatchObject({ ok: true, name: 'kopia.mandat' });
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'karta (kopia).mandat' });
    expect(readFileSync(path, 'utf8')).toBe(serializeDocument(theirs));
  });
});
