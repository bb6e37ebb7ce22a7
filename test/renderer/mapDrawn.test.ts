import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterMapDrawn, mapDrawn, whenDrawnAndIdle } from '../../renderer/src/store/mapDrawn';

// The module remembers the last version drawn, as the window does: each test uses later versions.
let version = 100;
const next = (): number => (version += 10);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterMapDrawn', () => {
  it('waits for the canvas to draw that version, and runs once', () => {
    vi.useFakeTimers();
    const v = next();
    const run = vi.fn();
    afterMapDrawn(v, run, 5_000);
    mapDrawn(v - 1);
    expect(run).not.toHaveBeenCalled();
    mapDrawn(v);
    mapDrawn(v + 1);
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once for a version already drawn, and after the timeout where nothing draws it', () => {
    vi.useFakeTimers();
    const v = next();
    mapDrawn(v);
    const early = vi.fn();
    afterMapDrawn(v, early, 5_000);
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    afterMapDrawn(next(), late, 5_000);
    vi.advanceTimersByTime(4_999);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    vi.useFakeTimers();
    const v = next();
    const run = vi.fn();
    afterMapDrawn(v, run, 5_000)();
    mapDrawn(v);
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('whenDrawnAndIdle', () => {
  it('asks for an idle callback only after the map is drawn', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const v = next();
    const build = vi.fn();
    whenDrawnAndIdle(v, build);
    expect(idle).toHaveLength(0);
    mapDrawn(v);
    expect(idle).toHaveLength(1);
    expect(build).not.toHaveBeenCalled();
    idle[0]?.();
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('cancels the idle callback it asked for', () => {
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const v = next();
    const cancel = whenDrawnAndIdle(v, () => {});
    mapDrawn(v);
    cancel();
    expect(cancelled).toEqual([7]);
  });
});
