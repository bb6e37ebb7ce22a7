import { text } from '../i18n/text';
import type { Issue } from '../model/issue';
import type { CollectionName } from '../model/types';
import { FILE_FORMAT, FILE_VERSION } from '../file/format';
import { MIGRATIONS } from '../file/migrations';
import { restore } from '../file/restore';
import { DECLARATIONS, type Declarations } from '../model/declarations';
import { readDeclaredColumns } from './declaredColumns';
import { layoutOf, type WorkbookLayout } from './layout';
import { checkWorkbook } from './checks';
import { columnOfField, SHEET_ORDER, SHEETS, sheetKeyOf, WORKBOOK_COLLECTIONS, type WorkbookCollection } from './columns';
import { failed, failedWith, fileError, withNotices, type WorkbookError, type WorkbookResult } from './errors';
import { hasControlCharacters, withoutControlCharacters } from '../file/controlCharacters';
import { assignIds, type ReadCollections, type ReadSheet } from './located';
import { suggestion, withSuggestion } from './nearest';
import { resolveReferences } from './references';
import { noticeMembershipsOverlap, readSameRowsOnce } from './sameRows';
import { sheetLabel } from './swedishNames';
import { readAcknowledgements, readBodies, readInitiatives, readMembers } from './readEntities';
import { readFundingLines, readMemberships, readReportingLines } from './readLinks';
import { readCoordination, readDocuments } from './readDocuments';
import { readAssignments, readTasks } from './readTasks';
import { readActions, readAnswers, readAudits, readRecommendations } from './readAudits';
import { readMap, type ReadMap } from './readMap';
import { labelOf, readTable, type Sheets, type Table } from './table';

const READERS: Readonly<Record<WorkbookCollection, (table: Table, errors: WorkbookError[]) => ReadSheet>> = {
  bodies: readBodies,
  members: readMembers,
  memberships: readMemberships,
  reportingLines: readReportingLines,
  initiatives: readInitiatives,
  fundingLines: readFundingLines,
  acknowledgements: readAcknowledgements,
  documents: readDocuments,
  coordination: readCoordination,
  tasks: readTasks,
  assignments: readAssignments,
  audits: readAudits,
  recommendations: readRecommendations,
  answers: readAnswers,
  actions: readActions,
};

/**
 * Reads a workbook's sheets into a map. Every bad cell, missing column, dangling
 * reference and duplicate id is reported at once; a workbook with any error gives
 * no map. Never throws.
 */
export function sheetsToModel(sheets: Sheets, declarations: Declarations = DECLARATIONS): WorkbookResult {
  try {
    const notices: WorkbookError[] = [];
    return withNotices(read(composed(sheets, notices), declarations), notices);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed([fileError('internal', text(`Arbetsboken kunde inte läsas: ${detail}`, `The workbook could not be read: ${detail}`))]);
  }
}

/** Anything but printable ASCII (and tab, newline): where a text may be written in more than one Unicode form. */
const NOT_ASCII = /[^ -~\t\n\r]/;
const nfc = (s: string): string => (NOT_ASCII.test(s) ? withoutControlCharacters(s).normalize('NFC') : s);

/**
 * Sheet names and cells in Unicode's composed form (NFC), as Mandat and Windows write text:
 * a Mac writes file names, and some programs text, with "ä" as "a" and a combining mark
 * (NFD), which would name no sheet, match no word and refer to no body written the other way.
 */
function composed(sheets: Sheets, notices: WorkbookError[]): Sheets {
  const out: Sheets = {};
  for (const [name, rows] of Object.entries(sheets)) {
    // Two names that differ only in form keep both (the second as written), so that they are reported as the same sheet twice.
    const key = nfc(name) in out ? name : nfc(name);
    // Control characters (ESC, NUL, vertical tab) are no part of a text: removed, and said so once a sheet.
    let controls = 0;
    let firstRow = 0;
    out[key] = rows.map((row, r) =>
      row.map((cell) => {
        if (NOT_ASCII.test(cell) && hasControlCharacters(cell)) {
          controls++;
          firstRow ||= r + 1;
        }
        return nfc(cell);
      }),
    );
    if (controls > 0)
      notices.push({
        sheet: key,
        row: firstRow,
        column: null,
        code: 'control-characters',
        message: text(
          `styrtecken (osynliga tecken som ESC och NUL, som inte hör till en text) togs bort ur ${controls === 1 ? 'en cell' : `${controls} celler`}, den första på den här raden.`,
          `control characters (invisible characters such as ESC and NUL, which are no part of a text) were removed from ${controls === 1 ? 'one cell' : `${controls} cells`}, the first on this row.`,
        ),
      });
  }
  return out;
}

/**
 * Sheets (or CSV files) that stand for the same part of a map, Organ and Bodies say: an
 * error on each after the first, since either could be the one meant (a Swedish export
 * written into a folder that holds an English one from before leaves both).
 */
function duplicateSheets(names: readonly string[]): WorkbookError[] {
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const key = sheetKeyOf(name);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  return [...byKey.values()].flatMap(([first, ...others]) =>
    others.map((name) => ({
      sheet: name,
      row: null,
      column: null,
      code: 'duplicate-sheet',
      message: text(
        `står för samma sak som ${first}, så det går inte att veta vilket som gäller; ta bort eller byt namn på det ena.`,
        `stands for the same as ${first}, so which one counts cannot be known; remove or rename one of them.`,
      ),
    })),
  );
}

