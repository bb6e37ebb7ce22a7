import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fresh afterStart module (it keeps the window's start-up state) with idle callbacks run by hand. */
async function fresh() {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.resetModules();
  const afterStart = await import('../../renderer/src/shell/afterStart');
  const drawn = await import('../../renderer/src/store/mapDrawn');
  return { afterStart, mapDrawn: drawn.mapDrawn, idle };
}

// Each test has fresh modules; versions still only grow, as in the window.
let version = 1_000;
const next = (): number => (version += 10);

describe('start-up after the first map is drawn', () => {
  it('asks for no idle moment before the map is drawn, then completes the first screen, then preloads', async () => {
    const { afterStart, mapDrawn: drawnNow, idle } = await fresh();
    const load = vi.fn(() => Promise.resolve(() => null));
    afterStart.deferred(load);
    const v = next();
    afterStart.scheduleAfterStart(v);
    expect(idle).toHaveLength(0);
    drawnNow(v - 1);
    expect(idle).toHaveLength(0);
    expect(afterStart.firstMapDrawn()).toBe(false);

    drawnNow(v);
    // The frame that shows the map is out only at the next idle moment.
    expect(afterStart.firstMapDrawn()).toBe(false);
    expect(idle).toHaveLength(1);
    idle.shift()?.();
    expect(afterStart.firstMapDrawn()).toBe(true);
    expect(load).not.toHaveBeenCalled();

    // The next idle moment ends start-up; the one after it loads the first deferred chunk.
    idle.shift()?.();
    expect(load).not.toHaveBeenCalled();
    idle.shift()?.();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('completes the first screen where nothing draws a map, after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const { afterStart, idle } = await fresh();
      afterStart.scheduleAfterStart(next());
      vi.advanceTimersByTime(4_999);
      expect(idle).toHaveLength(0);
      vi.advanceTimersByTime(1);
      idle.shift()?.();
      expect(afterStart.firstMapDrawn()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
