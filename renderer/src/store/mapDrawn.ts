/**
 * When the canvas has drawn a newly opened map. Work that can wait for an idle moment
 * (building the map's Yjs document, some hundred milliseconds for the sample) waits for
 * this first: an idle callback asked for at once found the page idle while the map's
 * code and data were still arriving, and ran in the middle of the first drawing.
 */
let drawn = -1;
const waiting = new Map<number, Set<() => void>>();

/** The canvas has drawn map version `version` (its nodes on screen, or nothing to draw). */
export function mapDrawn(version: number): void {
  if (version <= drawn) return;
  drawn = version;
  for (const [v, runs] of [...waiting]) {
    if (v > version) continue;
    waiting.delete(v);
    for (const run of runs) run();
  }
}

/**
 * Runs `run` once map version `version` is drawn, or after `timeoutMs` where nothing draws
 * it (no canvas); at once if it already is. Returns a cancel function.
 */
export function afterMapDrawn(version: number, run: () => void, timeoutMs: number): () => void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    waiting.get(version)?.delete(once);
    run();
  };
  const timer = setTimeout(once, timeoutMs);
  if (version <= drawn) once();
  else {
    const runs = waiting.get(version) ?? new Set();
    runs.add(once);
    waiting.set(version, runs);
  }
  return () => {
    done = true;
    clearTimeout(timer);
    waiting.get(version)?.delete(once);
  };
}

/**
 * Runs `build` when the page is idle after the canvas has drawn map `version` (or at most
 * twenty seconds later where nothing draws it); where the browser has no idle
 * callbacks, in the next task. Returns a cancel function.
 */
export function whenDrawnAndIdle(version: number, build: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(build, 0);
    return () => clearTimeout(id);
  }
  let cancelIdle = (): void => {};
  const cancelWait = afterMapDrawn(
    version,
    () => {
      const id = requestIdleCallback(build, { timeout: 2000 });
      cancelIdle = () => cancelIdleCallback(id);
    },
    20_000,
  );
  return () => {
    cancelWait();
    cancelIdle();
  };
}
