import { text } from '../../i18n/text';
import { dateField, enumField, idField, refField, textField } from '../fields';
import { MEMBER_KINDS, ROLES } from '../vocabulary';
import { declareCollection } from './declaration';
import { NOTES_COLUMN, VALIDITY_COLUMNS, VALIDITY_LABELS } from './shared';

export const MEMBERS = declareCollection({
  collection: 'members',
  noun: text('ledamot', 'member'),
  title: text('Ledamöter', 'Members'),
  idPrefix: 'member',
  fields: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    title: textField({ max: 500 }),
    organisation: textField({ max: 500 }),
    kind: enumField(MEMBER_KINDS, 'position', text('ett slags ledamot', 'a kind of member')),
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    name: text('Namn', 'Name'),
    title: text('Titel', 'Title'),
    organisation: text('Organisation', 'Organisation'),
    kind: text('Slag (person eller befattning)', 'Kind (person or position)'),
    notes: text('Anteckningar', 'Notes'),
  },
  references: [],
  sheet: {
    name: 'Members',
    sv: 'Ledamöter',
    aliases: ['ledamöter', 'medlemmar'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'name', sv: ['Namn'], field: 'name' },
      { name: 'title', sv: ['Titel'], field: 'title' },
      { name: 'organisation', sv: ['Organisation'], field: 'organisation' },
      { name: 'kind', sv: ['Slag', 'Typ'], field: 'kind' },
      NOTES_COLUMN,
    ],
    required: ['id', 'name'],
  },
});

export const MEMBERSHIPS = declareCollection({
  collection: 'memberships',
  noun: text('medlemskap', 'membership'),
  title: text('Medlemskap', 'Memberships'),
  idPrefix: 'ms',
  fields: {
    id: idField(),
    member: refField(false),
    body: refField(false),
    role: enumField(ROLES, 'member', text('en roll', 'a role')),
    validFrom: dateField(),
    validTo: dateField(),
  },
  labels: {
    id: text('Id', 'Id'),
    member: text('Ledamot', 'Member'),
    body: text('Organ', 'Body'),
    role: text('Roll', 'Role'),
    ...VALIDITY_LABELS,
  },
  references: [
    { field: 'member', target: 'members', list: false, dangling: 'drop' },
    { field: 'body', target: 'bodies', list: false, dangling: 'drop' },
  ],
  sheet: {
    name: 'Memberships',
    sv: 'Medlemskap',
    aliases: ['medlemskap'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'member', sv: ['Ledamot'], field: 'member' },
      { name: 'body', sv: ['Organ'], field: 'body' },
      { name: 'role', sv: ['Roll'], field: 'role' },
      ...VALIDITY_COLUMNS,
    ],
    required: ['member', 'body'],
  },
});
