import { ENTITY_SPECS } from '../model/specs';
import type { WorkbookError } from './errors';
import type { ReadSheet } from './located';
import { readRows } from './rowReader';
import type { Table } from './table';
import { RACI_WORDS } from './words';

const T = ENTITY_SPECS.tasks;
const A = ENTITY_SPECS.assignments;

/** The Uppgifter sheet: what a task concerns by id or name (an initiative, a document, a body), or nothing for the organisation. */
export function readTasks(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      name: r.text('name', T.name),
      description: r.text('description', T.description),
      initiative: r.optionalRef('initiative'),
      document: r.optionalRef('document'),
      body: r.optionalRef('body'),
      validFrom: r.date('valid_from'),
      validTo: r.date('valid_to'),
      libraryKey: r.text('library_key', T.libraryKey),
      notes: r.text('notes', T.notes),
    }),
  );
}

/** The Ansvar sheet: one row per role on a task, U/A/K/I as well as R/A/C/I (or the words); an id is made when none is given. */
export function readAssignments(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      task: r.ref('task'),
      body: r.optionalRef('body'),
      member: r.optionalRef('member'),
      role: r.word('role', RACI_WORDS, null),
      validFrom: r.date('valid_from'),
      validTo: r.date('valid_to'),
      source: r.text('source', A.source),
    }), 'raci',
  );
}
