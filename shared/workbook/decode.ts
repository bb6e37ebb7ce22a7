import { text, type Text } from '../i18n/text';

export interface DecodedCsv {
  readonly text: string;
  /** Set when the file was not UTF-8: what it was read as, to say so. */
  readonly notice: Text | null;
}

/**
 * The text of a CSV file's bytes: UTF-8 when they are valid UTF-8 (a byte order mark
 * dropped), UTF-16 with its byte order mark (Excel's "Unicode text"), otherwise
 * Windows-1252, which Swedish Excel writes, with a notice saying so. Never mojibake:
 * bytes that are not UTF-8 are never read as UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: null };
  try {
    // ignoreBOM keeps the mark in the text, where the reader drops it with one from a string source.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), notice: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      notice: text(
        'filen var inte UTF-8 och lästes som Windows-1252 (västeuropeisk), som Excel sparar CSV. Kontrollera å, ä och ö.',
        'the file was not UTF-8 and was read as Windows-1252 (Western European), as Excel saves CSV. Check the accented letters.',
      ),
    };
  }
}
