import { text, type Text } from '../i18n/text';

export interface DecodedCsv {
  readonly text: string;
  /** Set when the file was not UTF-8: what it was read as, to say so. */
  readonly notice: Text | null;
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (the WHATWG Encoding Standard's table;
 * the five bytes it leaves undefined stay the C1 control of the same number). Swedish Excel
 * writes – “ ” € … with these bytes.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Bytes as Windows-1252. Not TextDecoder('windows-1252') alone: Node 20's decodes that label
 * as ISO-8859-1, turning 0x80–0x9F (the en dash, curly quotes, the euro sign) into invisible
 * control characters. Its output is mapped through the table, which leaves a correct
 * decoder's output as it was.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] as number));
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
    // A UTF-8 byte order mark says what the file is: a few bytes that are not UTF-8 (one
    // letter pasted from elsewhere) are that, and the rest is read as written.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8WithBadBytes(bytes);
    return {
      text: decodeWindows1252(bytes),
      notice: text(
        'filen var inte UTF-8 och lästes som Windows-1252 (västeuropeisk), som Excel sparar CSV. Kontrollera å, ä och ö.',
        'the file was not UTF-8 and was read as Windows-1252 (Western European), as Excel saves CSV. Check the accented letters.',
      ),
    };
  }
}

/** A file marked as UTF-8 with bytes that are not: read as UTF-8, each such byte a \uFFFD, and the first one's row said. */
function utf8WithBadBytes(bytes: Uint8Array): DecodedCsv {
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // The file's own U+FFFD characters (rare) would be counted too; the row named is then an earlier one, still a place to look.
  const first = decoded.indexOf('\uFFFD');
  let row = 1;
  for (let i = decoded.indexOf('\n'); i !== -1 && i < first; i = decoded.indexOf('\n', i + 1)) row++;
  return {
    text: decoded,
    notice: text(
      `filen är märkt som UTF-8 men har tecken som inte är det, det första på rad ${row}; de lästes som \uFFFD. Spara filen som CSV UTF-8 igen eller rätta tecknet.`,
      `the file is marked as UTF-8 but has characters that are not, the first on row ${row}; they were read as \uFFFD. Save the file as CSV UTF-8 again or correct the character.`,
    ),
  };
}
