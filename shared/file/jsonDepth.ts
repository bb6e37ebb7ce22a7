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
 * that do not match are left to JSON.parse to report. A string is skipped with
 * `indexOf` (its closing quote, or a backslash before it) rather than character by
 * character: the Yjs state is one string of tens of megabytes in a large map.
 */
export function findTooDeepNesting(source: string, limit: number = MAX_JSON_DEPTH): TooDeep | null {
  let depth = 0;
  // The next backslash at or after the scan, found once and reused until the scan passes it.
  let backslash = -2;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === QUOTE) {
      // Inside a string: jump to its end, stepping over escaped characters.
      for (let from = i + 1; ; ) {
        const quote = source.indexOf('"', from);
        if (quote === -1) return null;
        if (backslash !== -1 && backslash < from) backslash = source.indexOf('\\', from);
        if (backslash === -1 || backslash > quote) {
          i = quote;
          break;
        }
        from = backslash + 2;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > limit) return scanWithPosition(source, limit);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}
