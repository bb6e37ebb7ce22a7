import { ENTITY_SPECS } from '../model/specs';
import type { WorkbookError } from './errors';
import type { ReadSheet } from './located';
import { readRows } from './rowReader';
import type { Table } from './table';
import { DOCUMENT_KIND_WORDS } from './words';

const D = ENTITY_SPECS.documents;
const C = ENTITY_SPECS.coordination;

/** The Styrdokument sheet: references by id or name (bodies, members, initiatives; see references.ts), parent, replaces and lines by id. */
export function readDocuments(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      title: r.text('title', D.title),
      kind: r.word('kind', DOCUMENT_KIND_WORDS, 'other'),
      decidedBy: r.optionalRef('decided_by'),
      decisionRef: r.text('decision_ref', D.decisionRef),
      decidedOn: r.date('decided_on'),
      validFrom: r.date('valid_from'),
      validTo: r.date('valid_to'),
      reviewBy: r.date('review_by'),
      parties: r.refs('parties'),
      signatories: r.refs('signatories'),
      parent: r.optionalRef('parent'),
      replaces: r.optionalRef('replaces'),
      governsBodies: r.refs('governs_bodies'),
      governsInitiatives: r.refs('governs_initiatives'),
      governsLines: r.refs('governs_lines'),
      areas: r.list('areas', D.areas),
      link: r.text('link', D.link),
      notes: r.text('notes', D.notes),
      position: r.position('x', 'y'),
    }),
  );
}

/** The Samordning sheet: one row per period a body or a member was the coordination function; an id is made when none is given. */
export function readCoordination(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      body: r.optionalRef('body'),
      member: r.optionalRef('member'),
      validFrom: r.date('valid_from'),
      validTo: r.date('valid_to'),
      notes: r.text('notes', C.notes),
    }), 'coord',
  );
}
