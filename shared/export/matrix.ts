/**
 * The meeting documents' spreadsheet: who sits in which body on a date, as a table
 * (matrixData), an .xlsx with the bodies, reporting lines and findings (matrixXlsx) and
 * a CSV (matrixCsv). The export code imports them from here.
 */
export { MATRIX_LABELS, matrixTable, membershipMatrix, MEMBER_COLUMNS } from './matrixData';
export type { MatrixColumn, MatrixOptions, MatrixRow, MembershipMatrix } from './matrixData';
export { detailSheets, MATRIX_SHEET, type SheetTable } from './matrixSheets';
export { matrixWorkbook } from './matrixXlsx';
export { matrixCsv } from './matrixCsv';
