import type { MemberId } from '../model/ids';

/**
 * Who holds a regular seat where on the date, as rows of integers in typed arrays
 * rather than sets of ids: 120,000 memberships index in a few milliseconds and leave
 * little garbage. Bodies are numbered by their position in the context's `bodies`,
 * members by their position in `memberIds`.
 */
export interface SeatIndex {
  /** The members that hold a regular seat on the date; a member's position here is its index. */
  readonly memberIds: readonly MemberId[];
  /** Body position b holds the member indexes `seats[seatStart[b]]` up to (not including) `seats[seatStart[b + 1]]`. */
  readonly seatStart: Int32Array;
  readonly seats: Int32Array;
  /** The same seats by member: member index m sits in body positions `bodyOf[bodyStart[m]…bodyStart[m + 1]]`, ascending. */
  readonly bodyStart: Int32Array;
  readonly bodyOf: Int32Array;
}

/** Adds one to a counter and returns what it was. */
function bump(counters: Int32Array, at: number): number {
  const was = counters[at] as number;
  counters[at] = was + 1;
  return was;
}

/**
 * Groups (row, item) pairs into rows by a counting sort. An item repeated in a row
 * (a member with two regular memberships of one body in force) is kept once.
 */
export function rows(nRows: number, n: number, row: Int32Array, item: Int32Array, nItems: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(nRows + 1);
  for (let k = 0; k < n; k++) bump(start, (row[k] as number) + 1);
  for (let r = 0; r < nRows; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const fill = start.slice(0, nRows);
  const items = new Int32Array(n);
  for (let k = 0; k < n; k++) items[bump(fill, row[k] as number)] = item[k] as number;
  // Drop repeats: mark each item with its row and compact in place.
  const mark = new Int32Array(nItems).fill(-1);
  let write = 0;
  let from = 0;
  for (let r = 0; r < nRows; r++) {
    const end = start[r + 1] as number;
    start[r] = write;
    for (let k = from; k < end; k++) {
      const it = items[k] as number;
      if (mark[it] === r) continue;
      mark[it] = r;
      items[write++] = it;
    }
    from = end;
  }
  start[nRows] = write;
  return { start, items: write === n ? items : items.slice(0, write) };
}

/** The rows of `rows` turned into columns: for each item, the rows it is in, ascending. */
export function transpose(start: Int32Array, items: Int32Array, nItems: number): { start: Int32Array; items: Int32Array } {
  const nRows = start.length - 1;
  const colStart = new Int32Array(nItems + 1);
  for (let k = 0; k < items.length; k++) bump(colStart, (items[k] as number) + 1);
  for (let c = 0; c < nItems; c++) colStart[c + 1] = (colStart[c + 1] as number) + (colStart[c] as number);
  const fill = colStart.slice(0, nItems);
  const out = new Int32Array(items.length);
  for (let r = 0; r < nRows; r++) {
    for (let k = start[r] as number; k < (start[r + 1] as number); k++) out[bump(fill, items[k] as number)] = r;
  }
  return { start: colStart, items: out };
}

/**
 * Every pair of bodies that shares at least `min` regular members, counted through
 * each member's bodies rather than by comparing every pair of bodies, so the cost
 * follows the memberships: for each body, the bodies its members also sit in. Calls
 * `found(first, second, shared)` with body positions, first < second.
 */
export function forEachSharedPair(index: SeatIndex, min: number, found: (first: number, second: number, shared: number) => void): void {
  const { seatStart, seats, bodyStart, bodyOf } = index;
  const nBodies = seatStart.length - 1;
  const counts = new Int32Array(nBodies);
  // The bodies counted for body i, and those that reach `min`: typed scratch lists, so
  // that a hundred thousand pushes a run leave no garbage behind.
  const touched = new Int32Array(nBodies);
  const hits = new Int32Array(nBodies);
  // Index loops over typed arrays: at half a million steps anything else adds up.
  for (let i = 0; i < nBodies; i++) {
    let nTouched = 0;
    for (let s = seatStart[i] as number; s < (seatStart[i + 1] as number); s++) {
      const m = seats[s] as number;
      const end = bodyStart[m + 1] as number;
      // Bodies are listed ascending, so the ones after i come last.
      for (let o = end - 1; o >= (bodyStart[m] as number); o--) {
        const j = bodyOf[o] as number;
        if (j <= i) break;
        const c = counts[j] as number;
        counts[j] = c + 1;
        if (c === 0) touched[nTouched++] = j;
      }
    }
    let nHits = 0;
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t] as number;
      if ((counts[j] as number) >= min) hits[nHits++] = j;
      else counts[j] = 0;
    }
    // Only the few pairs that count are sorted, so the output follows body order: the
    // usual handful by insertion, in place (a subarray to sort is one more object a body).
    if (nHits > 32) hits.subarray(0, nHits).sort();
    else
      for (let h = 1; h < nHits; h++) {
        const v = hits[h] as number;
        let k = h - 1;
        for (; k >= 0 && (hits[k] as number) > v; k--) hits[k + 1] = hits[k] as number;
        hits[k + 1] = v;
      }
    for (let h = 0; h < nHits; h++) {
      const j = hits[h] as number;
      found(i, j, counts[j] as number);
      counts[j] = 0;
    }
  }
}

/**
 * The members two bodies share (by position), in the order of the second body's seats.
 * `mark` is a zeroed scratch array with a slot per member; it is left zeroed.
 */
export function sharedMembers(index: SeatIndex, mark: Int32Array, a: number, b: number): MemberId[] {
  const { seatStart, seats } = index;
  for (let k = seatStart[a] as number; k < (seatStart[a + 1] as number); k++) mark[seats[k] as number] = 1;
  // Counted first so the list is made at its size: thousands of findings hold one, and a
  // list grown by push keeps room for 16.
  let n = 0;
  for (let k = seatStart[b] as number; k < (seatStart[b + 1] as number); k++) n += mark[seats[k] as number] as number;
  const shared = new Array<MemberId>(n);
  let at = 0;
  for (let k = seatStart[b] as number; k < (seatStart[b + 1] as number); k++) {
    const m = seats[k] as number;
    if (mark[m] === 1) shared[at++] = index.memberIds[m] as MemberId;
  }
  for (let k = seatStart[a] as number; k < (seatStart[a + 1] as number); k++) mark[seats[k] as number] = 0;
  return shared;
}
