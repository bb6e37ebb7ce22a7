/**
 * The little of opentype.js (2.0, which ships no types) that the font-metrics script and
 * the export tests use: reading a font and measuring with it.
 */
declare module 'opentype.js' {
  export interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly ascender: number;
    readonly descender: number;
    hasChar(c: string): boolean;
    charToGlyph(c: string): Glyph;
    getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
  }
  /** The package is CommonJS/UMD: only its default export exists under Node's ESM loader. */
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
