/**
 * A map file's bytes as text, and whether they were UTF-8. A file saved as Windows-1252
 * by an old editor decodes with � where its å, ä and ö were; a map whose text holds a real
 * � (copied from a damaged web page) decodes the same. Only the bytes tell the two apart,
 * so the host that reads them says which it was, and restore speaks of an encoding only
 * for the first.
 */
export interface DecodedText {
  readonly text: string;
  /** False when some bytes were no UTF-8 and became U+FFFD. */
  readonly utf8: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), utf8: true };
  } catch {
    return { text: lenient.decode(bytes), utf8: false };
  }
}
