// Type-level test, checked by `tsc` in `npm test`: the handler table is typed from the
// contract, so leaving a handler out or giving it the wrong type fails the type check.
// If the typing ever loosened, these @ts-expect-error lines would themselves be errors.
import type { IpcHandlers } from '../../electron/ipc/handlers';

const complete: IpcHandlers = {
  'file:open': async () => null,
  'file:openDropped': async () => null,
  'file:pending': async () => ({ empty: true }),
  'file:new': () => 'this-window',
  'file:save': async () => ({ ok: false, cancelled: true }),
  'file:export': async () => ({ ok: false, cancelled: true }),
  'clipboard:image': async () => undefined,
  'session:addresses': async () => ['127.0.0.1'],
  'session:host': async () => ({ ok: false, message: { sv: '', en: '' } }),
  'session:stop': async () => undefined,
  'journal:write': async () => undefined,
  'journal:load': async () => null,
  'journal:clear': async () => undefined,
  'window:state': async () => undefined,
};

// @ts-expect-error a handler is missing ('window:state')
const missing: IpcHandlers = {
  'file:open': async () => null,
  'file:openDropped': async () => null,
  'file:pending': async () => null,
  'file:new': () => 'new-window',
  'file:save': async () => ({ ok: false, cancelled: true }),
  'file:export': async () => ({ ok: false, cancelled: true }),
  'clipboard:image': async () => undefined,
  'session:addresses': async () => ['127.0.0.1'],
  'session:host': async () => ({ ok: false, message: { sv: '', en: '' } }),
  'session:stop': async () => undefined,
  'journal:write': async () => undefined,
  'journal:load': async () => null,
  'journal:clear': async () => undefined,
};

const wrong: IpcHandlers = {
  ...complete,
  // @ts-expect-error 'file:save' must answer a save result, not a string
  'file:save': async () => 'saved',
};

// @ts-expect-error a handler for a new channel is missing ('file:openDropped')
const missingDropped: IpcHandlers = { ...complete, 'file:openDropped': undefined };

const wrongNew: IpcHandlers = {
  ...complete,
  // @ts-expect-error 'file:new' answers where the map goes, not a boolean
  'file:new': () => true,
};

const wrongDropped: IpcHandlers = {
  ...complete,
  // @ts-expect-error 'file:openDropped' receives the paths as a string array, not one string
  'file:openDropped': async (_context, paths: string) => (paths ? null : null),
};

export const tables = [complete, missing, wrong, missingDropped, wrongNew, wrongDropped];
