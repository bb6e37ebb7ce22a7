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

/** True when some text in `value` (nested objects and arrays included) has a character XML cannot hold. */
function needsCleaning(value: unknown): boolean {
  if (typeof value === 'string') {
    NOT_XML.lastIndex = 0;
    return NOT_XML.test(value);
  }
  if (Array.isArray(value)) return value.some(needsCleaning);
  if (value !== null && typeof value === 'object') return Object.values(value).some(needsCleaning);
  return false;
}

/**
 * The model with `xmlText` applied to every text in it (names, mandates, notes, comments,
 * ids), for writers whose library puts text into XML as given (docx, exceljs). A restored
 * model nests four levels at most, so the recursion is shallow. A model with nothing to
 * clean (nearly every one) is returned as it is: reading it allocates nothing, where a
 * copy of a large map made garbage the report's own work then had to collect around.
 */
export function xmlSafeModel(model: MandatModel): MandatModel {
  const dirty =
    needsCleaning(model.meta) ||
    needsCleaning(model.settings) ||
    COLLECTIONS.some((name) => {
      for (const [id, entity] of model[name] as ReadonlyMap<string, unknown>) if (needsCleaning(id) || needsCleaning(entity)) return true;
      return false;
    });
  if (!dirty) return model;
  const out: Record<string, unknown> = { meta: cleanValue(model.meta), settings: cleanValue(model.settings) };
  for (const name of COLLECTIONS) {
    const items = new Map<string, unknown>();
    for (const [id, entity] of model[name] as ReadonlyMap<string, unknown>) items.set(xmlText(id), cleanValue(entity));
    out[name] = items;
  }
  return out as unknown as MandatModel;
}
