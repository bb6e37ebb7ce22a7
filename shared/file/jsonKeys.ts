/**
 * Keys written twice in one JSON object. JSON.parse keeps the last of them without a word;
 * in a .mandat file edited by hand ("name" added again under the old one) that silently drops
 * what the person wrote first, so restore says which key it was and where.
 */

/** One key written more than once in one object: where the object is, the key, and the 1-based line of the later one. */
export interface DuplicateKey {
  /** The object's place as restore names it (`bodies[3]`, `map`, `bodies[3].mandate`), '' for the file's top level. */
  readonly path: string;
  readonly key: string;
  readonly line: number;
}

import { stringSkipper } from './jsonDepth';

const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;

interface Frame {
  object: boolean;
  /** The keys met so far (objects only): a list while short, a set beyond SMALL. */
  keys: string[];
  set: Set<string> | null;
  /** The key or the index whose value is being read. */
  at: string | number | null;
}

/** Up to this many keys an object's are compared one by one (a map's elements have about ten). */
const SMALL = 16;

/** Whether `key` was met before in the frame's object; remembers it. */
function seenBefore(frame: Frame, key: string): boolean {
  if (frame.set) {
    if (frame.set.has(key)) return true;
    frame.set.add(key);
    return false;
  }
  if (frame.keys.includes(key)) return true;
  frame.keys.push(key);
  if (frame.keys.length > SMALL) frame.set = new Set(frame.keys);
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function placeOf(frames: readonly Frame[], depth: number): string {
  let path = '';
  // The frame at depth - 1 is the object holding the key; its own `at` is the key itself.
  for (let i = 0; i < depth - 1; i++) {
    const at = (frames[i] as Frame).at;
    if (typeof at === 'number') path += `[${at}]`;
    else if (at !== null) path += path ? `.${at}` : at;
  }
  return path;
}

/** The 1-based line of an index of `source`, for indexes asked in increasing order (counting on from the last). */
function lineCounter(source: string): (index: number) => number {
  let line = 1;
  let from = 0;
  return (index) => {
    for (let i = source.indexOf('\n', from); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) {
      line++;
      from = i + 1;
    }
    return line;
  };
}

/**
 * Every key written more than once in one object of `source`, which must be valid JSON
 * (run after JSON.parse has accepted it). One pass without recursion; strings are skipped
 * with jsonDepth's stringSkipper, so the Yjs state (one long string) costs little. At
 * most `limit` are returned.
 */
export function findDuplicateKeys(source: string, limit = 20): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One frame per depth, reused from object to object: a large map has tens of thousands.
  const frames: Frame[] = [];
  let depth = 0;
  const endOfString = stringSkipper(source);
  const lineAt = lineCounter(source);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      i = endOfString(i);
      if (i === -1) return found;
      const frame = depth > 0 ? (frames[depth - 1] as Frame) : null;
      if (!frame?.object) continue;
      let next = i + 1;
      while (next < source.length && isSpace(source.charCodeAt(next))) next++;
      if (source.charCodeAt(next) !== COLON) continue;
      const raw = source.slice(start, i);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      frame.at = key;
      if (seenBefore(frame, key)) {
        found.push({ path: placeOf(frames, depth), key, line: lineAt(start) });
        if (found.length >= limit) return found;
      }
    } else if (c === 0x7b || c === 0x5b) {
      const object = c === 0x7b;
      const frame = frames[depth];
      if (frame) {
        frame.object = object;
        frame.keys.length = 0;
        frame.set = null;
        frame.at = object ? null : 0;
      } else frames.push({ object, keys: [], set: null, at: object ? null : 0 });
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else if (c === COMMA) {
      const frame = depth > 0 ? (frames[depth - 1] as Frame) : null;
      if (frame && !frame.object) frame.at = (frame.at as number) + 1;
    }
  }
  return found;
}
