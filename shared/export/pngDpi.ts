/** CRC-32 as PNG chunks use it (ISO 3309). */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE_LENGTH = 8;

/** Width and height in pixels from a PNG's header; null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || png[0] !== 0x89 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The PNG with a pHYs chunk saying its resolution, so that Word and LibreOffice place a
 * 300 dpi image at its printed size instead of at 96 dpi (three times too large).
 * Any pHYs chunk already there is replaced.
 */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!pngSize(png)) return png;
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(12 + 9);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Keep every chunk but an old pHYs; put ours right after IHDR (it must come before IDAT).
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE_LENGTH)];
  const src = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = SIGNATURE_LENGTH;
  while (offset + 8 <= png.length) {
    const length = src.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(offset, end));
    if (type === 'IHDR') parts.push(chunk);
    offset = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The resolution a PNG's pHYs chunk gives, in dots per inch; null without one. */
export function pngDpi(png: Uint8Array): number | null {
  const src = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = SIGNATURE_LENGTH;
  while (offset + 8 <= png.length) {
    const length = src.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'pHYs' && png[offset + 16] === 1) return Math.round(src.getUint32(offset + 8) * 0.0254);
    offset += 12 + length;
  }
  return null;
}
