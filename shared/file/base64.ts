import { fromBase64, toBase64 } from 'lib0/buffer';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Encodes bytes as base64. */
export function encodeBase64(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/** Decodes base64, or returns null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  try {
    return fromBase64(text);
  } catch {
    return null;
  }
}
