import { text } from '../../i18n/text';
import { dateField, enumField, idField, objectListField, refField, refListField, textField, textListField, type ObjectSpec } from '../fields';
import { ACTION_STATUSES, ANSWER_STANCES } from '../vocabulary';
import { declareCollection } from './declaration';
import { NOTES_COLUMN } from './shared';

/**
 * One status of an action (åtgärd) and the day it began. The date may be unknown (null): a
 * body's reply often says work "is under way" without saying since when.
 */
export const STATUS_CHANGE_SPEC: ObjectSpec = {
  status: enumField(ACTION_STATUSES, 'open', text('en status för en åtgärd', 'a status of an action')),
  date: dateField(),
};

/**
 * An audit (granskning) by the municipality's auditors. Recommendations, answers and actions
 * hang under it with 'drop' references: an answer to a recommendation that is gone means nothing.
 * The bodies they name are 'refuse': the text stays what the auditors wrote when a body goes.
 */
export const AUDITS = declareCollection({
  collection: 'audits',
  noun: text('granskning', 'audit'),
  title: text('Granskningar', 'Audits'),
  idPrefix: 'audit',
  fields: {
    id: idField(),
    title: textField({ required: true, max: 500 }),
    auditor: textField({ max: 500 }),
    forWhom: textField({ max: 500 }),
    date: dateField(),
    scope: textField(),
    link: textField({ max: 2000 }),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    title: text('Titel', 'Title'),
    auditor: text('Granskare', 'Auditor'),
    forWhom: text('På uppdrag av', 'For whom'),
    date: text('Datum', 'Date'),
    scope: text('Omfattning', 'Scope'),
    link: text('Länk eller fil', 'Link or file'),
    notes: text('Anteckningar', 'Notes'),
  },
  references: [],
  sheet: {
    name: 'Audits',
    sv: 'Granskningar',
    aliases: ['granskningar', 'granskning', 'audit'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'title', sv: ['Titel', 'Namn'], field: 'title' },
      { name: 'auditor', sv: ['Granskare', 'Revisor'], field: 'auditor' },
      { name: 'for_whom', sv: ['På uppdrag av', 'Uppdragsgivare'], field: 'forWhom' },
      { name: 'date', sv: ['Datum', 'Rapportdatum'], field: 'date' },
      { name: 'scope', sv: ['Omfattning', 'Avgränsning'], field: 'scope' },
      { name: 'link', sv: ['Länk', 'Länk eller fil', 'Fil'], field: 'link' },
      NOTES_COLUMN,
    ],
    required: ['id', 'title'],
  },
});

export const RECOMMENDATIONS = declareCollection({
  collection: 'recommendations',
  noun: text('rekommendation', 'recommendation'),
  title: text('Rekommendationer', 'Recommendations'),
  idPrefix: 'rec',
  fields: {
    id: idField(),
    audit: refField(false),
    text: textField({ required: true }),
    addressedTo: refField(true),
    concernsBodies: refListField(),
    concernsLines: refListField(),
    concernsInitiatives: refListField(),
    concernsDocuments: refListField(),
    findingKeys: textListField(),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    audit: text('Granskning', 'Audit'),
    text: text('Rekommendation', 'Recommendation'),
    addressedTo: text('Riktad till', 'Addressed to'),
    concernsBodies: text('Gäller organ', 'Concerns bodies'),
    concernsLines: text('Gäller rapporteringslinjer', 'Concerns reporting lines'),
    concernsInitiatives: text('Gäller satsningar', 'Concerns initiatives'),
    concernsDocuments: text('Gäller styrdokument', 'Concerns governing documents'),
    findingKeys: text('Motsvarande iakttagelser (nycklar)', 'Corresponding findings (keys)'),
    notes: text('Anteckningar', 'Notes'),
  },
  references: [
    { field: 'audit', target: 'audits', list: false, dangling: 'drop' },
    { field: 'addressedTo', target: 'bodies', list: false, dangling: 'refuse' },
    { field: 'concernsBodies', target: 'bodies', list: true, dangling: 'refuse' },
    { field: 'concernsLines', target: 'reportingLines', list: true, dangling: 'refuse' },
    { field: 'concernsInitiatives', target: 'initiatives', list: true, dangling: 'refuse' },
    { field: 'concernsDocuments', target: 'documents', list: true, dangling: 'refuse' },
  ],
  sheet: {
    name: 'Recommendations',
    sv: 'Rekommendationer',
    aliases: ['rekommendationer', 'rekommendation', 'recommendation'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'audit', sv: ['Granskning'], field: 'audit' },
      { name: 'text', sv: ['Rekommendation', 'Text'], field: 'text' },
      { name: 'addressed_to', sv: ['Riktad till', 'Mottagare'], field: 'addressedTo' },
      { name: 'concerns_bodies', sv: ['Gäller organ'], field: 'concernsBodies' },
      { name: 'concerns_lines', sv: ['Gäller rapporteringslinjer', 'Gäller rapportering'], field: 'concernsLines' },
      { name: 'concerns_initiatives', sv: ['Gäller satsningar'], field: 'concernsInitiatives' },
      { name: 'concerns_documents', sv: ['Gäller styrdokument'], field: 'concernsDocuments' },
      { name: 'finding_keys', sv: ['Iakttagelser', 'Motsvarande iakttagelser'], field: 'findingKeys' },
      NOTES_COLUMN,
    ],
    required: ['id', 'audit', 'text'],
  },
});

