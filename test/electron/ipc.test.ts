import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../electron/ipc/bridge';
import { guardHandler, registerIpcHandlers, type IpcHandlers } from '../../electron/ipc/handlers';
import { isAppUrl } from '../../electron/security/urls';
import { IPC_CONTRACT, type IpcChannel } from '../../shared/ipc';

const fromApp = { senderFrame: { url: 'app://mandat/index.html', parent: null }, sender: { id: 7 } };

function handlers(): IpcHandlers {
  return {
    'file:open': vi.fn(async () => null),
    'file:openDropped': vi.fn(async () => null),
    'file:pending': vi.fn(async () => null),
    'file:new': vi.fn(() => 'this-window' as const),
    'file:save': vi.fn(async (_ctx, { suggestedName }) => ({ ok: true as const, name: suggestedName })),
    'file:export': vi.fn(async () => ({ ok: false as const, cancelled: true as const })),
    'clipboard:image': vi.fn(async () => undefined),
    'session:addresses': vi.fn(async () => ['127.0.0.1']),
    'session:host': vi.fn(async () => ({ ok: false as const, message: { sv: '', en: '' } })),
    'session:stop': vi.fn(async () => undefined),
    'journal:write': vi.fn(async () => undefined),
    'journal:load': vi.fn(async () => null),
    'journal:clear': vi.fn(async () => undefined),
    'window:state': vi.fn(async () => undefined),
  };
}

