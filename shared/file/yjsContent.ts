import * as Y from 'yjs';
import { text, type Text } from '../i18n/text';
import { collectionMap, metaMap, settingsMap, type MapDocument } from '../model/document';
import { COLLECTIONS } from '../model/types';

/**
 * How deep maps may nest below a collection's element. Mandat writes two levels (a
 * body's mandate); a state nested far deeper was not written by Mandat, and reading
 * it with Yjs's recursive `toJSON` would overflow the stack.
 */
export const MAX_YJS_NESTING = 8;

/** Something in a Yjs state that Mandat never writes, found before anything reads it recursively. */
export interface YjsContentProblem {
  readonly path: string;
  readonly message: Text;
}

function describe(value: unknown): Text {
  if (value instanceof Y.Map) return text('en samling fält', 'a map of fields');
  if (value instanceof Y.AbstractType) return text('en Yjs-typ som Mandat inte skriver', 'a Yjs type Mandat does not write');
  if (value === null) return text('null', 'null');
  if (Array.isArray(value)) return text('en lista', 'a list');
  if (value instanceof Uint8Array) return text('binärdata', 'binary data');
  if (typeof value === 'number') return text(`talet ${value}`, `the number ${value}`);
  if (typeof value === 'string') return text('en text', 'a text');
  if (typeof value === 'boolean') return text(`värdet ${value}`, `the value ${value}`);
  return text('ett objekt', 'an object');
}

/**
 * Everything in the map's parts of a Yjs document that `readModel` could not read: a
 * collection entry that is not a map of fields, a Yjs type other than a map, maps nested
 * deeper than MAX_YJS_NESTING. Walks with its own stack, so a 20,000-deep nesting is a
 * problem to report, not a stack overflow. Top-level types Mandat does not use are never read.
 */
export function yjsContentProblems(doc: MapDocument): YjsContentProblem[] {
  const problems: YjsContentProblem[] = [];
  const stack: { map: Y.Map<unknown>; path: string; depth: number }[] = [
    { map: metaMap(doc), path: 'meta', depth: 0 },
    { map: settingsMap(doc), path: 'settings', depth: 0 },
  ];
  for (const name of COLLECTIONS) {
    for (const [id, entry] of collectionMap(doc, name).entries()) {
      const path = `${name} → "${id}"`;
      if (entry instanceof Y.Map) stack.push({ map: entry, path, depth: 1 });
      else {
        const what = describe(entry);
        problems.push({ path, message: text(`${what.sv} där ett element ska vara`, `${what.en} where an element should be`) });
      }
    }
  }
  while (stack.length > 0) {
    const { map, path, depth } = stack.pop() as (typeof stack)[number];
    for (const [key, value] of map.entries()) {
      if (!(value instanceof Y.AbstractType)) continue;
      const at = `${path}.${key}`;
      if (!(value instanceof Y.Map)) {
        const what = describe(value);
        problems.push({ path: at, message: text(`${what.sv} där ett värde ska vara`, `${what.en} where a value should be`) });
      } else if (depth + 1 > MAX_YJS_NESTING) {
        problems.push({
          path: at,
          message: text(`fält i fält mer än ${MAX_YJS_NESTING} nivåer djupt`, `fields within fields more than ${MAX_YJS_NESTING} levels deep`),
        });
      } else stack.push({ map: value as Y.Map<unknown>, path: at, depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * Drops the parts of a state that could not be integrated because what they build on
 * is missing (Yjs keeps them pending and would write them out again with every save),
 * so the document holds only what it can use. True when there was something to drop.
 */
export function dropPendingUpdates(doc: MapDocument): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
