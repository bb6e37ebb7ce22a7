import { describe, expect, it } from 'vitest';
import { gestureEnded, gestureLive, gestureStarted, whenNoGesture } from '../../renderer/src/canvas/gesture';

describe('gesture', () => {
  it('runs work at once when no body is dragged', () => {
    const ran: string[] = [];
    whenNoGesture(() => ran.push('now'));
    expect(ran).toEqual(['now']);
    expect(gestureLive()).toBe(false);
  });

  it('holds work until the drag is over, and runs it once', () => {
    const ran: string[] = [];
    gestureStarted();
    expect(gestureLive()).toBe(true);
    whenNoGesture(() => ran.push('routes'));
    expect(ran).toEqual([]);
    gestureEnded();
    expect(ran).toEqual(['routes']);
    expect(gestureLive()).toBe(false);
    // An extra end (a gesture settled and ended) neither runs it again nor goes below zero.
    gestureEnded();
    gestureStarted();
    whenNoGesture(() => ran.push('next'));
    expect(ran).toEqual(['routes']);
    gestureEnded();
    expect(ran).toEqual(['routes', 'next']);
  });

  it('waits for the last of two overlapping drags', () => {
    const ran: string[] = [];
    gestureStarted();
    gestureStarted();
    whenNoGesture(() => ran.push('x'));
    gestureEnded();
    expect(ran).toEqual([]);
    gestureEnded();
    expect(ran).toEqual(['x']);
  });
});
