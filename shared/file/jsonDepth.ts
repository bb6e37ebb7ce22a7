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
 * Scans JSON text for bracket depth before it is parsed, skipping strings, in one pass
 * without recursion. Returns where the depth first exceeds `limit`, or null. Brackets
 * that do not match are left to JSON.parse to report.
 */
export function findTooDeepNesting(source: string, limit: number = MAX_JSON_DEPTH): TooDeep | null {
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