export const ANSWERS = declareCollection({
  collection: 'answers',
  noun: text('svar', 'answer'),
  title: text('Svar', 'Answers'),
  idPrefix: 'answer',
  fields: {
    id: idField(),
    recommendation: refField(false),
    by: refField(true),
    date: dateField(),
    stance: enumField(ANSWER_STANCES, 'agrees', text('ett ställningstagande', 'a stance')),
    text: textField(),
    decisionRef: textField({ max: 500 }),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    recommendation: text('Rekommendation', 'Recommendation'),
    by: text('Svarande organ', 'Answered by'),
    date: text('Datum', 'Date'),
    stance: text('Ställningstagande', 'Stance'),
    text: text('Svar', 'Answer'),
    decisionRef: text('Beslutsreferens', 'Decision reference'),
    notes: text('Anteckningar', 'Notes'),
  },
  references: [
    { field: 'recommendation', target: 'recommendations', list: false, dangling: 'drop' },
    { field: 'by', target: 'bodies', list: false, dangling: 'refuse' },
  ],
  sheet: {
    name: 'Answers',
    sv: 'Svar',
    aliases: ['svar', 'yttranden', 'yttrande', 'answer'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'recommendation', sv: ['Rekommendation'], field: 'recommendation' },
      { name: 'by', sv: ['Svarande organ', 'Svarande', 'Organ'], field: 'by' },
      { name: 'date', sv: ['Datum'], field: 'date' },
      { name: 'stance', sv: ['Ställningstagande', 'Ställning'], field: 'stance' },
      { name: 'text', sv: ['Svar', 'Text'], field: 'text' },
      { name: 'decision_ref', sv: ['Beslutsreferens', 'Beslut'], field: 'decisionRef' },
      NOTES_COLUMN,
    ],
    required: ['recommendation'],
  },
});

export const ACTIONS = declareCollection({
  collection: 'actions',
  noun: text('åtgärd', 'action'),
  title: text('Åtgärder', 'Actions'),
  idPrefix: 'action',
  fields: {
    id: idField(),
    recommendation: refField(false),
    text: textField({ required: true }),
    owner: refField(true),
    due: dateField(),
    statusHistory: objectListField(STATUS_CHANGE_SPEC),
    evidence: textField(),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    recommendation: text('Rekommendation', 'Recommendation'),
    text: text('Åtgärd', 'Action'),
    owner: text('Ansvarigt organ', 'Owner'),
    due: text('Klart senast', 'Due'),
    statusHistory: text('Status med datum', 'Status with dates'),
    evidence: text('Underlag', 'Evidence'),
    notes: text('Anteckningar', 'Notes'),
  },
  references: [
    { field: 'recommendation', target: 'recommendations', list: false, dangling: 'drop' },
    { field: 'owner', target: 'bodies', list: false, dangling: 'refuse' },
  ],
  sheet: {
    name: 'Actions',
    sv: 'Åtgärder',
    aliases: ['åtgärder', 'åtgärd', 'action'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'recommendation', sv: ['Rekommendation'], field: 'recommendation' },
      { name: 'text', sv: ['Åtgärd', 'Text'], field: 'text' },
      { name: 'owner', sv: ['Ansvarigt organ', 'Ansvarig'], field: 'owner' },
      { name: 'due', sv: ['Klart senast', 'Slutdatum'], field: 'due' },
      { name: 'status_history', sv: ['Status med datum', 'Status'], field: 'statusHistory' },
      { name: 'evidence', sv: ['Underlag', 'Belägg'], field: 'evidence' },
      NOTES_COLUMN,
    ],
    required: ['recommendation', 'text'],
  },
});
