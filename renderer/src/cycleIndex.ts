/**
 * The next place in a round of `count` after `current` (-1: not in the round yet):
 * forward from outside starts at the first, backwards at the last, and both ends wrap.
 * Enter in the search field steps through hits this way, F6 through the window's regions.
 */
export function cycleIndex(current: number, count: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}
