import { text, type Text } from '../i18n/text';
import { idField, type FieldSpec } from '../model/fields';
import { FORMER_NAME_SPEC } from '../model/specs';
import type { FormerName } from '../model/types';
import { splitList, splitNested } from './escape';
import { MUST_NOT_BE_EMPTY, type WorkbookError } from './errors';
import type { ReadSheet } from './located';
import { cellOf, labelOf, type Row, type Table } from './table';
import { readDate, readNumber } from './values';
import { readBool, readWord, type Words } from './words';

const ID = idField();

/** Reads the cells of one row into model values, adding an error for each bad cell. */
export class RowReader {
  constructor(
    readonly table: Table,
    readonly row: Row,
    private readonly errors: WorkbookError[],
  ) {}

  /** Adds an error at a cell; none for a column the sheet lacks (that is one error for the sheet). */
  fail(column: string, code: string, message: Text): void {
    if (!this.table.columns.has(column)) return;
    this.errors.push({ sheet: this.table.sheet, row: this.row.number, column: labelOf(this.table, column), code, message });
  }

  /** The cell exactly as written; empty when absent. */
  raw(column: string): string {
    return cellOf(this.table, this.row, column);
  }

  /** Runs a model check on a value, reporting its message; returns the value either way. */
  check<T>(column: string, spec: FieldSpec<unknown> | undefined, value: T): T {
    if (spec === undefined) return value;
    const c = spec.check(value);
    // An empty required cell is the same violation as a required field missing from a file or a command.
    if (!c.ok) this.fail(column, c.detail?.kind === 'empty' ? 'required' : 'invalid-value', c.message);
    return value;
  }

  /** Free text, kept exactly as written. */
  text(column: string, spec?: FieldSpec<unknown>): string {
    return this.check(column, spec, this.raw(column));
  }

  /** An id that must be given. */
  id(column: string): string {
    const v = this.raw(column).trim();
    if (v === '') this.fail(column, 'required', MUST_NOT_BE_EMPTY);
    else this.check(column, ID, v);
    return v;
  }

  /** An id that may be empty (null). */
  optionalId(column: string): string | null {
    const v = this.raw(column).trim();
    if (v === '') return null;
    this.check(column, ID, v);
    return v;
  }

  /** A reference that must be given: an id, or a name or short name that is turned into one later (see references.ts). */
  ref(column: string): string {
    const v = this.raw(column).trim();
    if (v === '') this.fail(column, 'required', MUST_NOT_BE_EMPTY);
    return v;
  }

  /** A reference that may be empty (null). */
  optionalRef(column: string): string | null {
    const v = this.raw(column).trim();
    return v === '' ? null : v;
  }

  /** References separated by `;` (or `,` when there is no `;`, as names may hold commas). */
  refs(column: string): string[] {
    const raw = this.raw(column);
    return raw
      .split(raw.includes(';') ? ';' : ',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** Texts separated by `;`. */
  list(column: string, spec: FieldSpec<unknown> | undefined): string[] {
    return this.check(column, spec, splitList(this.raw(column)));
  }

  /** A word of a vocabulary; empty gives `fallback`, or an error when there is none. */
  word<T extends string>(column: string, vocabulary: Words<T>, fallback: T | null): T | null {
    const v = this.raw(column);
    if (v.trim() === '') {
      if (fallback === null) this.fail(column, 'required', MUST_NOT_BE_EMPTY);
      return fallback;
    }
    const w = readWord(vocabulary, v);
    if (w.ok) return w.value;
    this.fail(column, 'unknown-word', w.message);
    return null;
  }

  bool(column: string): boolean {
    const b = readBool(this.raw(column));
    if (b.ok) return b.value;
    this.fail(column, 'invalid-value', b.message);
    return false;
  }

  date(column: string): string | null {
    const d = readDate(this.raw(column));
    if (d.ok) return d.value;
    this.fail(column, 'invalid-date', d.message);
    return null;
  }

  /** A number checked by the model; empty is null, or an error when `required`. `money`: a sum that may carry its unit (kr, tkr, mkr). */
  number(column: string, spec: FieldSpec<unknown> | undefined, required: boolean, money = false): number | null {
    const n = readNumber(this.raw(column), true, money);
    if (!n.ok) {
      this.fail(column, 'invalid-number', n.message);
      return null;
    }
    if (n.value === null && required) {
      this.fail(column, 'required', MUST_NOT_BE_EMPTY);
      return null;
    }
    return this.check(column, spec, n.value);
  }

  /** A canvas position from two number columns; both empty is no position. */
  position(xColumn: string, yColumn: string): { x: number; y: number } | null {
    const x = readNumber(this.raw(xColumn));
    const y = readNumber(this.raw(yColumn));
    if (!x.ok) this.fail(xColumn, 'invalid-number', x.message);
    if (!y.ok) this.fail(yColumn, 'invalid-number', y.message);
    if (!x.ok || !y.ok || (x.value === null && y.value === null)) return null;
    if (x.value === null || y.value === null) {
      this.fail(x.value === null ? xColumn : yColumn, 'required', MUST_NOT_BE_EMPTY);
      return null;
    }
    return { x: x.value, y: y.value };
  }

  /** Former names: `name|short name|YYYY-MM-DD` separated by `;` (the short name may be left out). */
  formerNames(column: string): FormerName[] {
    const out: FormerName[] = [];
    splitNested(this.raw(column)).forEach((parts, i) => {
      const [name = '', shortName = '', validTo = ''] = parts.length === 2 ? [parts[0], '', parts[1]] : parts;
      if (parts.length < 2 || parts.length > 3) {
        this.fail(
          column,
          'invalid-former-name',
          text(
            `namn ${i + 1} ska skrivas namn|kortnamn|ÅÅÅÅ-MM-DD (sista dagen med namnet)`,
            `name ${i + 1} must be written name|short name|YYYY-MM-DD (the last day of the name)`,
          ),
        );
        return;
      }
      const date = readDate(validTo);
      const former = { name, shortName, validTo: date.ok && date.value !== null ? date.value : validTo };
      for (const [field, spec] of Object.entries(FORMER_NAME_SPEC)) {
        const c = spec.check(former[field as keyof FormerName]);
        if (!c.ok)
          this.fail(column, 'invalid-former-name', text(`namn ${i + 1}: ${c.message.sv}`, `name ${i + 1}: ${c.message.en}`));
      }
      out.push(former);
    });
    return out;
  }
}

/**
 * A sheet read row by row: `fields` reads everything but the id. With `madeIdBase` a row may
 * leave its id empty and gets one made from that base; without it the id is required.
 */
export function readRows(
  table: Table,
  errors: WorkbookError[],
  fields: (r: RowReader) => Record<string, unknown>,
  madeIdBase?: string,
): ReadSheet {
  return {
    table,
    items: table.rows.map((row) => {
      const r = new RowReader(table, row, errors);
      const id = madeIdBase === undefined ? r.id('id') : r.optionalId('id');
      return { row: row.number, idBase: madeIdBase !== undefined && id === null ? () => madeIdBase : null, entity: { id, ...fields(r) } };
    }),
  };
}
