import { text } from '../../i18n/text';
import { dateField, enumField, idField, positionField, refField, refListField, textField, textListField } from '../fields';
import { DOCUMENT_KINDS } from '../vocabulary';
import { POSITION_SPEC } from './bodies';
import { declareCollection } from './declaration';
import { NOTES_COLUMN, VALIDITY_COLUMNS, VALIDITY_LABELS } from './shared';

/**
 * Governing documents (styrdokument). Every reference is 'refuse': a document stays what
 * it is when a body, member, initiative, line or parent document is removed, so the
 * reference clears (a single one becomes null, a list loses the id, as the commands'
 * removal does for every list), while a file that points nowhere is refused rather than
 * quietly rewritten. "Governs" is three lists, one per kind of element, because a
 * reference declaration has one target collection.
 */
export const DOCUMENTS = declareCollection({
  collection: 'documents',
  noun: text('styrdokument', 'governing document'),
  title: text('Styrdokument', 'Governing documents'),
  idPrefix: 'doc',
  fields: {
    id: idField(),
    title: textField({ required: true, max: 500 }),
    kind: enumField(DOCUMENT_KINDS, 'other', text('ett slags styrdokument', 'a kind of governing document')),
    decidedBy: refField(true),
    decisionRef: textField({ max: 500 }),
    decidedOn: dateField(),
    validFrom: dateField(),
    validTo: dateField(),
    reviewBy: dateField(),
    parties: refListField(),
    signatories: refListField(),
    parent: refField(true),
    replaces: refField(true),
    governsBodies: refListField(),
    governsInitiatives: refListField(),
    governsLines: refListField(),
    areas: textListField(),
    link: textField({ max: 2000 }),
    notes: textField(),
    // Where the sheet stands on the canvas, kept as a body's is; null until it is placed or moved.
    position: { ...positionField(), shape: POSITION_SPEC },
  },
  labels: {
    id: text('Id', 'Id'),
    title: text('Titel', 'Title'),
    kind: text('Slag', 'Kind'),
    decidedBy: text('Beslutad av', 'Decided by'),
    decisionRef: text('Beslutsreferens', 'Decision reference'),
    decidedOn: text('Beslutsdatum', 'Decided on'),
    ...VALIDITY_LABELS,
    reviewBy: text('Revideras senast', 'Review by'),
    parties: text('Parter', 'Parties'),
    signatories: text('Undertecknare', 'Signatories'),
    parent: text('Överordnat dokument', 'Parent document'),
    replaces: text('Ersätter', 'Replaces'),
    governsBodies: text('Styr organ', 'Governs bodies'),
    governsInitiatives: text('Styr satsningar', 'Governs initiatives'),
    governsLines: text('Styr rapporteringslinjer', 'Governs reporting lines'),
    areas: text('Områden (tomt = hela kommunen)', 'Areas (empty = the whole municipality)'),
    link: text('Länk eller fil', 'Link or file'),
    notes: text('Anteckningar', 'Notes'),
    position: text('Plats på ytan', 'Position on the canvas'),
  },
  references: [
    { field: 'decidedBy', target: 'bodies', list: false, dangling: 'refuse' },
    { field: 'parties', target: 'bodies', list: true, dangling: 'refuse' },
    { field: 'signatories', target: 'members', list: true, dangling: 'refuse' },
    { field: 'parent', target: 'documents', list: false, dangling: 'refuse' },
    { field: 'replaces', target: 'documents', list: false, dangling: 'refuse' },
    { field: 'governsBodies', target: 'bodies', list: true, dangling: 'refuse' },
    { field: 'governsInitiatives', target: 'initiatives', list: true, dangling: 'refuse' },
    { field: 'governsLines', target: 'reportingLines', list: true, dangling: 'refuse' },
  ],
  sheet: {
    name: 'Documents',
    sv: 'Styrdokument',
    aliases: ['styrdokument', 'governing documents', 'dokument'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'title', sv: ['Titel', 'Namn'], field: 'title' },
      { name: 'kind', sv: ['Slag', 'Typ'], field: 'kind' },
      { name: 'decided_by', sv: ['Beslutad av', 'Beslutat av'], field: 'decidedBy' },
      { name: 'decision_ref', sv: ['Beslutsreferens', 'Beslut'], field: 'decisionRef' },
      { name: 'decided_on', sv: ['Beslutsdatum', 'Beslutad den'], field: 'decidedOn' },
      ...VALIDITY_COLUMNS,
      { name: 'review_by', sv: ['Revideras senast', 'Revidering', 'Ses över senast'], field: 'reviewBy' },
      { name: 'parties', sv: ['Parter'], field: 'parties' },
      { name: 'signatories', sv: ['Undertecknare', 'Undertecknad av'], field: 'signatories' },
      { name: 'parent', sv: ['Överordnat dokument', 'Överordnat'], field: 'parent' },
      { name: 'replaces', sv: ['Ersätter', 'Ersätter dokument'], field: 'replaces' },
      { name: 'governs_bodies', sv: ['Styr organ'], field: 'governsBodies' },
      { name: 'governs_initiatives', sv: ['Styr satsningar'], field: 'governsInitiatives' },
      { name: 'governs_lines', sv: ['Styr rapporteringslinjer', 'Styr rapportering'], field: 'governsLines' },
      { name: 'areas', sv: ['Områden', 'Område'], field: 'areas' },
      { name: 'link', sv: ['Länk', 'Länk eller fil', 'Fil'], field: 'link' },
      NOTES_COLUMN,
      { name: 'x', sv: [], field: 'position.x' },
      { name: 'y', sv: [], field: 'position.y' },
    ],
    required: ['id', 'title'],
  },
});

/**
 * The samordningsfunktion: who coordinates the local crime-prevention work, over a period.
 * Its own small collection rather than fields on a document: it is an appointment of a
 * body or a person that changes on its own dates (a coordinator leaves mid-plan), several
 * follow each other, and no document has to exist for it. A body or a member, exactly one
 * (the invariants say so); 'drop': an appointment of no one means nothing, so removing the
 * body or member removes it, in the same undo step.
 */
export const COORDINATION = declareCollection({
  collection: 'coordination',
  noun: text('samordningsfunktion', 'coordination function'),
  title: text('Samordningsfunktion', 'Coordination function'),
  idPrefix: 'coord',
  fields: {
    id: idField(),
    body: refField(true),
    member: refField(true),
    validFrom: dateField(),
    validTo: dateField(),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    body: text('Organ', 'Body'),
    member: text('Ledamot', 'Member'),
    ...VALIDITY_LABELS,
    notes: text('Anteckningar', 'Notes'),
  },
  references: [
    { field: 'body', target: 'bodies', list: false, dangling: 'drop' },
    { field: 'member', target: 'members', list: false, dangling: 'drop' },
  ],
  sheet: {
    name: 'Coordination',
    sv: 'Samordning',
    aliases: ['samordning', 'samordningsfunktion', 'coordination function'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'body', sv: ['Organ'], field: 'body' },
      { name: 'member', sv: ['Ledamot', 'Person'], field: 'member' },
      ...VALIDITY_COLUMNS,
      NOTES_COLUMN,
    ],
    required: [],
  },
});
