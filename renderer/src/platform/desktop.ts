import type { MandatBridge } from '../../../shared/ipc';
import type { Platform } from './types';

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
