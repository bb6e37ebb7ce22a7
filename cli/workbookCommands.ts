import { existsSync, mkdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
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
    mkdirSync(output, { recursive: true });
    const files = writeCsvFiles(model, delimiter === undefined ? {} : { delimiter });
    for (const [name, content] of Object.entries(files)) writeFileAtomic(join(output, name), content);
    return Object.keys(files).map((name) => join(output, name)).join('\n') + '\n';
  } catch (e) {
    if (e instanceof InputError) throw e;
    writeError(output, e);
  }
}
