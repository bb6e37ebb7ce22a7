import type { FieldSpec } from '../model/fields';
import type { Declarations } from '../model/declarations';
import type { WorkbookError } from './errors';
import type { WorkbookCollection } from './layout';
import type { ReadSheet } from './located';
import { RowReader } from './rowReader';

/** Reads one cell into a field by the field's kind; a kind without a cell form of its own is read as text. */
function readCell(r: RowReader, column: string, field: FieldSpec<unknown>): unknown {
  switch (field.kind) {
    case 'boolean':
      return r.bool(column);
    case 'date':
      return r.date(column);
    case 'number':
      return r.number(column, field, field.required === true);
    default:
      return r.raw(column);
  }
}

/**
 * Reads the declared columns of a sheet that its reader does not know into top-level
 * fields (a field added to a declaration is read from its column without a reader of its
 * own); restore then checks them against the declaration like any other field.
 */
export function readDeclaredColumns(sheet: ReadSheet, collection: WorkbookCollection, declarations: Declarations, errors: WorkbookError[]): void {
  const declaration = declarations[collection];
  for (const column of declaration.sheet?.columns ?? []) {
    const name = column.field;
    if (name === undefined || name.includes('.')) continue;
    const field = declaration.fields[name];
    if (!field || !sheet.table.columns.has(column.name)) continue;
    sheet.table.rows.forEach((row, i) => {
      const item = sheet.items[i];
      if (!item || name in item.entity) return;
      const value = readCell(new RowReader(sheet.table, row, errors), column.name, field);
      // An empty cell of an optional field takes the default; of a required one, restore says it is missing.
      if (value !== '' && value !== null) item.entity[name] = value;
    });
  }
}
