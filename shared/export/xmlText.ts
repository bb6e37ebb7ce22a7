import { COLLECTIONS, type MandatModel } from '../model/types';

/**
 * What XML 1.0 cannot hold: control characters other than tab, line feed and carriage
 * return; U+FFFE and U+FFFF; and halves of a surrogate pair without their other half.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with the characters XML cannot hold dropped. The one place every XML-based
 * export (SVG, Word, Excel) cleans its text: a single U+FFFF in a name would otherwise
 * make the whole file unreadable ("source file could not be loaded").
 */
export function xmlText(value: string): string {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(value) ? value.replace(NOT_XML, '') : value;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return xmlText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = cleanValue(v);
    return out;
  }
  return value;
}

/**
 * The model with `xmlText` applied to every text in it (names, mandates, notes, comments,
 * ids), for writers whose library puts text into XML as given (docx, exceljs). A restored
 * model nests four levels at most, so the recursion is shallow.
 */
export function xmlSafeModel(model: MandatModel): MandatModel {
  const out: Record<string, unknown> = { meta: cleanValue(model.meta), settings: cleanValue(model.settings) };
  for (const name of COLLECTIONS) {
    const items = new Map<string, unknown>();
    for (const [id, entity] of model[name] as ReadonlyMap<string, unknown>) items.set(xmlText(id), cleanValue(entity));
    out[name] = items;
  }
  return out as unknown as MandatModel;
}
