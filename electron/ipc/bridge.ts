import { IPC_CONTRACT, MENU_COMMANDS, type IpcChannel, type MandatBridge, type MenuCommand } from '../../shared/ipc';

export type { MandatBridge };

/**
 * Builds the bridge from ipcRenderer's `invoke` and a menu subscription, exposing only the
 * named methods: never ipcRenderer itself, never the event object.
 */
export function createBridge(
  invoke: (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>,
  subscribeMenu: (listener: (command: unknown) => void) => () => void,
): MandatBridge {
  const bridge: Record<string, unknown> = {};
  for (const channel of Object.keys(IPC_CONTRACT) as IpcChannel[]) {
    bridge[IPC_CONTRACT[channel].method] = (...args: unknown[]) => invoke(channel, ...args);
  }
  bridge.onMenuCommand = (listener: (command: MenuCommand) => void) =>
    subscribeMenu((command) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    });
  return Object.freeze(bridge) as MandatBridge;
}
