import { fromBase64, toBase64 } from 'lib0/buffer';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Encodes bytes as base64. */
export function encodeBase64(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/**
 * Node's Buffer where there is one (the command line, the desktop's main process, tests):
 * lib0's decoder always copies Node's result into a new Uint8Array, a second pass over the
 * tens of megabytes of a large map's Yjs state.
 */
const NodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array<ArrayBuffer> } }).Buffer;

/**
 * The engine's own decoder where there is one (`Uint8Array.fromBase64`: Chromium 140 and
 * later, so the desktop app and current browsers): lib0's goes through atob's string one
 * character at a time, which on the sample's Yjs state was a measurable part of the start.
 */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/** Decodes base64, or returns null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  try {
    if (!NodeBuffer) return nativeFromBase64 ? nativeFromBase64(text) : fromBase64(text);
    const decoded = NodeBuffer.from(text, 'base64');
    // A large Buffer has its own memory and is used as it is; a small one lives in a pool shared
    // with other Buffers, whose bytes a view's `.buffer` would expose, so it is copied.
    if (decoded.byteOffset === 0 && decoded.buffer.byteLength === decoded.length) return new Uint8Array(decoded.buffer, 0, decoded.length);
    return new Uint8Array(decoded);
  } catch {
    return null;
  }
}
