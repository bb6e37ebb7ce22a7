import { text } from '../../shared/i18n/text';
import { IPC_CONTRACT, MENU_COMMANDS, type IpcChannel, type IpcResult, type MandatBridge, type MenuCommand } from '../../shared/ipc';

export type { MandatBridge };

const NO_PATHS: IpcResult<'file:openDropped'> = {
  ok: false,
  error: {
    code: 'invalid-arguments',
    message: text('De släppta filerna har ingen plats på datorn.', 'The dropped files have no place on this computer.'),
  },
};

/**
 * Builds the bridge from ipcRenderer's `invoke`, a menu subscription and Electron's
 * `webUtils.getPathForFile`, exposing only the named methods: never ipcRenderer itself,
 * never the event object. Dropped files reach main as the paths `pathOf` finds for them,
 * so page code cannot name a path ('' for a File made by script: it is left out).
 */
export function createBridge(
  invoke: (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>,
  subscribeMenu: (listener: (command: unknown) => void) => () => void,
  pathOf: (file: unknown) => string,
): MandatBridge {
  const bridge: Record<string, unknown> = {};
  for (const channel of Object.keys(IPC_CONTRACT) as IpcChannel[]) {
    bridge[IPC_CONTRACT[channel].method] = (...args: unknown[]) => invoke(channel, ...args);
  }
  bridge.openDropped = async (files: unknown) => {
    const paths = (Array.isArray(files) ? files : []).map((file) => safePathOf(pathOf, file)).filter((path) => path !== '');
    return paths.length === 0 ? NO_PATHS : invoke('file:openDropped', paths);
  };
  bridge.onMenuCommand = (listener: (command: MenuCommand) => void) =>
    subscribeMenu((command) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    });
  return Object.freeze(bridge) as MandatBridge;
}

/** getPathForFile throws for what is no File at all; that has no path either. */
function safePathOf(pathOf: (file: unknown) => string, file: unknown): string {
  try {
    const path = pathOf(file);
    return typeof path === 'string' ? path : '';
  } catch {
    return '';
  }
}
