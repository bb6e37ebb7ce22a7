import { text, type Text } from '../i18n/text';
import { ownViolations } from '../model/invariants';
import { columnOfField } from './columns';
import type { CollectionName } from '../model/types';
import type { WorkbookError } from './errors';
import type { Located, ReadCollections, ReadSheet } from './located';
import { labelOf } from './table';


function errorAt(sheet: ReadSheet, item: Located, column: string, code: string, message: Text): WorkbookError {
  return { sheet: sheet.table.sheet, row: item.row, column: labelOf(sheet.table, column), code, message };
}

function entries(read: ReadCollections): [CollectionName, ReadSheet][] {
  return Object.entries(read) as [CollectionName, ReadSheet][];
}

/** An id given on two rows of a sheet. */
function checkDuplicates(read: ReadCollections, errors: WorkbookError[]): void {
  for (const [, sheet] of entries(read)) {
    const first = new Map<string, number>();
    for (const item of sheet.items) {
      const id = item.entity.id;
      if (typeof id !== 'string' || id === '' || item.idBase !== null) continue;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, item.row);
      else errors.push(errorAt(sheet, item, 'id', 'duplicate-id', text(`"${id}" används redan på rad ${earlier}`, `"${id}" is already used on row ${earlier}`)));
    }
  }
}

/** What each row says on its own that a map cannot hold (the model's invariants), at the row's cell for the field. */
function checkOwnInvariants(read: ReadCollections, errors: WorkbookError[]): void {
  for (const [collection, sheet] of entries(read)) {
    for (const item of sheet.items)
      for (const v of ownViolations(collection, item.entity)) errors.push(errorAt(sheet, item, columnOfField(v.field), v.code, v.message));
  }
}

/** The checks across rows and sheets. */
export function checkWorkbook(read: ReadCollections, errors: WorkbookError[]): void {
  checkDuplicates(read, errors);
  checkOwnInvariants(read, errors);
}