describe('IPC validation in main', () => {
  it('answers the app’s own window with the handler’s value', async () => {
    const h = handlers();
    const save = guardHandler('file:save', h['file:save'], isAppUrl);
    expect(await save(fromApp, { text: '{}', suggestedName: 'karta.mandat', saveAs: true })).toEqual({ ok: true, value: { ok: true, name: 'karta.mandat' } });
  });

  it.each([
    ['no frame', { senderFrame: null }],
    ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike scheme', { senderFrame: { url: 'app://mandat.evil/index.html', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: 'app://mandat/index.html', parent: {} } }],
  ])('refuses %s as a foreign sender, without calling the handler', async (_what, event) => {
    const h = handlers();
    const r = await guardHandler('journal:clear', h['journal:clear'], isAppUrl)(event as never);
    expect(r.ok ? '' : r.error.code).toBe('foreign-sender');
    expect(h['journal:clear']).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['a number for the text', [{ text: 42, suggestedName: 'a', saveAs: false }]],
    ['an unknown field', [{ text: '', suggestedName: 'a', saveAs: false, path: '/etc/passwd' }]],
    ['an empty name', [{ text: '', suggestedName: '', saveAs: false }]],
    ['two arguments', [{ text: '', suggestedName: 'a', saveAs: false }, 'extra']],
  ])('refuses malformed arguments (%s) with a typed error', async (_what, args) => {
    const h = handlers();
    const r = await guardHandler('file:save', h['file:save'], isAppUrl)(fromApp, ...args);
    expect(r.ok ? '' : r.error.code).toBe('invalid-arguments');
    expect(r.ok ? '' : r.error.message.en).toMatch(/^Invalid arguments to file:save/);
    expect(h['file:save']).not.toHaveBeenCalled();
  });

  it('tells the handler which window asked', async () => {
    const h = handlers();
    await guardHandler('window:state', h['window:state'], isAppUrl)(fromApp, { title: 'Karta', dirty: true, hasFile: true, language: 'en' });
    expect(h['window:state']).toHaveBeenCalledWith({ windowId: 7 }, { title: 'Karta', dirty: true, hasFile: true, language: 'en' });
  });

  it.each([
    ['without hasFile', { title: 'Karta', dirty: false, language: 'sv' }],
    ['with a string for hasFile', { title: 'Karta', dirty: false, hasFile: 'yes', language: 'sv' }],
  ])('refuses a window state %s', async (_what, state) => {
    const h = handlers();
    const r = await guardHandler('window:state', h['window:state'], isAppUrl)(fromApp, state);
    expect(r.ok ? '' : r.error.code).toBe('invalid-arguments');
    expect(h['window:state']).not.toHaveBeenCalled();
  });

  it('passes dropped paths on to their handler', async () => {
    const h = handlers();
    const r = await guardHandler('file:openDropped', h['file:openDropped'], isAppUrl)(fromApp, ['/home/anna/karta.mandat', 'C:\\Kartor\\styrning.xlsx']);
    expect(r).toEqual({ ok: true, value: null });
    expect(h['file:openDropped']).toHaveBeenCalledWith({ windowId: 7 }, ['/home/anna/karta.mandat', 'C:\\Kartor\\styrning.xlsx']);
  });

  it.each([
    ['no argument', []],
    ['no paths', [[]]],
    ['51 paths', [Array.from({ length: 51 }, (_, i) => `/k/${i}.csv`)]],
    ['a path longer than 4096 characters', [[`/${'a'.repeat(4096)}.mandat`]]],
    ['an empty path', [['']]],
    ['a number for a path', [[42]]],
    ['one path, not in a list', ['/home/anna/karta.mandat']],
    ['a File-like object', [[{ name: 'karta.mandat', path: '/etc/passwd' }]]],
  ])('refuses dropped paths given as %s', async (_what, args) => {
    const h = handlers();
    const r = await guardHandler('file:openDropped', h['file:openDropped'], isAppUrl)(fromApp, ...args);
    expect(r.ok ? '' : r.error.code).toBe('invalid-arguments');
    expect(h['file:openDropped']).not.toHaveBeenCalled();
  });

  it.each(['file:pending', 'file:new'] as const)('%s takes no arguments', async (channel) => {
    const h = handlers();
    const guarded = guardHandler(channel, h[channel] as never, isAppUrl);
    expect((await guarded(fromApp)).ok).toBe(true);
    const r = await guarded(fromApp, '/etc/passwd');
    expect(r.ok ? '' : r.error.code).toBe('invalid-arguments');
    expect(h[channel]).toHaveBeenCalledTimes(1);
  });

  it('turns a handler’s exception into a typed failure', async () => {
    const r = await guardHandler('journal:load', async () => {
      throw new Error('disk gone');
    }, isAppUrl)(fromApp);
    expect(r).toEqual({ ok: false, error: { code: 'failed', message: { sv: 'Det gick inte: disk gone', en: 'It failed: disk gone' } } });
  });

  it('registers one guarded handler per channel of the contract', () => {
    const channels: string[] = [];
    registerIpcHandlers({ handle: (c) => void channels.push(c) }, handlers(), isAppUrl);
    expect(channels.sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
  });
});

describe('the preload bridge', () => {
  it('exposes exactly the contract’s methods and the menu listener, frozen', () => {
    const bridge = createBridge(async () => undefined, () => () => undefined, () => '');
    expect(Object.keys(bridge).sort()).toEqual([...Object.values(IPC_CONTRACT).map((c) => c.method), 'onMenuCommand'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect('invoke' in bridge || 'send' in bridge || 'ipcRenderer' in bridge).toBe(false);
  });

  it('forwards a call to its channel with its arguments only', async () => {
    const invoke = vi.fn(async (_c: IpcChannel, ..._a: unknown[]) => ({ ok: true, value: null }));
    const bridge = createBridge(invoke, () => () => undefined, () => '');
    await bridge.saveFile({ text: 't', suggestedName: 'n.mandat', saveAs: false });
    expect(invoke).toHaveBeenCalledWith('file:save', { text: 't', suggestedName: 'n.mandat', saveAs: false });
  });

  it('passes menu commands on without the event, and drops unknown ones', () => {
    let emit: (c: unknown) => void = () => undefined;
    const bridge = createBridge(
      async () => undefined,
      (l) => {
        emit = l;
        return () => undefined;
      },
      () => '',
    );
    const got: string[] = [];
    bridge.onMenuCommand((c) => got.push(c));
    emit('save');
    emit({ sender: 'event object' });
    emit('rm -rf');
    expect(got).toEqual(['save']);
  });
});

describe('dropping files through the preload bridge', () => {
  /** Stands in for webUtils.getPathForFile: a path for files the user dropped, '' for files made by script. */
  class DroppedFile {
    constructor(readonly name: string, readonly where = '') {}
  }
  const pathOf = (file: unknown): string => (file instanceof DroppedFile ? file.where : '');

  it('sends main the paths the preload finds for the dropped files', async () => {
    const invoke = vi.fn(async (_c: IpcChannel, ..._a: unknown[]) => ({ ok: true, value: null }));
    const bridge = createBridge(invoke, () => () => undefined, pathOf);
    await bridge.openDropped([new DroppedFile('karta.mandat', '/home/anna/karta.mandat'), new DroppedFile('ledamöter.csv', '/home/anna/ledamöter.csv')]);
    expect(invoke).toHaveBeenCalledWith('file:openDropped', ['/home/anna/karta.mandat', '/home/anna/ledamöter.csv']);
  });

  it('leaves out files without a path (made by script)', async () => {
    const invoke = vi.fn(async (_c: IpcChannel, ..._a: unknown[]) => ({ ok: true, value: null }));
    const bridge = createBridge(invoke, () => () => undefined, pathOf);
    await bridge.openDropped([new DroppedFile('gjord.mandat'), new DroppedFile('karta.mandat', '/home/anna/karta.mandat')]);
    expect(invoke).toHaveBeenCalledWith('file:openDropped', ['/home/anna/karta.mandat']);
  });

  it.each([
    ['files made by script', [new DroppedFile('gjord.mandat'), new DroppedFile('också.csv')]],
    ['no files', []],
    ['things that are no files (getPathForFile throws)', [{ path: '/etc/passwd' }, 'C:\\Windows\\win.ini']],
  ])('refuses %s without asking main', async (_what, files) => {
    const invoke = vi.fn(async (_c: IpcChannel, ..._a: unknown[]) => ({ ok: true, value: null }));
    const throwing = (file: unknown): string => {
      if (!(file instanceof DroppedFile)) throw new TypeError('not a File');
      return file.where;
    };
    const bridge = createBridge(invoke, () => () => undefined, throwing);
    const r = await bridge.openDropped(files as object[]);
    expect(r.ok ? '' : r.error.code).toBe('invalid-arguments');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('never passes on a path a page puts in the call itself', async () => {
    const invoke = vi.fn(async (_c: IpcChannel, ..._a: unknown[]) => ({ ok: true, value: null }));
    const bridge = createBridge(invoke, () => () => undefined, pathOf);
    const r = await (bridge.openDropped as (files: unknown) => Promise<unknown>)(['/etc/passwd']);
    expect(r).toMatchObject({ ok: false });
    expect(invoke).not.toHaveBeenCalled();
  });
});
