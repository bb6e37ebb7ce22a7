import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import * as Y from 'yjs';
import { serializeMap } from '../shared/file/serialize';
import { createMapDocument, readModel } from '../shared/model/document';
import { openMapDocument } from '../shared/file/open';
import type { Language } from '../shared/model/vocabulary';
import { formatWorkbookError, importSummary, writeCsvFiles, writeXlsx } from '../shared/workbook';
import { writeFileAtomic } from './atomicWrite';
import { loadMap } from './loadMap';
import { InputError, inputError } from './messages';
import { repairNotes } from './repairNotes';
import { writeError } from './writeError';

/**
 * `mandat import WORKBOOK -o FILE.mandat`: a workbook or CSV folder to a map file. Says
 * what came in (on standard output) and what was read differently than written, such
 * as an unknown column or a CSV file in Windows-1252 (as notes, for standard error).
 */
export async function runImport(input: string, output: string | undefined, lang: Language): Promise<{ out: string; notes: string[] }> {
  if (!output) throw inputError('Ange vart kartan ska sparas med -o FIL.mandat.', 'Say where to save the map with -o FILE.mandat.');
  if (extname(output).toLowerCase() !== '.mandat') throw inputError(`${output} ska sluta på .mandat.`, `${output} must end in .mandat.`);
  const loaded = await loadMap(input);
  if (loaded.kind === 'mandat') throw inputError(`${input} är redan en .mandat-fil.`, `${input} is already a .mandat file.`);
  const doc = createMapDocument(loaded.model);
  try {
    writeFileAtomic(output, serializeMap(loaded.model, Y.encodeStateAsUpdate(doc)));
  } catch (e) {
    writeError(output, e);
  }
  const notes = loaded.notices.map((e) => `${lang === 'sv' ? 'obs' : 'note'}: ${formatWorkbookError(e, lang)}`);
  return { out: `${output}: ${importSummary(loaded.model)[lang]}\n`, notes };
}

/** The separator `--delimiter` names: `;`, `,` or `tab` (also `semicolon`, `comma`). */
function parseDelimiter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const named: Record<string, string> = { ';': ';', ',': ',', tab: '\t', '\t': '\t', '\\t': '\t', semicolon: ';', comma: ',', semikolon: ';', komma: ',' };
  const d = named[value.trim().toLowerCase()];
  if (d === undefined)
    throw inputError(`--delimiter ska vara ";", "," eller tab, inte "${value}".`, `--delimiter must be ";", "," or tab, not "${value}".`);
  return d;
}

/** Extensions of files that -o names for CSV output by mistake. */
const NOT_A_FOLDER = /^\.(csv|txt|xls|xlsm|ods|mandat|json|docx|pdf)$/i;

/**
 * Writes the CSV files of one export as a set: all of them into a folder of their own
 * inside `output` first, then each moved into place (a rename, which needs no room). A full
 * disk or a refused write leaves the files that were there as they were, not four new ones
 * beside twelve old ones; a folder where a file goes is found before anything is written.
 */
function writeCsvSet(output: string, files: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(files)) {
    const target = join(output, name);
    if (existsSync(target) && statSync(target).isDirectory()) throw inputError(`${target} är en mapp, inte en fil; inget skrevs.`, `${target} is a folder, not a file; nothing was written.`);
  }
  const staging = mkdtempSync(join(output, '.mandat-export-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileAtomic(join(staging, name), content);
    for (const name of Object.keys(files)) renameSync(join(staging, name), join(output, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Makes the CSV folder and those above it. Node's recursive mkdir says ENOENT, "does not
 * exist", where a read-only disk or a folder without write permission refused it: the
 * folder that does exist is named, and why nothing could be made in it.
 */
function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function makeFolder(output: string): void {
  try {
    mkdirSync(output, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    let above = dirname(resolve(output));
    while (!existsSync(above) && dirname(above) !== above) above = dirname(above);
    if (code === 'ENOENT' && existsSync(above) && statSync(above).isDirectory() && !writable(above))
      throw inputError(
        `Mappen ${output} kunde inte skapas: det går inte att skriva i ${above} (behörighet saknas eller skrivskyddat).`,
        `The folder ${output} could not be made: ${above} may not be written to (permission denied or read-only).`,
      );
    writeError(output, e);
  }
}

/**
 * `mandat export-workbook FILE.mandat -o OUT.xlsx` (or -o FOLDER for CSV files, separated
 * by `;` for a Swedish map and `,` for an English one unless `--delimiter` says otherwise).
 */
export async function runExportWorkbook(
  input: string,
  output: string | undefined,
  delimiterOption?: string,
  lang: Language | null = null,
  note: (line: string) => void = () => {},
): Promise<string> {
  const delimiter = parseDelimiter(delimiterOption);
  if (!output) throw inputError('Ange vart arbetsboken ska sparas med -o UT.xlsx (eller en mapp för CSV).', 'Say where to save the workbook with -o OUT.xlsx (or a folder for CSV).');
  const loaded = await loadMap(input);
  for (const line of repairNotes(loaded.repairs, lang ?? loaded.model.settings.language)) note(line);
  const model = loaded.yjsState ? readModel(openMapDocument(loaded.model, loaded.yjsState).doc) : loaded.model;
  try {
    if (extname(output).toLowerCase() === '.xlsx') {
      writeFileAtomic(output, await writeXlsx(model));
      return `${output}\n`;
    }
    if (existsSync(output) && !statSync(output).isDirectory())
      throw inputError(`${output} är varken en .xlsx-fil eller en mapp.`, `${output} is neither an .xlsx file nor a folder.`);
    // "-o karta.csv" or "-o karta.xls" means a file, not a folder to make with that name.
    if (!existsSync(output) && NOT_A_FOLDER.test(extname(output)))
      throw inputError(
        `${output} ser ut som en fil; ange en .xlsx-fil, eller en mapp för CSV-filerna (en per blad).`,
        `${output} looks like a file; give an .xlsx file, or a folder for the CSV files (one a sheet).`,
      );
    makeFolder(output);
    const files = writeCsvFiles(model, delimiter === undefined ? {} : { delimiter });
    writeCsvSet(output, files);
    return Object.keys(files).map((name) => join(output, name)).join('\n') + '\n';
  } catch (e) {
    if (e instanceof InputError) throw e;
    writeError(output, e);
  }
}
