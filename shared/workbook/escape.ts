/**
 * Lists inside one cell: entries separated by `;` (and the parts of a former name
 * by `|`), trimmed. A `\` before `;`, `|`, `\` or white space makes that character
 * literal (so an entry can keep a space at its ends); any other backslash is kept
 * as it is, so hand-typed text rarely needs escaping.
 */

interface Token {
  readonly c: string;
  readonly escaped: boolean;
}

const isSpace = (c: string): boolean => /^\s$/.test(c);
const isSpecial = (c: string): boolean => c === ';' || c === '|' || c === '\\' || isSpace(c);

function tokenize(value: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    const next = value.charAt(i + 1);
    if (c === '\\' && next !== '' && isSpecial(next)) {
      out.push({ c: next, escaped: true });
      i++;
    } else out.push({ c, escaped: false });
  }
  return out;
}

function splitTokens(tokens: readonly Token[], sep: ';' | '|'): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (!t.escaped && t.c === sep) parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  return parts;
}

/** The text of tokens without the white space at their ends that is not escaped. */
function finish(tokens: readonly Token[]): string {
  let start = 0;
  let end = tokens.length;
  while (start < end && !tokens[start]?.escaped && isSpace(tokens[start]?.c ?? '')) start++;
  while (end > start && !tokens[end - 1]?.escaped && isSpace(tokens[end - 1]?.c ?? '')) end--;
  return tokens
    .slice(start, end)
    .map((t) => t.c)
    .join('');
}

/** Escapes one entry so that splitting gives it back exactly. */
export function escapeEntry(value: string): string {
  const chars = [...value];
  let first = 0;
  while (first < chars.length && isSpace(chars[first] ?? '')) first++;
  let last = chars.length - 1;
  while (last >= first && isSpace(chars[last] ?? '')) last--;
  return chars
    .map((c, i) => {
      if (c === ';' || c === '|') return `\\${c}`;
      if (isSpace(c) && (i < first || i > last)) return `\\${c}`;
      if (c === '\\' && (i === chars.length - 1 || isSpecial(chars[i + 1] ?? ''))) return '\\\\';
      return c;
    })
    .join('');
}

/** The trimmed entries of a `;`-separated cell, empty ones left out. */
export function splitList(value: string): string[] {
  return splitTokens(tokenize(value), ';')
    .map(finish)
    .filter((entry) => entry !== '');
}

/** Entries separated by `;`, each split in its `|`-separated parts, all trimmed. */
export function splitNested(value: string): string[][] {
  return splitTokens(tokenize(value), ';')
    .filter((part) => finish(part) !== '')
    .map((part) => splitTokens(part, '|').map(finish));
}

/** Joins entries into one cell. */
export function joinList(items: readonly string[]): string {
  return items.map(escapeEntry).join('; ');
}
