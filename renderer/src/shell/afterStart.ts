import { lazy, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';
import { afterMapDrawn } from '../store/mapDrawn';

/**
 * Start-up draws the map first. Two moments follow it:
 *
 * - *drawn*: the first map is on the screen (the canvas said so, store/mapDrawn.ts) and the
 *   frame that shows it is out. What the first screen shows but does not need for its first
 *   picture (the findings list and the law card under the findings tab's count) is rendered
 *   from then on, so the first commit and its layout hold the canvas, the chrome and the
 *   count only, and the list's rendering does not hold up the frame that paints the map.
 * - *started*: the browser was idle after that. The parts of the window that are not on
 *   the first screen (dialogs, the tabs other than findings, compare, matrix, presentation)
 *   are separate chunks, loaded when first shown or, at the latest, one after another in
 *   idle moments from then on (so that opening them later does not wait for the network).
 *
 * An idle moment asked for before the map was drawn came while the map's first frames were
 * still being laid out and drew the preloads and these parts into them.
 */
let drawn = false;
let started = false;
const listeners = new Set<() => void>();
const preloads: (() => Promise<unknown>)[] = [];
/** Longest wait for an idle moment: on a busy machine the parts still load soon after start. */
const IDLE_TIMEOUT_MS = 3_000;
/** Longest wait for the first map to be drawn (a window with no canvas on screen never says so). */
const DRAWN_TIMEOUT_MS = 5_000;
/** Longest wait for an idle moment after the map is drawn before the first screen is completed. */
const COMPLETE_TIMEOUT_MS = 500;

function announce(): void {
  for (const listener of [...listeners]) listener();
}

function markDrawn(): void {
  if (drawn) return;
  drawn = true;
  announce();
}

function markStarted(): void {
  if (started) return;
  markDrawn();
  started = true;
  announce();
  // One after another, each in its own idle moment, so no long task follows the first draw.
  const next = (): void => {
    const load = preloads.shift();
    if (load) void load().catch(() => undefined).then(() => whenIdle(next));
  };
  whenIdle(next);
}

function whenIdle(run: () => void, timeout = IDLE_TIMEOUT_MS): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 50);
}

/**
 * Called once the window is rendered with the first map (its version `mapVersion`): waits
 * until the canvas has drawn it and the frame is out (an idle moment, which comes after the
 * frame's own tasks), completes the first screen, then at the next idle moment loads what
 * is deferred.
 */
export function scheduleAfterStart(mapVersion: number): void {
  if (started) return;
  afterMapDrawn(
    mapVersion,
    () =>
      whenIdle(() => {
        markDrawn();
        whenIdle(markStarted);
      }, COMPLETE_TIMEOUT_MS),
    DRAWN_TIMEOUT_MS,
  );
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True once the first map is on the screen and the frame that shows it is out. */
export const firstMapDrawn = (): boolean => drawn;

/** True once the first map is on the screen (a part rendered only then is not in the frame that first shows it). */
export function useFirstMapDrawn(): boolean {
  return useSyncExternalStore(subscribe, firstMapDrawn, firstMapDrawn);
}

/** True once the window has been idle after start-up (a part rendered only then does not hold up the first draw). */
export function useAfterStart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => started,
    () => started,
  );
}

/** Something to load in an idle moment after start-up (after the deferred parts registered before it). */
export function preloadAfterStart(load: () => Promise<unknown>): void {
  preloads.push(load);
}

/** A component from a module loaded on first render, and preloaded after start-up. */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | null = null;
  const once = (): Promise<ComponentType<P>> => (loading ??= load());
  preloads.push(once);
  return lazy(() => once().then((component) => ({ default: component })));
}
