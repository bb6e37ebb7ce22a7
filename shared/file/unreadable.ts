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

/**
 * A map saved in Windows-1252 or Latin-1 and read as UTF-8: JSON all through, no control
 * bytes, but its å, ä and ö turned into U+FFFD, which cannot be what it says.
 */
function looksLikeOtherEncoding(source: string): boolean {
  const start = source.trimStart();
  if (!start.startsWith('{') || !source.includes('\uFFFD')) return false;
  for (let i = 0; i < Math.min(source.length, 65_536); i++) {
    const c = source.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) return false;
  }
  return true;
}

/** Sorts text that JSON.parse refused by what it most likely is. */
export function classifyUnparsable(source: string): UnreadableKind {
  if (source.trim() === '') return 'empty';
  if (source.startsWith('%PDF-')) return 'pdf';
  // A zip archive (.xlsx, .docx) starts "PK" and 3 4, 5 6 or 7 8.
  if (source.startsWith('PK') && [3, 5, 7].includes(source.charCodeAt(2))) return 'archive';
  if (looksUtf16(source)) return 'utf16';
  // Text in another encoding is text: what is wrong with it besides (cut off, damaged) is found below, and the encoding said beside it.
  if (!looksLikeOtherEncoding(source) && looksBinary(source.slice(0, 4096))) return 'binary';
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

/** Where a JSON scan stopped: the offset of the first character that cannot be there. */
class Stop {
  constructor(
    readonly at: number,
    /** What the scan needed there, where that says more than the character found. */
    readonly expected: 'colon' | null = null,
  ) {}
}

/** A JSON number at `lastIndex` (sticky: no copy of the text, however long the number). */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * The offset of the first character at which `source` stops being JSON (its length when it
 * ends too early). JSON.parse's messages give no position for many mistakes ("Unexpected
 * token 'N', …"), and differ between engines; this scan says the same everywhere. Recursive:
 * run after restore has refused nesting deeper than MAX_JSON_DEPTH.
 */
export function firstSyntaxError(source: string): number {
  return syntaxStop(source).at;
}

/** Where the scan stopped, and what it needed there. */
function syntaxStop(source: string): Stop {
  let i = 0;
  const space = (): void => {
    while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\r' || source[i] === '\t')) i++;
  };
  const string = (): void => {
    if (source[i] !== '"') throw new Stop(i);
    i++;
    for (;;) {
      if (i >= source.length) throw new Stop(i);
      const c = source.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) throw new Stop(i);
      if (c === 0x5c) {
        const e = source[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) throw new Stop(i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop(i);
      } else i++;
    }
  };
  // The members of an object or an array, from its opening bracket at i to `close`.
  const members = (close: string, member: () => void): void => {
    i++;
    space();
    if (source[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (source[i] === ',') i++;
      else if (source[i] === close) return void i++;
      else throw new Stop(i);
    }
  };
  const entry = (): void => {
    space();
    string();
    space();
    if (source[i] !== ':') throw new Stop(i, 'colon');
    i++;
    value();
  };
  const value = (): void => {
    space();
    const c = source[i];
    if (c === '{') return members('}', entry);
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (source.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(source);
    if (number && number[0] !== '') return void (i += number[0].length);
    throw new Stop(i);
  };
  try {
    value();
    space();
    return new Stop(i < source.length ? i : source.length);
  } catch (e) {
    if (e instanceof Stop) return e;
    throw e;
  }
}

/** What a person most likely wrote where the JSON stops, in words, or null. */
function mistakeAt(source: string, stop: Stop): Text | null {
  const at = stop.at;
  const rest = source.slice(at, at + 12);
  if (stop.expected === 'colon') return text('ett kolon (:) saknas efter namnet', 'a colon (:) is missing after the name');
  const word = /^(NaN|-?Infinity|undefined)\b/.exec(rest)?.[0];
  if (word) return text(`${word} är inget värde i JSON; skriv ett tal eller null`, `${word} is no value in JSON; write a number or null`);
  if ((rest.startsWith('}') || rest.startsWith(']')) && /,\s*$/.test(source.slice(Math.max(0, at - 200), at))) return text(`ett kommatecken står före ${rest[0]}; ta bort det`, `a comma stands before ${rest[0]}; remove it`);
  if (rest.startsWith('//') || rest.startsWith('/*')) return text('JSON har inga kommentarer; ta bort dem', 'JSON has no comments; remove them');
  if (rest.startsWith("'")) return text('text i JSON står inom raka dubbla citattecken ("…"), inte enkla', 'text in JSON stands in straight double quotes ("…"), not single ones');
  // A value ends and the next begins with only space between: the comma between them is missing.
  if (/^["{[\d-]/.test(rest) && /["\]}el]\s*$|\d\s+$/.test(source.slice(Math.max(0, at - 200), at)) && at > 0)
    return text('ett kommatecken saknas före det här', 'a comma is missing before this');
  const code = source.charCodeAt(at);
  if (code < 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09)
    return text(`ett osynligt styrtecken (${visible(source[at] ?? '')}) står här; ta bort det`, `an invisible control character (${visible(source[at] ?? '')}) stands here; remove it`);
  // Outside a text, line breaks and tabs are spaces: a scan stopped at one is inside a text.
  if (rest.startsWith('\n') || rest.startsWith('\r') || rest.startsWith('\t'))
    return text('en radbrytning eller tabb inuti en text ska skrivas \\n eller \\t', 'a line break or tab inside a text is written \\n or \\t');
  return null;
}

/** The text around an offset on one line, for a person to find it: line breaks shown as ⏎. */
function around(source: string, at: number): string {
  const from = Math.max(0, at - 24);
  const to = Math.min(source.length, at + 24);
  return `${from > 0 ? '…' : ''}${visible(source.slice(from, to).replace(/\r?\n/g, '⏎').replace(/\t/g, ' '))}${to < source.length ? '…' : ''}`;
}

/** Control characters as their pictures (ESC as ␛): an excerpt printed in a terminal must not be able to steer it. */
function visible(s: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is replaced
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : c.charCodeAt(0) === 0x7f ? '\u2421' : '\uFFFD'));
}

