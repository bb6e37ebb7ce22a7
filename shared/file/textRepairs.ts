/**
 * The repairs restore reports for what it read from a file's text before the model: letters
 * that could not be read (not UTF-8), control characters removed, keys written more than
 * once. Each place is named, the first few one by one and the rest counted.
 */
import { text, type Text } from '../i18n/text';
import type { DuplicateKey } from './jsonKeys';

/** Something restore changed so that the map could be opened. */
export interface Repair {
  readonly code: string;
  readonly path: string;
  readonly message: Text;
}

/**
 * A file saved in another encoding than UTF-8 (Windows-1252 by an old editor) still parses
 * when its only other bytes are letters inside texts, which come out as U+FFFD: the map opens,
 * and the person is told where the first one is, rather than finding "Br�" later.
 */
export function notUtf8Repair(json: string): Repair[] {
  const at = json.indexOf('\uFFFD');
  if (at === -1) return [];
  let line = 1;
  for (let i = json.indexOf('\n'); i !== -1 && i < at; i = json.indexOf('\n', i + 1)) line++;
  return [
    {
      code: 'not-utf8',
      path: '',
      message: text(
        `Filen har tecken som inte kunde läsas (visas som �), det första på rad ${line}: den är troligen sparad i en annan teckenkodning än UTF-8, till exempel Windows-1252. Kontrollera å, ä och ö, eller spara filen som UTF-8 och öppna den igen.`,
        `The file has characters that could not be read (shown as �), the first on line ${line}: it was probably saved in another encoding than UTF-8, such as Windows-1252. Check the accented letters, or save the file as UTF-8 and open it again.`,
      ),
    },
  ];
}

/** How many values with control characters are named one by one before "and N more". */
const NAMED_CONTROLS = 5;

/** The values whose control characters were removed: each of the first few by its place, the rest counted. */
export function controlRepairs(paths: readonly string[]): Repair[] {
  const what = text(
    'styrtecken (osynliga tecken som ESC, BEL och NUL, som inte hör till en text) togs bort; radbrytningar från Word blev vanliga radbrytningar',
    'control characters (invisible characters such as ESC, BEL and NUL, which are no part of a text) were removed; line breaks from Word became plain line breaks',
  );
  const named: Repair[] = paths.slice(0, NAMED_CONTROLS).map((path) => ({ code: 'control-characters', path, message: what }));
  const more = paths.length - named.length;
  if (more > 0)
    named.push({
      code: 'control-characters',
      path: '',
      message: text(`Styrtecken togs bort ur ${more} värden till.`, `Control characters were removed from ${more} more values.`),
    });
  return named;
}

/** How many keys written more than once are named one by one; the rest are counted in one line. */
const NAMED_DUPLICATES = 20;
/** How many later writings of keys the scan collects (a file generated wrong can have one in every element). */
export const DUPLICATE_SCAN_LIMIT = 10_000;

/** Line numbers as words: `12, 40 och 41`, the first five and then how many more. */
function linesInWords(lines: readonly number[]): Text {
  const shown = lines.slice(0, 5).map(String);
  const more = lines.length - shown.length;
  if (more > 0) return text(`${shown.join(', ')} och ${more} till`, `${shown.join(', ')} and ${more} more`);
  const head = shown.slice(0, -1).join(', ');
  const last = shown.at(-1) ?? '';
  return shown.length === 1 ? text(last, last) : text(`${head} och ${last}`, `${head} and ${last}`);
}

/**
 * Keys written more than once in one object: JSON keeps the last value, and the person is
 * told which key it was, where, how often, and that the earlier values were dropped. One
 * repair a key and object, the first NAMED_DUPLICATES named and the rest counted.
 */
export function duplicateKeyRepairs(found: readonly DuplicateKey[]): Repair[] {
  const groups = new Map<string, { path: string; key: string; lines: number[] }>();
  for (const d of found) {
    const id = `${d.path}\u0000${d.key}`;
    const group = groups.get(id);
    if (group) group.lines.push(d.line);
    else groups.set(id, { path: d.path, key: d.key, lines: [d.line] });
  }
  const all = [...groups.values()];
  const named = all.slice(0, NAMED_DUPLICATES).map(({ path, key, lines }): Repair => {
    // Each line once (a file written on one line has them all on line 1).
    const distinct = [...new Set(lines)];
    const where = linesInWords(distinct);
    const onLines = distinct.length === 1 ? text(`rad ${where.sv}`, `line ${where.en}`) : text(`raderna ${where.sv}`, `lines ${where.en}`);
    // A key of the file's top level is its own place: `"bodies" står två gånger`, not `Delen "bodies" av filen: "bodies" …`.
    const at = path ? `${path}.${key}` : '';
    return {
      code: 'duplicate-key',
      path: at,
      message:
        lines.length === 1
          ? text(
              `"${key}" står två gånger i samma del av filen (andra gången på rad ${where.sv}); det senare värdet används och det första togs bort`,
              `"${key}" is written twice in the same part of the file (the second time on line ${where.en}); the later value is used and the first was dropped`,
            )
          : text(
              `"${key}" står ${lines.length + 1} gånger i samma del av filen (de senare på ${onLines.sv}); det sista värdet används och de andra togs bort`,
              `"${key}" is written ${lines.length + 1} times in the same part of the file (the later ones on ${onLines.en}); the last value is used and the others were dropped`,
            ),
    };
  });
  const more = all.length - named.length;
  if (more > 0) {
    const atLeast = found.length >= DUPLICATE_SCAN_LIMIT;
    named.push({
      code: 'duplicate-key',
      path: '',
      message: text(
        `${atLeast ? 'Minst ' : ''}${more} ${more === 1 ? 'nyckel' : 'nycklar'} till står mer än en gång i samma del av filen; det sista värdet av var och en används.`,
        `${atLeast ? 'At least ' : ''}${more} more ${more === 1 ? 'key is' : 'keys are'} written more than once in the same part of the file; the last value of each is used.`,
      ),
    });
  }
  return named;
}
