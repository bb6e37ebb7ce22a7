import type { IpcResponses, MandatBridge } from '../../../shared/ipc';
import type { HostOpen, Platform } from './types';

/** A queued or dropped open as the Platform says it; null stays null (nothing, or nothing with a path). */
function hostOpen(value: IpcResponses['file:pending'], none: HostOpen | null): HostOpen | null {
  if (!value) return none;
  if ('empty' in value) return { kind: 'empty' };
  if ('refused' in value) return { kind: 'refused', ...value.refused };
  return { kind: 'files', opened: { files: value.files, handle: value.handle } };
}

/**
 * The desktop host: the Platform over the preload bridge (`window.mandat`). Dialogs,
 * files and the crash journal live in the main process; a refused or failed request
 * comes back as data and is turned into the Platform's results.
 */
export function createDesktopPlatform(bridge: MandatBridge): Platform {
  return {
    kind: 'desktop',
    hosting: {
      async addresses() {
        const r = await bridge.sessionAddresses();
        return r.ok ? r.value : ['127.0.0.1'];
      },
      async host(name, state, address) {
        const r = await bridge.hostSession({ name, state: new Uint8Array(state), host: address });
        return r.ok ? r.value : { ok: false, message: r.error.message };
      },
      async stop() {
        await bridge.stopSession();
      },
    },
    async openFiles() {
      const r = await bridge.openFiles();
      if (!r.ok || !r.value) return null;
      return { files: r.value.files, handle: r.value.handle };
    },
    async openDropped(files) {
      const r = await bridge.openDropped(files);
      // Refused by the bridge (no paths) or by validation: the File API still reads them.
      if (!r.ok) return null;
      return hostOpen(r.value, { kind: 'elsewhere' });
    },
    async pendingOpen() {
      const r = await bridge.pendingOpen();
      return r.ok ? hostOpen(r.value, null) : null;
    },
    async placeNewMap() {
      const r = await bridge.newMap();
      return r.ok ? r.value : 'this-window';
    },
    async saveFile(text, suggestedName, { handle, saveAs }) {
      const r = await bridge.saveFile({ text, suggestedName, saveAs, ...(typeof handle === 'string' ? { handle } : {}) });
      return r.ok ? r.value : { ok: false, cancelled: false, message: r.error.message };
    },
    async download(data, name, mime) {
      const r = await bridge.download({ data: typeof data === 'string' ? data : new Uint8Array(data), name, mime });
      return r.ok ? r.value : { ok: false, cancelled: false, message: r.error.message };
    },
    async copyImage(png) {
      const r = await bridge.copyImage(new Uint8Array(png));
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    async autosave(record) {
      await bridge.autosave({ ...record });
    },
    async loadAutosave() {
      const r = await bridge.loadAutosave();
      return r.ok ? r.value : null;
    },
    async clearAutosave() {
      await bridge.clearAutosave();
    },
  };
}

/** The bridge, when the page runs inside the desktop shell. */
export function desktopBridge(): MandatBridge | null {
  const bridge = (window as unknown as { mandat?: MandatBridge }).mandat;
  return bridge ?? null;
}
