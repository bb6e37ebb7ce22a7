import { DOCUMENT_KIND_LABELS, DOCUMENTED_LABELS, KIND_LABELS, LEVEL_LABELS, LINE_KIND_LABELS, ROLE_LABELS } from '../export/labels';
import { text, type Text } from '../i18n/text';
import { DECLARATIONS, referencesOf } from '../model/declarations';
import type { FieldSpec } from '../model/fields';
import type { CollectionName, MandatModel } from '../model/types';
import { BODY_KINDS, DOCUMENT_KINDS, DOCUMENTED, LEVELS, LINE_KINDS, ROLES } from '../model/vocabulary';
import type { DiffScope, Entity } from './types';

// The forms' words for each closed vocabulary, found by the vocabulary a field declares:
// a vocabulary added later without labels reads as its own words.
const WORD_LABELS = new Map<readonly string[], Readonly<Record<string, Text>>>([
  [BODY_KINDS, KIND_LABELS],
  [LEVELS, LEVEL_LABELS],
  [ROLES, ROLE_LABELS],
  [LINE_KINDS, LINE_KIND_LABELS],
  [DOCUMENT_KINDS, DOCUMENT_KIND_LABELS],
  [DOCUMENTED, DOCUMENTED_LABELS],
]);

const same = (s: string): Text => text(s, s);
const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** The declared spec of a field path (`mandate.decidedBy` through the mandate's shape), or undefined. */
export function specAt(collection: CollectionName, path: string): FieldSpec<unknown> | undefined {
  const [head, ...rest] = path.split('.');
  let spec = (DECLARATIONS[collection].fields as Record<string, FieldSpec<unknown>>)[head as string];
  for (const key of rest) spec = spec?.shape?.[key] as FieldSpec<unknown> | undefined;
  return spec;
}

/**
 * A field's name in both languages: the declaration's label without its explanation in
 * brackets, or for a field inside an object the workbook column that holds it
 * (`Beslutat av` / `decided by`), else the path.
 */
export function fieldLabel(scope: DiffScope, path: string): Text {
  if (scope === 'meta' || scope === 'settings') return same(path);
  const declaration = DECLARATIONS[scope];
  if (!path.includes('.')) {
    const label = (declaration.labels as Record<string, Text>)[path];
    if (label) return text(label.sv.replace(/\s*\(.*\)$/, ''), label.en.replace(/\s*\(.*\)$/, ''));
  }
  const column = declaration.sheet?.columns.find((c) => c.field === path);
  if (column) return text(column.sv[0] ?? column.name.replace(/_/g, ' '), column.name.replace(/_/g, ' '));
  return same(path);
}

/** The name an element of a collection goes by in `model` (a body's name on the compared date), else its id. */
export function nameIn(model: MandatModel, collection: CollectionName, id: string): string {
  const e = (model[collection] as unknown as ReadonlyMap<string, Entity>).get(id);
  if (!e) return id;
  for (const field of ['name', 'title']) if (typeof e[field] === 'string' && e[field] !== '') return e[field] as string;
  return id;
}

/** The collection a field path refers to, if it is a declared reference. */
function targetOf(collection: CollectionName, path: string): CollectionName | undefined {
  return referencesOf(DECLARATIONS).find((r) => r.collection === collection && r.field === path)?.target;
}

/** A value as a person reads it: names for references, the forms' words for a vocabulary, yes/no, "(tomt)". */
export function describeValue(scope: DiffScope, path: string, value: unknown, model: MandatModel): Text {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return text('(tomt)', '(empty)');
  if (scope !== 'meta' && scope !== 'settings') {
    const target = targetOf(scope, path);
    if (target) {
      const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
      return same(ids.map((id) => `"${nameIn(model, target, id)}"`).join(', '));
    }
    const vocabulary = specAt(scope, path)?.vocabulary;
    const labels = vocabulary ? WORD_LABELS.get(vocabulary) : undefined;
    if (labels && typeof value === 'string' && labels[value]) return labels[value] as Text;
  }
  if (typeof value === 'boolean') return value ? text('ja', 'yes') : text('nej', 'no');
  if (typeof value === 'string') return same(`"${short(value)}"`);
  if (typeof value === 'number') return same(String(value));
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return same(short(value.map((v) => `"${v}"`).join(', ')));
  return same(short(JSON.stringify(value)));
}
