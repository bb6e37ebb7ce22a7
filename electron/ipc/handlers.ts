import { text } from '../../shared/i18n/text';
import { IPC_CONTRACT, type IpcChannel, type IpcRequest, type IpcResponses, type IpcResult } from '../../shared/ipc';

/** Which window a request came from. */
export interface IpcContext {
  readonly windowId: number;
}

/** Main's implementation of the contract: one function per channel, typed from it. */
export type IpcHandlers = { readonly [C in IpcChannel]: (context: IpcContext, ...args: IpcRequest<C>) => Promise<IpcResponses[C]> | IpcResponses[C] };

/** The sender of a request, as much of Electron's IpcMainInvokeEvent as is checked. */
export interface IpcSender {
  readonly senderFrame?: { readonly url: string; readonly parent?: unknown } | null;
  readonly sender?: { readonly id: number };
}

/**
 * Wraps one handler: the request is refused unless it comes from the app's own top
 * frame, then its arguments are validated with the contract's schema; failures come
 * back as typed errors, never as thrown exceptions across the bridge.
 */
export function guardHandler<C extends IpcChannel>(
  channel: C,
  handler: IpcHandlers[C],
  isTrustedFrame: (url: string) => boolean,
): (event: IpcSender, ...args: unknown[]) => Promise<IpcResult<C>> {
  const schema = IPC_CONTRACT[channel].request;
  return async (event, ...args) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent || !isTrustedFrame(frame.url))
      return {
        ok: false,
        error: { code: 'foreign-sender', message: text('Begäran kom inte från Mandats eget fönster och avvisades.', 'The request did not come from Mandat’s own window and was refused.') },
      };
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      return {
        ok: false,
        error: {
          code: 'invalid-arguments',
          message: text(`Ogiltiga argument till ${channel} (${where}).`, `Invalid arguments to ${channel} (${where}).`),
        },
      };
    }
    try {
      const context: IpcContext = { windowId: event.sender?.id ?? -1 };
      const value = await (handler as (c: IpcContext, ...a: unknown[]) => Promise<IpcResponses[C]>)(context, ...(parsed.data as unknown[]));
      return { ok: true, value };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { code: 'failed', message: text(`Det gick inte: ${detail}`, `It failed: ${detail}`) } };
    }
  };
}

/** Registers every handler of the table on Electron's ipcMain (or anything with `handle`). */
export function registerIpcHandlers(
  ipcMain: { handle(channel: string, listener: (event: IpcSender, ...args: unknown[]) => Promise<unknown>): void },
  handlers: IpcHandlers,
  isTrustedFrame: (url: string) => boolean,
): void {
  for (const channel of Object.keys(IPC_CONTRACT) as IpcChannel[]) {
    ipcMain.handle(channel, guardHandler(channel, handlers[channel] as never, isTrustedFrame) as never);
  }
}
