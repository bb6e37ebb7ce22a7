import { lazy, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Start-up draws the map first: the parts of the window that are not on the first screen
 * (dialogs, the tabs other than findings, compare, matrix, presentation) are separate
 * chunks, loaded when first shown or, at the latest, once the browser is idle after the
 * map is drawn (so that opening them later does not wait for the network).
 */
let started = false;
const listeners = new Set<() => void>();
const preloads: (() => Promise<unknown>)[] = [];
/** Longest wait for an idle moment: on a busy machine the parts still load soon after start. */
const IDLE_TIMEOUT_MS = 3_000;

function markStarted(): void {
  if (started) return;
  started = true;
  for (const listener of listeners) listener();
  listeners.clear();
  // One after another, each in its own idle moment, so no long task follows the first draw.
  const next = (): void => {
    const load = preloads.shift();
    if (load) void load().catch(() => undefined).then(() => whenIdle(next));
  };
  whenIdle(next);
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 50);
}

/** Called once the window is on the screen: waits for the first idle moment, then loads what is deferred. */
export function scheduleAfterStart(): void {
  if (started) return;
  whenIdle(markStarted);
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True once the window has been idle after start-up (a part rendered only then does not hold up the first draw). */
export function useAfterStart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => started,
    () => started,
  );
}

/** A component from a module loaded on first render, and preloaded after start-up. */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | null = null;
  const once = (): Promise<ComponentType<P>> => (loading ??= load());
  preloads.push(once);
  return lazy(() => once().then((component) => ({ default: component })));
}
