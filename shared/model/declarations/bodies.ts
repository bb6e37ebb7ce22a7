import { text } from '../../i18n/text';
import {
  boolField,
  dateField,
  enumField,
  idField,
  numberField,
  objectField,
  objectListField,
  positionField,
  refField,
  requiredDateField,
  textField,
  textListField,
  type ObjectSpec,
} from '../fields';
import { BODY_KINDS, LEVELS } from '../vocabulary';
import { declareCollection } from './declaration';
import { NOTES_COLUMN, VALIDITY_COLUMNS, VALIDITY_LABELS } from './shared';

export const MANDATE_SPEC: ObjectSpec = {
  text: textField(),
  decidedBy: refField(true),
  decisionRef: textField({ max: 500 }),
  requiredMembers: textListField(),
};

export const FORMER_NAME_SPEC: ObjectSpec = {
  name: textField({ required: true, max: 500 }),
  shortName: textField({ max: 100 }),
  validTo: requiredDateField(),
};

/** Key order of a written position. */
export const POSITION_SPEC: ObjectSpec = { x: numberField({ min: -1e7, max: 1e7, fallback: 0 }), y: numberField({ min: -1e7, max: 1e7, fallback: 0 }) };

export const BODIES = declareCollection({
  collection: 'bodies',
  noun: text('organ', 'body'),
  title: text('Organ', 'Bodies'),
  idPrefix: 'body',
  fields: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    shortName: textField({ max: 100 }),
    kind: enumField(BODY_KINDS, 'working_group', text('ett slags organ', 'a kind of body')),
    level: enumField(LEVELS, 'administrative', text('en nivå', 'a level')),
    accountable: boolField(),
    partOf: refField(true),
    mandate: objectField(MANDATE_SPEC),
    meets: textField({ max: 500 }),
    validFrom: dateField(),
    validTo: dateField(),
    formerNames: objectListField(FORMER_NAME_SPEC),
    position: { ...positionField(), shape: POSITION_SPEC },
    notes: textField(),
  },
  labels: {
    id: text('Id', 'Id'),
    name: text('Namn', 'Name'),
    shortName: text('Kortnamn', 'Short name'),
    kind: text('Slag', 'Kind'),
    level: text('Nivå', 'Level'),
    accountable: text('Ansvarigt politiskt organ', 'Accountable political body'),
    partOf: text('Del av', 'Part of'),
    mandate: text('Mandat (text, beslutat av, beslutsreferens, krävd sammansättning)', 'Mandate (text, decided by, decision reference, required members)'),
    meets: text('Mötesfrekvens', 'Meets'),
    ...VALIDITY_LABELS,
    formerNames: text('Tidigare namn', 'Former names'),
    position: text('Plats på ytan', 'Position on the canvas'),
    notes: text('Anteckningar och källor', 'Notes and sources'),
  },
  references: [
    { field: 'partOf', target: 'bodies', list: false, dangling: 'refuse' },
    { field: 'mandate.decidedBy', target: 'bodies', list: false, dangling: 'refuse' },
  ],
  sheet: {
    name: 'Bodies',
    sv: 'Organ',
    aliases: ['organ'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'name', sv: ['Namn'], field: 'name' },
      { name: 'short_name', sv: ['Kortnamn', 'Förkortning'], field: 'shortName' },
      { name: 'kind', sv: ['Slag', 'Typ'], field: 'kind' },
      { name: 'level', sv: ['Nivå'], field: 'level' },
      { name: 'accountable', sv: ['Ansvarigt', 'Ansvarig', 'Ansvarigt politiskt organ'], field: 'accountable' },
      { name: 'part_of', sv: ['Del av'], field: 'partOf' },
      { name: 'mandate', sv: ['Mandat', 'Uppdrag'], field: 'mandate.text' },
      { name: 'decided_by', sv: ['Beslutat av'], field: 'mandate.decidedBy' },
      { name: 'decision_ref', sv: ['Beslutsreferens', 'Beslut'], field: 'mandate.decisionRef' },
      { name: 'required_members', sv: ['Krävd sammansättning', 'Sammansättning'], field: 'mandate.requiredMembers' },
      { name: 'meets', sv: ['Mötesfrekvens', 'Möten'], field: 'meets' },
      ...VALIDITY_COLUMNS,
      NOTES_COLUMN,
      { name: 'former_names', sv: ['Tidigare namn'], field: 'formerNames' },
      { name: 'x', sv: [], field: 'position.x' },
      { name: 'y', sv: [], field: 'position.y' },
    ],
    required: ['id', 'name', 'kind'],
  },
});
