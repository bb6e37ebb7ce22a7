/**
 * The idle autosave (renderer/src/autosaveLoop.ts): its copy's text is made from the
 * document's state away from the main thread (in a worker in the browser; here, without
 * workers, by the same code in a later microtask), so a newer copy can be written in
 * between, when the page is hidden. The older answer must then never be written over it.
 * The loop listens on window and document; under Node those are stubbed as event targets,
 * and this file is type-checked with the DOM in test/e2e/tsconfig.json (as selectionStore.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVED_MARK, startAutosave } from '../../renderer/src/autosaveLoop';
import type { AutosaveRecord, Platform } from '../../renderer/src/platform/types';
import { dispatch, newMap } from '../../renderer/src/store/editor';
import type { BodyId } from '../../shared/model/ids';

function fakePlatform(): { platform: Platform; idle: AutosaveRecord[]; now: AutosaveRecord[] } {
  const idle: AutosaveRecord[] = [];
  const now: AutosaveRecord[] = [];
  const platform = {
    kind: 'web',
    autosave: (r: AutosaveRecord) => {
      idle.push(r);
      return Promise.resolve();
    },
    autosaveNow: (r: AutosaveRecord) => {
      now.push(r);
      return true;
    },
  } as unknown as Platform;
  return { platform, idle, now };
}

/** Lets the microtasks (the text's answer, the host's promise) run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

let stop: (() => void) | null = null;

beforeEach(() => {
  // Timers and the date only: the loop's user-timing mark needs the real `performance`.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible', activeElement: null }));
  for (const name of ['HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement']) vi.stubGlobal(name, class {});
  performance.clearMarks(AUTOSAVED_MARK);
});

afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const add = (id: string, name: string): void => {
  expect(dispatch({ type: 'addBody', body: { id: id as BodyId, name } }).ok).toBe(true);
};

describe('the idle autosave', () => {
  it('writes the map a second after a change, from its state, and marks the copy written', async () => {
    newMap('Autosave');
    const { platform, idle } = fakePlatform();
    stop = startAutosave(platform);
    add('a', 'Kommunstyrelsen');
    vi.advanceTimersByTime(999);
    await settle();
    expect(idle).toEqual([]);
    vi.advanceTimersByTime(2);
    await settle();
    expect(idle).toHaveLength(1);
    expect(idle[0]!.text).toContain('"name": "Kommunstyrelsen"');
    expect(idle[0]!.dirty).toBe(true);
    expect(performance.getEntriesByName(AUTOSAVED_MARK, 'mark')).toHaveLength(1);
  });

  it('drops an answer that comes after a newer copy was written when the page was hidden', async () => {
    newMap('Autosave');
    const { platform, idle, now } = fakePlatform();
    stop = startAutosave(platform);
    add('a', 'Före');
    // The idle write takes the state of "Före"; its text is not back yet.
    vi.advanceTimersByTime(1_001);
    // Another edit, and the page is left before the text comes back: that copy is written at once.
    add('b', 'Efter');
    window.dispatchEvent(new Event('pagehide'));
    expect(now).toHaveLength(1);
    expect(now[0]!.text).toContain('"name": "Efter"');
    await settle();
    // The older text is not written over it.
    expect(idle).toEqual([]);
    // The next idle write (for the second edit's timer) finds the copy current: nothing more to write…
    vi.advanceTimersByTime(1_001);
    await settle();
    expect(idle.every((r) => r.text.includes('"name": "Efter"'))).toBe(true);
  });

  it('writes the newest map when edits follow each other, never an older one after a newer', async () => {
    newMap('Autosave');
    const { platform, idle } = fakePlatform();
    stop = startAutosave(platform);
    add('a', 'Ett');
    vi.advanceTimersByTime(1_001);
    add('b', 'Två');
    vi.advanceTimersByTime(1_001);
    await settle();
    const first = idle.findIndex((r) => r.text.includes('"name": "Två"'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(idle.slice(first).every((r) => r.text.includes('"name": "Två"'))).toBe(true);
  });
});
