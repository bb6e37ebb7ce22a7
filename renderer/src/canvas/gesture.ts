/**
 * Whether a body is being dragged now (liveDrag.ts), for work that would otherwise land in
 * the middle of the drag's frames. On a large map, the router's answer for a newly opened
 * map (every line redrawn, a few hundred milliseconds traced under load) could arrive
 * while the first drag was under way; it waits for the drop instead.
 */
let live = 0;
const waiting = new Set<() => void>();

/** A drag has begun. */
export function gestureStarted(): void {
  live++;
}

/** A drag begun with gestureStarted is over: what waited for it runs now. */
export function gestureEnded(): void {
  if (live === 0) return;
  live--;
  if (live > 0) return;
  const runs = [...waiting];
  waiting.clear();
  for (const run of runs) run();
}

/** True while a body is being dragged. */
export const gestureLive = (): boolean => live > 0;

/** Runs `run` now, or when the drag under way is over. */
export function whenNoGesture(run: () => void): void {
  if (live === 0) run();
  else waiting.add(run);
}
