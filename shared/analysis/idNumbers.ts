/**
 * Ids numbered 0, 1, 2 … in the order added, looked up by an open-addressing hash table
 * in a typed array. For the tens of thousands of members of a large map: a Map of them
 * grew by doubling and left about two megabytes for the garbage collector every analysis,
 * where the table's one typed array lies outside the collected heap.
 */
export class IdNumbers {
  private readonly ids: string[];
  /** Slot → number + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** A table for up to `capacity` ids. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.ids = new Array<string>(capacity);
  }

  /** FNV-1a over the id's UTF-16 code units. */
  private static hash(id: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    return h;
  }

  /** Adds an id not yet in the table (and within its capacity); returns its number. */
  add(id: string): number {
    let s = IdNumbers.hash(id) & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    const n = this.count++;
    this.ids[n] = id;
    this.slots[s] = n + 1;
    return n;
  }

  /** The id numbered `n`. */
  id(n: number): string {
    return this.ids[n] as string;
  }

  /** The id's number, or -1 when it is not in the table. */
  get(id: string): number {
    const { slots, ids, mask } = this;
    let s = IdNumbers.hash(id) & mask;
    for (;;) {
      const v = slots[s] as number;
      if (v === 0) return -1;
      if (ids[v - 1] === id) return v - 1;
      s = (s + 1) & mask;
    }
  }
}
