/** Import and export of a map as a workbook: an .xlsx, or one CSV file per sheet. */
export type { Sheets } from './table';
export type { WorkbookError, WorkbookResult } from './errors';
export { formatWorkbookError } from './errors';
export { modelToSheets } from './toSheets';
export { sheetsToModel } from './fromSheets';
export { readXlsx, writeXlsx } from './xlsx';
export { CSV_DELIMITERS, readCsvFiles, writeCsvFiles, type CsvOptions } from './csv';
export { SHEETS, SHEET_ORDER } from './columns';
export { importSummary } from './summary';
export { WORKBOOK_LIMITS } from './limits';
