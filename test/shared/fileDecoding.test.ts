import fc from 'fast-check';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../shared/file/base64';
import { findTooDeepNesting } from '../../shared/file/jsonDepth';

/** The scan as first written, one character at a time: the fast scan must agree with it on everything. */
function referenceScan(source: string, limit: number): { line: number; column: number } | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > limit) return { line, column: i - lineStart + 1 };
    } else if (c === '}' || c === ']') depth--;
  }
  return null;
}

describe('findTooDeepNesting', () => {
  it('finds what the character-by-character scan finds, at the same line and column', () => {
    const symbol = fc.constantFrom('{', '}', '[', ']', '"', '\\', '\n', 'x', ' ', ':');
    fc.assert(
      fc.property(fc.array(symbol, { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (chars, limit) => {
        const source = chars.join('');
        expect(findTooDeepNesting(source, limit)).toEqual(referenceScan(source, limit));
      }),
      { numRuns: 1000 },
    );
  });

  it('skips a long string in one step and still finds nesting after it', () => {
    const long = 'A'.repeat(1_000_000);
    expect(findTooDeepNesting(`{"yjs":"${long}","x":[[[]]]}`, 3)).toEqual({ line: 1, column: long.length + 17 });
    expect(findTooDeepNesting(`{"yjs":"${long}\\"[[[[","x":[[]]}`, 3)).toBeNull();
  });
});

describe('decodeBase64', () => {
  it('gives the bytes lib0 gives, in an array that holds only them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 9000 }), (bytes) => {
        const decoded = decodeBase64(toBase64(bytes));
        expect(decoded).not.toBeNull();
        expect([...(decoded as Uint8Array)]).toEqual([...fromBase64(toBase64(bytes))]);
        // Node keeps small Buffers in a shared pool: the result must not be a view that exposes it.
        expect((decoded as Uint8Array).buffer.byteLength).toBe(bytes.length);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses text that is not base64', () => {
    for (const bad of ['A', 'AA=A', 'AA-_', 'AA A', 'A===', 'ÅÄÖa']) expect(decodeBase64(bad), bad).toBeNull();
  });
});
