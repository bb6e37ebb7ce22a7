import { text } from '../../i18n/text';
import { dateField, enumField, idField, refField, textField } from '../fields';
import { RACI_ROLES } from '../vocabulary';
import { declareCollection } from './declaration';
import { VALIDITY_COLUMNS, VALIDITY_LABELS } from './shared';

/**
 * Tasks (uppgifter) of a responsibility matrix. What a task concerns is a reference that
 * describes it ('refuse'): removing the initiative, document or body clears it and the task
 * becomes the organisation's, while a file that points nowhere is refused.
 */
export const TASKS = declareCollection({
  collection: 'tasks',
  noun: text('uppgift', 'task'),
  title: text('Uppgifter', 'Tasks'),
  idPrefix: 'task',
  fields: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    description: textField(),
    initiative: refField(true),
    document: refField(true),
    body: refField(true),
    validFrom: dateField(),
    validTo: dateField(),
    libraryKey: textField({ max: 100 }),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    name: text('Namn', 'Name'),
    description: text('Beskrivning', 'Description'),
    initiative: text('Gäller satsning', 'Concerns initiative'),
    document: text('Gäller styrdokument', 'Concerns document'),
    body: text('Gäller organ', 'Concerns body'),
    ...VALIDITY_LABELS,
    libraryKey: text('Från biblioteket', 'From the library'),
    notes: text('Anteckningar', 'Notes'),
  },
  references: [
    { field: 'initiative', target: 'initiatives', list: false, dangling: 'refuse' },
    { field: 'document', target: 'documents', list: false, dangling: 'refuse' },
    { field: 'body', target: 'bodies', list: false, dangling: 'refuse' },
  ],
  sheet: {
    name: 'Tasks',
    sv: 'Uppgifter',
    aliases: ['uppgifter', 'uppgift', 'task'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'name', sv: ['Namn', 'Uppgift'], field: 'name' },
      { name: 'description', sv: ['Beskrivning'], field: 'description' },
      { name: 'initiative', sv: ['Satsning', 'Gäller satsning'], field: 'initiative' },
      { name: 'document', sv: ['Styrdokument', 'Gäller styrdokument', 'Dokument'], field: 'document' },
      { name: 'body', sv: ['Organ', 'Gäller organ'], field: 'body' },
      ...VALIDITY_COLUMNS,
      { name: 'library_key', sv: ['Biblioteksnyckel', 'Från biblioteket'], field: 'libraryKey' },
      { name: 'notes', sv: ['Anteckningar', 'Anteckningar och källor', 'Noteringar'], field: 'notes' },
    ],
    required: ['id', 'name'],
  },
});

/**
 * Assignments (ansvar): a body or a member (exactly one: the invariants say so) has a role on
 * a task. 'drop': a role of no one, or on no task, means nothing, so removing the task, body
 * or member removes the assignment in the same undo step.
 */
export const ASSIGNMENTS = declareCollection({
  collection: 'assignments',
  noun: text('ansvar', 'assignment'),
  title: text('Ansvar (RACI)', 'Assignments (RACI)'),
  idPrefix: 'raci',
  fields: {
    id: idField(),
    task: refField(false),
    body: refField(true),
    member: refField(true),
    role: enumField(RACI_ROLES, 'R', text('en roll: U/R, A, K/C eller I', 'a role: R, A, C or I')),
    validFrom: dateField(),
    validTo: dateField(),
    source: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    task: text('Uppgift', 'Task'),
    body: text('Organ', 'Body'),
    member: text('Ledamot', 'Member'),
    role: text('Roll (U/A/K/I)', 'Role (R/A/C/I)'),
    ...VALIDITY_LABELS,
    source: text('Källa', 'Source'),
  },
  references: [
    { field: 'task', target: 'tasks', list: false, dangling: 'drop' },
    { field: 'body', target: 'bodies', list: false, dangling: 'drop' },
    { field: 'member', target: 'members', list: false, dangling: 'drop' },
  ],
  sheet: {
    name: 'Assignments',
    sv: 'Ansvar',
    aliases: ['ansvar', 'ansvarsmatris', 'raci', 'responsibilities'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'task', sv: ['Uppgift'], field: 'task' },
      { name: 'body', sv: ['Organ'], field: 'body' },
      { name: 'member', sv: ['Ledamot', 'Person'], field: 'member' },
      { name: 'role', sv: ['Roll', 'RACI', 'UAKI'], field: 'role' },
      ...VALIDITY_COLUMNS,
      { name: 'source', sv: ['Källa', 'Källhänvisning'], field: 'source' },
    ],
    required: ['task', 'role'],
  },
});
