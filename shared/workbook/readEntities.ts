import { ENTITY_SPECS, MANDATE_SPEC } from '../model/specs';
import { DEFAULT_LEVEL } from '../model/vocabulary';
import type { WorkbookError } from './errors';
import type { ReadSheet } from './located';
import { RowReader } from './rowReader';
import type { Table } from './table';
import { BODY_KIND_WORDS, LEVEL_WORDS, MEMBER_KIND_WORDS } from './words';

const B = ENTITY_SPECS.bodies;
const M = ENTITY_SPECS.members;
const I = ENTITY_SPECS.initiatives;
const A = ENTITY_SPECS.acknowledgements;

function readRows(table: Table, errors: WorkbookError[], read: (r: RowReader) => { entity: Record<string, unknown>; idBase: (() => string) | null }): ReadSheet {
  return {
    table,
    items: table.rows.map((row) => ({ ...read(new RowReader(table, row, errors)), row: row.number })),
  };
}

export function readBodies(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(table, errors, (r) => {
    const id = r.id('id');
    const name = r.text('name', B.name);
    const shortName = r.text('short_name', B.shortName);
    const kind = r.word('kind', BODY_KIND_WORDS, null);
    return {
      idBase: null,
      entity: {
        id,
        name,
        shortName,
        kind,
        level: r.word('level', LEVEL_WORDS, kind === null ? 'administrative' : DEFAULT_LEVEL[kind]),
        accountable: r.bool('accountable'),
        partOf: r.optionalRef('part_of'),
        mandate: {
          text: r.text('mandate', MANDATE_SPEC.text),
          decidedBy: r.optionalRef('decided_by'),
          decisionRef: r.text('decision_ref', MANDATE_SPEC.decisionRef),
          requiredMembers: r.list('required_members', MANDATE_SPEC.requiredMembers),
        },
        meets: r.text('meets', B.meets),
        validFrom: r.date('valid_from'),
        validTo: r.date('valid_to'),
        formerNames: r.formerNames('former_names'),
        position: r.position('x', 'y'),
        notes: r.text('notes', B.notes),
      },
    };
  });
}

export function readMembers(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(table, errors, (r) => ({
    idBase: null,
    entity: {
      id: r.id('id'),
      name: r.text('name', M.name),
      title: r.text('title', M.title),
      organisation: r.text('organisation', M.organisation),
      kind: r.word('kind', MEMBER_KIND_WORDS, 'position'),
      notes: r.text('notes', M.notes),
    },
  }));
}

export function readInitiatives(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(table, errors, (r) => ({
    idBase: null,
    entity: {
      id: r.id('id'),
      name: r.text('name', I.name),
      responsible: r.optionalRef('responsible'),
      executors: r.refs('executors'),
      targets: r.text('targets', I.targets),
      validFrom: r.date('valid_from'),
      validTo: r.date('valid_to'),
      notes: r.text('notes', I.notes),
    },
  }));
}

export function readAcknowledgements(table: Table, errors: WorkbookError[]): ReadSheet {
  const sheet = readRows(table, errors, (r) => {
    const id = r.optionalId('id');
    return {
      idBase: id === null ? () => 'ack' : null,
      entity: {
        id,
        findingKey: r.text('finding_key', A.findingKey),
        reason: r.text('reason', A.reason),
        by: r.text('by', A.by),
        at: r.text('at', A.at),
      },
    };
  });
  return sheet;
}
