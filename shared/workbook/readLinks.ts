import { ENTITY_SPECS } from '../model/specs';
import type { WorkbookError } from './errors';
import { assignIds, type ReadSheet } from './located';
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
  read: (r: RowReader) => { entity: Record<string, unknown>; base: readonly unknown[] },
): ReadSheet {
  const items = table.rows.map((row) => {
    const r = new RowReader(table, row, errors);
    const id = r.optionalId('id');
    const { entity, base } = read(r);
    return { entity: { id, ...entity }, row: row.number, idBase: id === null ? [prefix, ...base].map(String).join('-') : null };
  });
  assignIds(items, prefix);
  return { table, items };
}

export function readMemberships(table: Table, errors: WorkbookError[]): ReadSheet {
  return readLinkRows(table, errors, 'ms', (r) => {
    const member = r.id('member');
    const body = r.id('body');
    return {
      base: [member, body],
      entity: { member, body, role: r.word('role', ROLE_WORDS, 'member'), validFrom: r.date('valid_from'), validTo: r.date('valid_to') },
    };
  });
}

export function readReportingLines(table: Table, errors: WorkbookError[]): ReadSheet {
  return readLinkRows(table, errors, 'line', (r) => {
    const from = r.id('from');
    const to = r.id('to');
    return {
      base: [from, to],
      entity: {
        from,
        to,
        kind: r.word('kind', LINE_KIND_WORDS, 'reports_to'),
        frequency: r.text('frequency', R.frequency),
        form: r.text('form', R.form),
        documented: r.word('documented', DOCUMENTED_WORDS, 'unknown'),
        primary: r.bool('primary'),
        validFrom: r.date('valid_from'),
        validTo: r.date('valid_to'),
        notes: r.text('notes', R.notes),
      },
    };
  });
}

export function readFundingLines(table: Table, errors: WorkbookError[]): ReadSheet {
  return readLinkRows(table, errors, 'fund', (r) => {
    const funder = r.id('funder');
    const receiver = r.id('receiver');
    const year = r.number('year', F.year, true);
    return {
      base: [funder, receiver, year ?? ''],
      entity: {
        funder,
        receiver,
        initiative: r.optionalId('initiative'),
        year,
        amountSek: r.number('amount_sek', F.amountSek, false),
        source: r.text('source', F.source),
        notes: r.text('notes', F.notes),
      },
    };
  });
}
