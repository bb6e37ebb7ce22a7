import { text, type Text } from '../i18n/text';
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

/** A body part of itself and a line from a body to itself. */
function checkSelfReferences(read: ReadCollections, errors: WorkbookError[]): void {
  const bodies = read.bodies;
  for (const item of bodies?.items ?? []) {
    if (bodies && item.entity.partOf !== null && item.entity.partOf === item.entity.id)
      errors.push(errorAt(bodies, item, 'part_of', 'part-of-self', text('ett organ kan inte vara en del av sig självt', 'a body cannot be a part of itself')));
  }
  const lines = read.reportingLines;
  for (const item of lines?.items ?? []) {
    if (lines && item.entity.from !== '' && item.entity.from === item.entity.to)
      errors.push(
        errorAt(lines, item, 'to', 'self-line', text('en linje kan inte gå från ett organ till samma organ', 'a line cannot run from a body to the same body')),
      );
  }
}

/** A validity that ends before it starts. */
function checkRanges(read: ReadCollections, errors: WorkbookError[]): void {
  for (const [, sheet] of entries(read)) {
    for (const item of sheet.items) {
      const from = item.entity.validFrom;
      const to = item.entity.validTo;
      if (typeof from === 'string' && typeof to === 'string' && to < from)
        errors.push(
          errorAt(sheet, item, 'valid_to', 'validity-reversed', text(`${to} ligger före ${labelOf(sheet.table, 'valid_from')} (${from})`, `${to} is before ${labelOf(sheet.table, 'valid_from')} (${from})`)),
        );
    }
  }
}

/** The checks across rows and sheets. */
export function checkWorkbook(read: ReadCollections, errors: WorkbookError[]): void {
  checkDuplicates(read, errors);
  checkSelfReferences(read, errors);
  checkRanges(read, errors);
}
