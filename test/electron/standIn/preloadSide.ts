import { EventEmitter } from 'node:events';
import type { Recorder } from './recorder';

/** The renderer-side modules a preload uses: contextBridge, ipcRenderer, webUtils. */
export function makePreloadSide(recorder: Recorder) {
  const exposed = new Map<string, unknown>();
  const rendererEvents = new EventEmitter();
  /** What `ipcRenderer.invoke` answers; a test replaces it. */
  let answer: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null });

  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      recorder.record('contextBridge.exposeInMainWorld', key);
      exposed.set(key, api);
    },
  };
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      recorder.record('ipcRenderer.invoke', channel, ...args);
      return answer(channel, args);
    },
    on(channel: string, listener: (...args: unknown[]) => void) {
      recorder.record('ipcRenderer.on', channel);
      rendererEvents.on(channel, listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      recorder.record('ipcRenderer.removeListener', channel);
      rendererEvents.removeListener(channel, listener);
      return ipcRenderer;
    },
  };
  const webUtils = {
    getPathForFile(file: { path?: unknown }): string {
      recorder.record('webUtils.getPathForFile');
      return typeof file?.path === 'string' ? file.path : '';
    },
  };
  return {
    contextBridge,
    ipcRenderer,
    webUtils,
    /** For tests: what the preload exposed, main sending to the page, and invoke's answers. */
    preloadControl: {
      exposed,
      sendToPage: (channel: string, ...args: unknown[]) => rendererEvents.emit(channel, { sender: 'main' }, ...args),
      answerWith: (fn: (channel: string, args: unknown[]) => unknown) => (answer = fn),
      listenerCount: (channel: string) => rendererEvents.listenerCount(channel),
    },
  };
}