/**
 * Why a file's text cannot be read as JSON: one plain sentence for the headline, and as
 * details for whoever repairs the file by hand, in the person's language: where a cut-off
 * file ends, or where a damaged one stops being JSON (line, column, the text there, and
 * what was most likely written: NaN, a comma before }, a comment, single quotes). The
 * parser's own English words only where no place could be found. `utf8` is what the host
 * found of the bytes (true: a � is text, and no other encoding is suspected).
 */
export function describeUnparsable(source: string, parserMessage: string, utf8?: boolean): { kind: UnreadableKind; message: Text; issues: Issue[] } {
  const kind = classifyUnparsable(source);
  const issues: Issue[] = [];
  if (kind === 'cut-off') issues.push({ code: kind, path: '', message: text(`Filen har ${source.length} tecken och slutar med: …${visible(source.slice(-60).trim())}`, `The file has ${source.length} characters and ends with: …${visible(source.slice(-60).trim())}`) });
  else if (kind === 'broken-json') {
    // Where the text leaves JSON, and the other reading's count of characters: a BOM is gone already.
    const stop = syntaxStop(source);
    const at = stop.at;
    if (at < source.length) {
      const where = lineAndColumn(source, at);
      const mistake = firstSyntaxErrorEndsValue(source, at) ? text('efter kartans slut står mer text (två kartor i en fil?)', 'more text follows the end of the map (two maps in one file?)') : mistakeAt(source, stop);
      const snippet = around(source, at);
      issues.push({
        code: kind,
        path: '',
        message: text(`Felet finns på ${where.sv}${mistake ? `: ${mistake.sv}` : ''}. Där står: ${snippet}`, `The error is at ${where.en}${mistake ? `: ${mistake.en}` : ''}. The text there: ${snippet}`),
      });
    } else issues.push({ code: 'parser', path: '', message: text(`JSON-tolkens meddelande (på engelska): ${parserMessage}`, `The JSON parser says: ${parserMessage}`) });
  }
  if ((kind === 'cut-off' || kind === 'broken-json') && utf8 !== true && looksLikeOtherEncoding(source)) {
    const at = source.indexOf('\uFFFD');
    const where = lineAndColumn(source, at);
    issues.push({
      code: 'not-utf8',
      path: '',
      message: text(
        `Filen är dessutom troligen inte sparad som UTF-8 (utan som Windows-1252 eller Latin-1): det första tecknet som inte kunde läsas står på ${where.sv}: ${around(source, at)}`,
        `The file is probably not saved as UTF-8 either (but as Windows-1252 or Latin-1): the first character that could not be read is at ${where.en}: ${around(source, at)}`,
      ),
    });
  }
  return { kind, message: HEADLINES[kind], issues };
}

/** Whether the JSON before `at` is one whole value (so what follows is extra text). */
function firstSyntaxErrorEndsValue(source: string, at: number): boolean {
  const head = source.slice(0, at);
  return head.trim() !== '' && parses(head);
}
