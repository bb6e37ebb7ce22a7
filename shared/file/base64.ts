/**
 * Base64 for the Yjs state in a .mandat file, in Node, browsers and workers alike. lib0's
 * coder is not used: it decides by the presence of `window` whether it runs in Node, and in a
 * worker (which has none: the autosave's, platform/stateText.ts) it called Node's Buffer.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Node's Buffer where there is one (the command line, the desktop's main process, tests):
 * lib0's decoder always copied Node's result into a new Uint8Array, a second pass over the
 * tens of megabytes of a large map's Yjs state.
 */
const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;

interface NodeBufferLike {
  from(text: string, encoding: 'base64'): Uint8Array<ArrayBuffer>;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'base64'): string };
}

/**
 * The engine's own decoder where there is one (`Uint8Array.fromBase64`: Chromium 140 and
 * later, so the desktop app and current browsers): atob's string, taken a character at a time
 * (decodeBase64Portable), was a measurable part of the start on the sample's Yjs state.
 */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/** The engine's own encoder where there is one (`Uint8Array.prototype.toBase64`: Chromium 140 and later). */
const nativeToBase64 = (Uint8Array.prototype as { toBase64?: (this: Uint8Array) => string }).toBase64;

/** Encodes bytes as base64 with btoa, a chunk of bytes at a time (in every browser and worker). */
export function encodeBase64Portable(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Encodes bytes as base64: the engine's encoder, Node's Buffer, or btoa, whichever there is first. */
export function encodeBase64(bytes: Uint8Array): string {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return encodeBase64Portable(bytes);
}

/** Decodes base64 with atob (in every browser and worker); the text must be base64. */
export function decodeBase64Portable(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Decodes base64, or returns null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  try {
    if (!NodeBuffer) return nativeFromBase64 ? nativeFromBase64(text) : decodeBase64Portable(text);
    const decoded = NodeBuffer.from(text, 'base64');
    // A large Buffer has its own memory and is used as it is; a small one lives in a pool shared
    // with other Buffers, whose bytes a view's `.buffer` would expose, so it is copied.
    if (decoded.byteOffset === 0 && decoded.buffer.byteLength === decoded.length) return new Uint8Array(decoded.buffer, 0, decoded.length);
    return new Uint8Array(decoded);
  } catch {
    return null;
  }
}
