import { text } from '../../i18n/text';
import { BODY_KINDS, LEVELS } from '../vocabulary';
import { boolField, enumField, idField, numberField, objectField, refField, requiredDateField, textField, textListField, type FieldSpec, type ObjectSpec } from '../fields';
import { declareCollection } from './declaration';

/** Key order of a written viewport: the canvas point at the centre of the screen and the zoom (so a view fits any screen). */
export const VIEWPORT_SPEC: ObjectSpec = {
  x: numberField({ min: -1e7, max: 1e7, fallback: 0 }),
  y: numberField({ min: -1e7, max: 1e7, fallback: 0 }),
  zoom: numberField({ min: 0.01, max: 100, fallback: 1 }),
};

/** The levels a view shows: each one of LEVELS, none twice (an unknown word is refused, not kept). */
function levelListField(): FieldSpec<string[]> {
  const base = textListField();
  return {
    ...base,
    kind: 'texts',
    vocabulary: LEVELS,
    default: () => [...LEVELS],
    check: (v) => {
      const listed = base.check(v);
      if (!listed.ok) return listed;
      const unknown = listed.value.find((l) => !(LEVELS as readonly string[]).includes(l));
      if (unknown !== undefined)
        return { ok: false, message: text(`"${unknown}" är ingen nivå; använd: ${LEVELS.join(', ')}`, `"${unknown}" is not a level; use: ${LEVELS.join(', ')}`) };
      return { ok: true, value: [...new Set(listed.value)] };
    },
  };
}

/** Key order of a view's written filters (the canvas's filter bar). */
export const VIEW_FILTERS_SPEC: ObjectSpec = {
  levels: levelListField(),
  kind: enumField([...BODY_KINDS, 'all'] as const, 'all', text('en organtyp eller all', 'a body kind or all')),
  showFunding: boolField(true),
  showDecidedBy: boolField(true),
};

/**
 * A saved view: one step of a presentation. It is part of the map (so a colleague who opens
 * the file, or joins the live session, steps through the same talk).
 */
export const VIEWS = declareCollection({
  collection: 'views',
  noun: text('vy', 'view'),
  title: text('Sparade vyer', 'Saved views'),
  idPrefix: 'view',
  fields: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    asOf: requiredDateField(),
    viewport: objectField(VIEWPORT_SPEC),
    focus: refField(true),
    filters: objectField(VIEW_FILTERS_SPEC),
    order: numberField({ min: 0, max: 1_000_000, integer: true, fallback: 0 }),
  },
  labels: {
    id: text('Id', 'Id'),
    name: text('Namn', 'Name'),
    asOf: text('Per datum', 'As of'),
    viewport: text('Utsnitt (mittpunkt x, y och zoom)', 'Viewport (centre x, y and zoom)'),
    focus: text('Fokusorgan', 'Focus body'),
    filters: text('Filter (nivåer, organtyp, finansiering, beslutad av)', 'Filters (levels, body kind, funding, decided by)'),
    order: text('Ordning', 'Order'),
  },
  // The focus describes the view: removing the body clears it (the view stays).
  references: [{ field: 'focus', target: 'bodies', list: false, dangling: 'refuse' }],
  // No sheet: a view is a way of showing the map, not a fact a workbook carries.
});
