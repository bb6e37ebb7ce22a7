import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Text } from '../../shared/i18n/text';
import type { IpcRequest, IpcResponses } from '../../shared/ipc';
import type { AutosaveRecord, HostOpen, OpenedFile, Platform, SaveResult, SessionHosting } from '../../renderer/src/platform/types';

// The type assertions are checked by tsc (part of `npm test`): a change to the contract in
// shared/ipc.ts that the Platform does not follow fails there.
describe('the Platform types', () => {
  it('are the IPC contract’s types where they cross to the desktop', () => {
    expectTypeOf<AutosaveRecord>().toEqualTypeOf<Readonly<IpcRequest<'journal:write'>[0]>>();
    expectTypeOf<Awaited<ReturnType<Platform['loadAutosave']>>>().toEqualTypeOf<IpcResponses['journal:load']>();
    expectTypeOf<Awaited<ReturnType<SessionHosting['host']>>>().toEqualTypeOf<IpcResponses['session:host']>();
    expectTypeOf<Awaited<ReturnType<NonNullable<Platform['placeNewMap']>>>>().toEqualTypeOf<IpcResponses['file:new']>();
    expectTypeOf<IpcResponses['file:save']>().toExtend<SaveResult>();
    expectTypeOf<IpcResponses['file:export']>().toExtend<SaveResult>();
    expectTypeOf<Parameters<Platform['saveFile']>[2]['saveAs']>().toEqualTypeOf<IpcRequest<'file:save'>[0]['saveAs']>();
    expectTypeOf<OpenedFile>().toEqualTypeOf<NonNullable<IpcResponses['file:open']>['files'][number]>();
    expectTypeOf<Extract<HostOpen, { kind: 'refused' }>['message']>().toEqualTypeOf<Text>();
  });

  it('refuse what the contract refuses', () => {
    // @ts-expect-error a failed save carries a message in both languages, not a string
    const wrong: SaveResult = { ok: false, cancelled: false, message: 'Disken är full.' };
    // @ts-expect-error the crash journal's copy says whether it holds unsaved edits
    const partial: AutosaveRecord = { name: 'Karta', text: '{}', savedAt: '2026-12-05T22:00:00Z' };
    expect([wrong.ok, partial.name]).toEqual([false, 'Karta']);
  });
});
