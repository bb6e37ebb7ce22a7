import { ENTITY_SPECS } from '../model/specs';
import type { WorkbookError } from './errors';
import type { ReadSheet } from './located';
import { RowReader } from './rowReader';
import type { Table } from './table';
import { DOCUMENTED_WORDS, LINE_KIND_WORDS, ROLE_WORDS } from './words';

const R = ENTITY_SPECS.reportingLines;
const F = ENTITY_SPECS.fundingLines;

/** Reads rows whose id column is optional; rows without an id get one from `base`. */
function readLinkRows(
  table: Table,
  errors: WorkbookError[],
  prefix: string,
  baseFields: readonly string[],
  read: (r: RowReader) => Record<string, unknown>,
): ReadSheet {
  const items = table.rows.map((row) => {
    const r = new RowReader(table, row, errors);
    const id = r.optionalId('id');
    const entity: Record<string, unknown> = { id, ...read(r) };
    // Taken when ids are assigned, after a reference by name has become the body's id.
    const idBase = id === null ? () => [prefix, ...baseFields.map((f) => entity[f] ?? '')].map(String).join('-') : null;
    return { entity, row: row.number, idBase };
  });
  return { table, items };
}

export function readMemberships(table: Table, errors: WorkbookError[]): ReadSheet {
  return readLinkRows(table, errors, 'ms', ['member', 'body'], (r) => ({
    member: r.ref('member'),
    body: r.ref('body'),
    role: r.word('role', ROLE_WORDS, 'member'),
    validFrom: r.date('valid_from'),
    validTo: r.date('valid_to'),
  }));
}

export function readReportingLines(table: Table, errors: WorkbookError[]): ReadSheet {
  return readLinkRows(table, errors, 'line', ['from', 'to'], (r) => ({
    from: r.ref('from'),
    to: r.ref('to'),
    kind: r.word('kind', LINE_KIND_WORDS, 'reports_to'),
    frequency: r.text('frequency', R.frequency),
    form: r.text('form', R.form),
    documented: r.word('documented', DOCUMENTED_WORDS, 'unknown'),
    primary: r.bool('primary'),
    validFrom: r.date('valid_from'),
    validTo: r.date('valid_to'),
    notes: r.text('notes', R.notes),
  }));
}

export function readFundingLines(table: Table, errors: WorkbookError[]): ReadSheet {
  return readLinkRows(table, errors, 'fund', ['funder', 'receiver', 'year'], (r) => ({
    funder: r.ref('funder'),
    receiver: r.ref('receiver'),
    initiative: r.optionalRef('initiative'),
    year: r.number('year', F.year, true),
    amountSek: r.number('amount_sek', F.amountSek, false, true),
    source: r.text('source', F.source),
    notes: r.text('notes', F.notes),
  }));
}
