import { text, type Text } from '../i18n/text';
import type { Issue } from '../model/issue';

/** Why the text of a file is not JSON at all, said in a word a program can act on. */
export type UnreadableKind = 'empty' | 'cut-off' | 'pdf' | 'archive' | 'html' | 'utf16' | 'binary' | 'not-json' | 'broken-json';

/** The open objects and lists at the end of the text, and whether it ends inside a string. */
interface OpenAtEnd {
  readonly closers: string;
  readonly inString: boolean;
}

/**
 * Scans JSON text for its brackets (strings skipped): what is still open where the text
 * ends, or null when the outermost value closes (or a bracket does not match), which
 * means the text did not simply stop early.
 */
function openAtEnd(source: string): OpenAtEnd | null {
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') stack.push('}');
    else if (c === '[') stack.push(']');
    else if (c === '}' || c === ']') {
      if (stack.pop() !== c || stack.length === 0) return null;
    }
  }
  return stack.length > 0 ? { closers: stack.reverse().join(''), inString } : null;
}

const parses = (candidate: string): boolean => {
  try {
    JSON.parse(candidate);
    return true;
  } catch {
    return false;
  }
};

/**
 * True when the text is the start of valid JSON that stops early: closing what is open
 * (after the half-written value or key it ends in) makes it parse. A file with a mistake
 * in its middle is not "cut off", even if it also ends early.
 */
export function endsEarly(source: string): boolean {
  const open = openAtEnd(source);
  if (!open) return false;
  // A string cut inside an escape (\ or \u12) loses the half escape before it is closed.
  const head = open.inString ? `${source.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '')}"` : source;
  // The half-written literal or number it ends in (tru, -1.) goes; a dangling comma too.
  const bases = open.inString ? [head] : [head, head.replace(/(-?[\d.eE+-]+|[a-z]+)\s*$/, '')];
  for (const base of bases) {
    const trimmed = base.trimEnd().replace(/,$/, '');
    for (const fill of ['', 'null', ':null']) if (parses(`${trimmed}${fill}${open.closers}`)) return true;
  }
  return false;
}

/** NUL and other control bytes, or bytes that are not UTF-8 (decoded as U+FFFD): not a text file. */
function looksBinary(start: string): boolean {
  for (let i = 0; i < start.length; i++) {
    const c = start.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) return true;
  }
  return false;
}

/**
 * Text saved as UTF-16 ("Unicode" in Notepad) and read as UTF-8: its byte order mark turns
 * into U+FFFD, and every other character of its ASCII is NUL.
 */
function looksUtf16(start: string): boolean {
  const sample = start.replace(/^\uFFFD{1,2}/, '').slice(0, 200);
  if (sample.length < 8) return false;
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  return nul >= sample.length * 0.4;
}

/** Sorts text that JSON.parse refused by what it most likely is. */
export function classifyUnparsable(source: string): UnreadableKind {
  if (source.trim() === '') return 'empty';
  if (source.startsWith('%PDF-')) return 'pdf';
  // A zip archive (.xlsx, .docx) starts "PK" and 3 4, 5 6 or 7 8.
  if (source.startsWith('PK') && [3, 5, 7].includes(source.charCodeAt(2))) return 'archive';
  if (looksUtf16(source)) return 'utf16';
  if (looksBinary(source.slice(0, 4096))) return 'binary';
  const start = source.trimStart();
  if (start.startsWith('<')) return 'html';
  if (!start.startsWith('{') && !start.startsWith('[')) return 'not-json';
  return endsEarly(start) ? 'cut-off' : 'broken-json';
}

const HEADLINES: Record<UnreadableKind, Text> = {
  empty: text('Filen är tom: den innehåller ingen karta.', 'The file is empty: it holds no map.'),
  'cut-off': text(
    'Filen är avkortad: den slutar mitt i kartan, troligen för att den inte sparades eller kopierades färdigt.',
    'The file is cut off: it ends in the middle of the map, probably because it was not completely saved or copied.',
  ),
  pdf: text('Det här är ingen Mandat-fil utan en PDF.', 'This is not a Mandat file but a PDF.'),
  archive: text(
    'Det här är ingen Mandat-fil utan ett zip-arkiv, till exempel en Excel- eller Word-fil som fått ett nytt namn; en arbetsbok öppnas som .xlsx.',
    'This is not a Mandat file but a zip archive, for example an Excel or Word file that was renamed; a workbook opens as .xlsx.',
  ),
  html: text('Det här är ingen Mandat-fil utan en webbsida (HTML).', 'This is not a Mandat file but a web page (HTML).'),
  utf16: text(
    'Filen är sparad som UTF-16 ("Unicode" i Anteckningar), som Mandat inte läser: spara den som UTF-8 och öppna den igen.',
    'The file is saved as UTF-16 ("Unicode" in Notepad), which Mandat does not read: save it as UTF-8 and open it again.',
  ),
  binary: text('Det här är ingen Mandat-fil: den innehåller inte text.', 'This is not a Mandat file: it does not hold text.'),
  'not-json': text('Det här är ingen Mandat-fil: den är inte skriven i Mandats format (JSON).', "This is not a Mandat file: it is not written in Mandat's format (JSON)."),
  'broken-json': text('Filen är skadad: någonstans i den är texten inte giltig JSON.', 'The file is damaged: somewhere in it the text is not valid JSON.'),
};

/** "rad 12, kolumn 5" of a character offset, for the details. */
function lineAndColumn(source: string, offset: number): Text {
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return text(`rad ${line}, kolumn ${column}`, `line ${line}, column ${column}`);
}

/**
 * Why a file's text cannot be read as JSON: one plain sentence for the headline, and the
 * parser's own words (with the line and column where it stopped) as details for whoever
 * wants to repair the file by hand.
 */
export function describeUnparsable(source: string, parserMessage: string): { kind: UnreadableKind; message: Text; issues: Issue[] } {
  const kind = classifyUnparsable(source);
  const issues: Issue[] = [];
  const at = /position (\d+)/.exec(parserMessage);
  if (kind === 'cut-off') issues.push({ code: kind, path: '', message: text(`Filen har ${source.length} tecken och slutar med: …${source.slice(-60).trim()}`, `The file has ${source.length} characters and ends with: …${source.slice(-60).trim()}`) });
  else if (kind === 'broken-json' && at) {
    const where = lineAndColumn(source, Number(at[1]));
    issues.push({ code: kind, path: '', message: text(`Felet finns på ${where.sv}.`, `The error is at ${where.en}.`) });
  }
  if (kind !== 'empty') issues.push({ code: 'parser', path: '', message: text(`JSON-tolkens meddelande: ${parserMessage}`, `The JSON parser says: ${parserMessage}`) });
  return { kind, message: HEADLINES[kind], issues };
}
