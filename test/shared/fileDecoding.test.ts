import fc from 'fast-check';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { describe, expect, it, vi } from 'vitest';
import { decodeBase64, encodeBase64, encodeBase64Portable } from '../../shared/file/base64';
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

describe('decodeBase64 in a browser', () => {
  // The page has no Buffer; with the engine's Uint8Array.fromBase64 that is used, without it lib0's decoder.
  async function browserDecoder(native: ((text: string) => Uint8Array) | undefined): Promise<typeof decodeBase64> {
    vi.resetModules();
    vi.stubGlobal('Buffer', undefined);
    const had = Object.getOwnPropertyDescriptor(Uint8Array, 'fromBase64');
    Object.defineProperty(Uint8Array, 'fromBase64', { value: native, configurable: true, writable: true });
    try {
      return (await import('../../shared/file/base64')).decodeBase64;
    } finally {
      vi.unstubAllGlobals();
      if (had) Object.defineProperty(Uint8Array, 'fromBase64', had);
      else delete (Uint8Array as { fromBase64?: unknown }).fromBase64;
    }
  }

  it('uses the engine’s decoder where there is one, and refuses what is not base64 before it', async () => {
    const calls: string[] = [];
    const decode = await browserDecoder((text) => {
      calls.push(text);
      return fromBase64(text);
    });
    expect([...(decode('AQID') as Uint8Array)]).toEqual([1, 2, 3]);
    expect(decode('AA A')).toBeNull();
    expect(calls).toEqual(['AQID']);
  });

  it('falls back to atob without it, with the same bytes', async () => {
    const decode = await browserDecoder(undefined);
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect([...(decode(toBase64(bytes)) as Uint8Array)]).toEqual([...bytes]);
  });
});

describe('encodeBase64', () => {
  // Node's Buffer is the reference: the three encoders must give its text.
  const nodeText = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

  it('gives standard padded base64 with Node’s Buffer and with btoa, for a view into a larger buffer too', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.nat(5), (bytes, cut) => {
        const view = bytes.subarray(Math.min(cut, bytes.length));
        expect(encodeBase64(view)).toBe(nodeText(view));
        expect(encodeBase64Portable(view)).toBe(nodeText(view));
        expect([...(decodeBase64(encodeBase64(view)) as Uint8Array)]).toEqual([...view]);
      }),
      { numRuns: 60 },
    );
  });

  it('uses the engine’s encoder where there is one, and btoa where there is neither it nor Buffer (a worker of an older browser)', async () => {
    const calls: number[] = [];
    const had = Object.getOwnPropertyDescriptor(Uint8Array.prototype, 'toBase64');
    const load = async (): Promise<typeof encodeBase64> => {
      vi.resetModules();
      vi.stubGlobal('Buffer', undefined);
      try {
        return (await import('../../shared/file/base64')).encodeBase64;
      } finally {
        vi.unstubAllGlobals();
      }
    };
    try {
      Object.defineProperty(Uint8Array.prototype, 'toBase64', {
        value(this: Uint8Array) {
          calls.push(this.length);
          return nodeText(this);
        },
        configurable: true,
        writable: true,
      });
      const native = await load();
      expect(native(new Uint8Array([1, 2, 3]))).toBe('AQID');
      expect(calls).toEqual([3]);
      delete (Uint8Array.prototype as { toBase64?: unknown }).toBase64;
      const portable = await load();
      const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 131) % 256);
      expect(portable(bytes)).toBe(nodeText(bytes));
      expect(calls).toEqual([3]);
    } finally {
      if (had) Object.defineProperty(Uint8Array.prototype, 'toBase64', had);
      else delete (Uint8Array.prototype as { toBase64?: unknown }).toBase64;
    }
  });
});
