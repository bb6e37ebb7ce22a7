/**
 * CSV cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`, and a
 * tab or carriage return first, which some programs skip before looking) are written
 * with a leading `'`, the escape spreadsheets and OWASP use, so they show as text.
 * A cell that starts with `'` itself gets one more, so reading strips exactly one `'`
 * and every cell comes back as it was. A plain number (`-5`, `+3,5`) is left alone:
 * it runs nothing and stays a number in the spreadsheet.
 */

const RUNS = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** A cell as Mandat writes it into a CSV file. */
export function protectCell(cell: string): string {
  if (cell.startsWith("'")) return `'${cell}`;
  if (RUNS.test(cell) && !PLAIN_NUMBER.test(cell)) return `'${cell}`;
  return cell;
}

/** A cell of a CSV file as it was before `protectCell`. */
export function unprotectCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Rows with every cell written so that a spreadsheet shows it as text. */
export function protectRows(rows: readonly (readonly (string | number)[])[]): (string | number)[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? protectCell(cell) : cell)));
}
