/**
 * How deep `{` and `[` may nest in a .mandat file. Mandat writes four levels (a former
 * name inside a body inside the list of bodies inside the file); far deeper nesting is
 * no map, and every recursive step after JSON.parse (restore, comparing, Yjs) would
 * risk overflowing the stack on it.
 */
export const MAX_JSON_DEPTH = 64;

/** Where the nesting first went past the limit: 1-based line and column. */
export interface TooDeep {
  readonly line: number;
  readonly column: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/**
 * A function that finds the closing quote of the JSON string opened at `open` in `source`
 * (or -1 when it is never closed), skipping escaped characters. It jumps with `indexOf`
 * (the closing quote, or a backslash before it) rather than walking character by
 * character: the Yjs state is one string of tens of megabytes in a large map. The next
 * backslash is found once and reused until the scan passes it, so one skipper serves a
 * whole scan of `source` from start to end.
 */
export function stringSkipper(source: string): (open: number) => number {
  let backslash = -2;
  return (open) => {
    for (let from = open + 1; ; ) {
      const quote = source.indexOf('"', from);
      if (quote === -1) return -1;
      if (backslash !== -1 && backslash < from) backslash = source.indexOf('\\', from);
      if (backslash === -1 || backslash > quote) return quote;
      from = backslash + 2;
    }
  };
}

/**
 * The character-by-character scan, which also counts lines (a newline escaped inside a
 * string is not counted, as the first version of this scan did). Run only when the fast
 * scan below has found the limit passed, to say where.
 */
function scanWithPosition(source: string, limit: number): TooDeep | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      lineStart = i + 1;
    }
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > limit) return { line, column: i - lineStart + 1 };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/**
 * Scans JSON text for bracket depth before it is parsed, skipping strings, in one pass
 * without recursion. Returns where the depth first exceeds `limit`, or null. Brackets
 * that do not match are left to JSON.parse to report. Strings are skipped with
 * `stringSkipper`.
 */
export function findTooDeepNesting(source: string, limit: number = MAX_JSON_DEPTH): TooDeep | null {
  let depth = 0;
  const endOfString = stringSkipper(source);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === QUOTE) {
      // Inside a string: jump to its end.
      i = endOfString(i);
      if (i === -1) return null;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > limit) return scanWithPosition(source, limit);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}