/** A sheet that names no part of a map: left out, with the nearest sheet name as a hint. */
export function unknownSheet(name: string, of: 'sheet' | 'csv' = 'sheet'): WorkbookError {
  const names = SHEET_ORDER.flatMap((k) => [sheetLabel(k, 'sv'), sheetLabel(k, 'en')]);
  const message =
    of === 'sheet'
      ? text('bladet hör inte till en karta och lästes inte.', 'the sheet is not part of a map and was not read.')
      : text('filens namn är inget av en kartas, så den lästes inte.', 'the file’s name is none of a map’s, so it was not read.');
  return { sheet: name, row: null, column: null, code: 'unknown-sheet', message: withSuggestion(message, suggestion(name, names)) };
}

function read(sheets: Sheets, declarations: Declarations): WorkbookResult {
  const layout = layoutOf(declarations);
  const errors: WorkbookError[] = duplicateSheets(Object.keys(sheets));
  const notices: WorkbookError[] = Object.keys(sheets)
    .filter((name) => sheetKeyOf(name) === null)
    .map((name) => unknownSheet(name));
  const collections: ReadCollections = {};
  for (const name of WORKBOOK_COLLECTIONS) {
    const table = readTable(sheets, name, errors, notices, layout);
    if (table !== null) {
      const sheet = READERS[name](table, errors);
      readDeclaredColumns(sheet, name, declarations, errors);
      collections[name] = sheet;
    }
    else if (name === 'bodies')
      errors.push(
        fileError(
          'missing-sheet',
          text('Bladet Organ (eller filen Organ.csv) med organen saknas.', 'The sheet Bodies (or file Bodies.csv) with the bodies is missing.'),
        ),
      );
  }
  const mapTable = readTable(sheets, 'map', errors, notices);
  const map = readMap(mapTable, errors);
  const structural = errors.some((e) => e.code === 'missing-column' || e.code === 'duplicate-column' || e.code === 'missing-sheet' || e.code === 'duplicate-sheet');
  if (!structural) {
    resolveReferences(collections, errors);
    readSameRowsOnce(collections, notices);
    for (const name of WORKBOOK_COLLECTIONS) {
      const items = collections[name]?.items;
      if (items) assignIds(items, declarations[name].idPrefix);
    }
    checkWorkbook(collections, errors);
    noticeMembershipsOverlap(collections, notices);
  }
  if (errors.length > 0) return failedWith(sorted(errors), notices);

  const plain: Record<string, unknown> = { format: FILE_FORMAT, version: FILE_VERSION, map: map.meta, settings: map.settings };
  // No comments: a workbook has none, and restore reads an absent collection as empty.
  for (const name of WORKBOOK_COLLECTIONS) plain[name] = (collections[name]?.items ?? []).map((i) => i.entity);
  const restored = restore(plain, MIGRATIONS, declarations);
  if (!restored.ok) {
    const issues = restored.error.issues.length > 0 ? restored.error.issues : [{ code: restored.error.code, path: '', message: restored.error.message }];
    return failed(sorted(issues.map((i) => placeIssue(i, collections, mapTable, map, layout))));
  }
  if (restored.repairs.length > 0) return failed(sorted(restored.repairs.map((r) => placeIssue(r, collections, mapTable, map, layout))));
  return { ok: true, model: restored.model, notices: sorted(notices) };
}

const AT_ELEMENT = /^(\w+)\[(\d+)\](?:\.(.+))?$/;
const AT_MAP = /^(map|settings)\.(\w+)$/;

/** Turns a problem `restore` found (`bodies[3].partOf`) into an error at its sheet, row and column. */
function placeIssue(issue: Issue, collections: ReadCollections, mapTable: Table | null, map: ReadMap, layout: WorkbookLayout): WorkbookError {
  const element = AT_ELEMENT.exec(issue.path);
  const sheet = element ? collections[element[1] as CollectionName] : undefined;
  const item = element && sheet ? sheet.items[Number(element[2])] : undefined;
  if (element && sheet && item) {
    const column = element[3] === undefined ? null : labelOf(sheet.table, columnOfField(element[3], sheet.table.key, layout));
    return { sheet: sheet.table.sheet, row: item.row, column, code: issue.code, message: issue.message };
  }
  const setting = AT_MAP.exec(issue.path);
  if (setting?.[2] !== undefined) {
    const key = columnOfField(setting[2]);
    return { sheet: mapTable?.sheet ?? SHEETS.map.name, row: map.rows.get(key) ?? null, column: mapTable ? labelOf(mapTable, 'value') : 'value', code: issue.code, message: issue.message };
  }
  const message = issue.path ? text(`${issue.path}: ${issue.message.sv}`, `${issue.path}: ${issue.message.en}`) : issue.message;
  return fileError(issue.code, message);
}

/** Errors in sheet order, then row order; errors of one row keep their order. */
function sorted(errors: WorkbookError[]): WorkbookError[] {
  const sheetRank = (e: WorkbookError): number => {
    if (e.sheet === '') return -1;
    const key = sheetKeyOf(e.sheet);
    return key === null ? SHEET_ORDER.length : SHEET_ORDER.indexOf(key);
  };
  return [...errors].sort((a, b) => sheetRank(a) - sheetRank(b) || (a.row ?? 0) - (b.row ?? 0));
}
