import { text } from '../../i18n/text';
import { boolField, checkId, dateTimeField, idField, isPlainObject, refField, textField, type FieldSpec, type ObjectSpec } from '../fields';
import { declareCollection } from './declaration';

/** Key order of a written comment target. */
export const COMMENT_TARGET_SPEC: ObjectSpec = { kind: textField(), id: textField() };

const TARGET_KINDS = ['map', 'body', 'line'] as const;

/** What a comment is about: `{ kind: 'map' }`, `{ kind: 'body', id }` or `{ kind: 'line', id }`. */
function commentTargetField(): FieldSpec<{ kind: string; id?: string }> {
  const wrong = text(
    'ska vara { "kind": "map" }, { "kind": "body", "id": … } eller { "kind": "line", "id": … }',
    'must be { "kind": "map" }, { "kind": "body", "id": … } or { "kind": "line", "id": … }',
  );
  return {
    kind: 'target',
    vocabulary: TARGET_KINDS,
    shape: COMMENT_TARGET_SPEC,
    default: () => ({ kind: 'map' }),
    check: (v) => {
      if (!isPlainObject(v) || !(TARGET_KINDS as readonly unknown[]).includes(v.kind)) return { ok: false, message: wrong };
      if (v.kind === 'map') return { ok: true, value: { kind: 'map' } };
      const id = checkId(v.id);
      return id.ok ? { ok: true, value: { kind: v.kind as string, id: id.value } } : { ok: false, message: text(`id: ${id.message.sv}`, `id: ${id.message.en}`) };
    },
  };
}

export const ACKNOWLEDGEMENTS = declareCollection({
  collection: 'acknowledgements',
  noun: text('kvittering', 'acknowledgement'),
  title: text('Kvitteringar', 'Acknowledgements'),
  idPrefix: 'ack',
  fields: {
    id: idField(),
    findingKey: textField({ required: true, max: 2000 }),
    reason: textField({ required: true, max: 5000 }),
    by: textField({ max: 500 }),
    at: textField({ max: 100 }),
  },
  labels: {
    id: text('Id', 'Id'),
    findingKey: text('Fyndnyckel', 'Finding key'),
    reason: text('Skäl', 'Reason'),
    by: text('Kvitterad av', 'Acknowledged by'),
    at: text('Tidpunkt', 'At'),
  },
  references: [],
  sheet: {
    name: 'Acknowledgements',
    sv: 'Kvitteringar',
    aliases: ['kvitteringar'],
    columns: [
      { name: 'id', sv: [], field: 'id' },
      { name: 'finding_key', sv: ['Fyndnyckel', 'Fynd'], field: 'findingKey' },
      { name: 'reason', sv: ['Skäl', 'Motivering'], field: 'reason' },
      { name: 'by', sv: ['Kvitterad av', 'Av'], field: 'by' },
      { name: 'at', sv: ['Tidpunkt', 'När'], field: 'at' },
    ],
    required: ['finding_key', 'reason'],
  },
});

export const COMMENTS = declareCollection({
  collection: 'comments',
  noun: text('kommentar', 'comment'),
  title: text('Kommentarer', 'Comments'),
  idPrefix: 'comment',
  fields: {
    id: idField(),
    target: commentTargetField(),
    replyTo: refField(true),
    author: textField({ max: 500 }),
    at: dateTimeField(),
    text: textField({ required: true, max: 5000 }),
    resolved: boolField(),
  },
  labels: {
    id: text('Id', 'Id'),
    target: text('Gäller (kartan, ett organ eller en linje)', 'About (the map, a body or a line)'),
    replyTo: text('Svar på', 'Reply to'),
    author: text('Skrivet av', 'Written by'),
    at: text('Tidpunkt', 'At'),
    text: text('Text', 'Text'),
    resolved: text('Löst', 'Resolved'),
  },
  // A comment means nothing without what it is about, and a reply nothing without its
  // thread; a merge of two copies can leave either behind (one deletes a body, the other
  // comments on it), so they are dropped rather than refused.
  references: [
    { field: 'target.id', target: 'bodies', list: false, dangling: 'drop', when: { field: 'target.kind', equals: 'body' } },
    { field: 'target.id', target: 'reportingLines', list: false, dangling: 'drop', when: { field: 'target.kind', equals: 'line' } },
    { field: 'replyTo', target: 'comments', list: false, dangling: 'drop' },
  ],
});
