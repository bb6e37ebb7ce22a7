// The preload: exposes the contract's methods as `window.mandat` and nothing else —
// never ipcRenderer, never the event object (see shared/ipc.ts and ipc/bridge.ts).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { MENU_CHANNEL } from '../shared/ipc';
import { createBridge } from './ipc/bridge';

contextBridge.exposeInMainWorld(
  'mandat',
  createBridge(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (listener) => {
      const forward = (_event: unknown, command: unknown): void => listener(command);
      ipcRenderer.on(MENU_CHANNEL, forward);
      return () => ipcRenderer.removeListener(MENU_CHANNEL, forward);
    },
    // Only a File the user dropped has a path ('' for one made by script).
    (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]),
  ),
);
