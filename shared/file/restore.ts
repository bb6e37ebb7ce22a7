import { text, type Text } from '../i18n/text';
import { DECLARATIONS, META_SPEC, SETTINGS_SPEC, type CollectionDeclaration, type Declarations } from '../model/declarations';
import { isPlainObject, parseObject, show } from '../model/fields';
import { modelViolations, type Violation, type ViolationCode } from '../model/invariants';
import type { Issue } from '../model/issue';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../model/types';
import { decodeBase64 } from './base64';
import { FILE_FORMAT } from './format';
import { findTooDeepNesting, MAX_JSON_DEPTH } from './jsonDepth';
import { findDuplicateKeys } from './jsonKeys';
import { controlRepairs, DUPLICATE_SCAN_LIMIT, duplicateKeyRepairs, notUtf8Repair, type Repair } from './textRepairs';
import { removeControlCharacters } from './controlCharacters';
import { MIGRATIONS, type Migration } from './migrations';
import { describeUnparsable } from './unreadable';

export type { Repair } from './textRepairs';

export type RestoreErrorCode = 'empty' | 'cut-off' | 'not-json' | 'broken-json' | 'too-deep' | 'not-an-object' | 'not-mandat' | 'bad-version' | 'newer-version' | 'invalid' | 'internal';

/** Why a file cannot be opened, with every problem found and where it is. */
export interface RestoreError {
  readonly code: RestoreErrorCode;
  readonly message: Text;
  readonly issues: readonly Issue[];
}

export type RestoreResult =
  | {
      readonly ok: true;
      readonly model: MandatModel;
      /** The saved Yjs state, or null when the file has none (or an unreadable one). */
      readonly yjsState: Uint8Array | null;
      readonly repairs: readonly Repair[];
      readonly fromVersion: number;
    }
  | { readonly ok: false; readonly error: RestoreError };

const BYTE_ORDER_MARK = 0xfeff;
/** The headline for JSON written by some other program. */
const FOREIGN_JSON = text('Det här är ingen Mandat-fil: den innehåller JSON men ingen Mandat-karta.', 'This is not a Mandat file: it holds JSON but no Mandat map.');

function fail(code: RestoreErrorCode, message: Text, issues: readonly Issue[] = []): RestoreResult {
  return { ok: false, error: { code, message, issues } };
}

/**
 * Parses the text of a file and restores it. Text that is not JSON is a RestoreError that
 * says what it is instead (empty, cut off, a PDF, a renamed workbook…), the parser's own
 * words among its issues. A byte order mark (Notepad writes one) is skipped.
 */
export function restoreText(source: string, migrations: readonly Migration[] = MIGRATIONS, declarations: Declarations = DECLARATIONS, utf8?: boolean): RestoreResult {
  return restoreTextWith(source, migrations, declarations, true, utf8);
}

/**
 * Text Mandat wrote itself (the embedded sample, the window's autosave) restored as
 * restoreText does, but not scanned for keys written twice, control characters or
 * unreadable letters, which come from elsewhere: the sample is restored on every start,
 * where each millisecond counts.
 */
export function restoreOwnText(source: string): RestoreResult {
  return restoreTextWith(source, MIGRATIONS, DECLARATIONS, false);
}

/**
 * `utf8` is what the host that decoded the bytes found: true, and a � in the text is one the
 * person wrote; false, or not said, and the first � is named as a letter that could not be read.
 */
function restoreTextWith(source: string, migrations: readonly Migration[], declarations: Declarations, scanKeys: boolean, utf8?: boolean): RestoreResult {
  // Editors on Windows (Notepad, some sync tools) save UTF-8 with a byte-order mark; it is no part of the JSON.
  const json = source.charCodeAt(0) === BYTE_ORDER_MARK ? source.slice(1) : source;
  const tooDeep = findTooDeepNesting(json);
  if (tooDeep)
    return fail(
      'too-deep',
      text(
        `Filen har { } och [ ] inuti varandra i mer än ${MAX_JSON_DEPTH} nivåer (rad ${tooDeep.line}, kolumn ${tooDeep.column}); en Mandat-fil har högst fyra, så den läses inte.`,
        `The file nests { } and [ ] more than ${MAX_JSON_DEPTH} levels deep (line ${tooDeep.line}, column ${tooDeep.column}); a Mandat file has at most four, so it is not read.`,
      ),
    );
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const unreadable = describeUnparsable(json, e instanceof Error ? e.message : String(e), utf8);
    const code = unreadable.kind === 'empty' || unreadable.kind === 'cut-off' || unreadable.kind === 'broken-json' ? unreadable.kind : 'not-json';
    return fail(code, unreadable.message, unreadable.issues);
  }
  // Text Mandat wrote itself has none (its own restoring removed them): only a file from elsewhere is walked.
  const controls = scanKeys ? removeControlCharacters(data, new Set(['yjs'])) : [];
  const result = restore(data, migrations, declarations);
  if (!scanKeys) return result;
  const duplicates = duplicateKeyRepairs(findDuplicateKeys(json, DUPLICATE_SCAN_LIMIT));
  // A key written twice may be why the file is refused (the first "id" was the one referred to): said beside the errors.
  if (!result.ok)
    return result.error.code === 'invalid' && duplicates.length > 0
      ? { ok: false, error: { ...result.error, issues: [...result.error.issues, ...duplicates] } }
      : result;
  const found = [...(utf8 === true ? [] : notUtf8Repair(json)), ...duplicates, ...controlRepairs(controls)];
  return found.length === 0 ? result : { ...result, repairs: [...found, ...result.repairs] };
}

/**
 * Turns anything read from a file into a model: migrates older versions, fills
 * defaults, repairs dangling references it can repair (listing each) and otherwise
 * returns a typed error that names every problem and where it is. Never throws.
 */
export function restore(data: unknown, migrations: readonly Migration[] = MIGRATIONS, declarations: Declarations = DECLARATIONS): RestoreResult {
  try {
    return restoreUnsafe(data, migrations, declarations);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('internal', text(`Filen kunde inte läsas: ${detail}`, `The file could not be read: ${detail}`));
  }
}

function restoreUnsafe(data: unknown, migrations: readonly Migration[], declarations: Declarations): RestoreResult {
  if (!isPlainObject(data))
    return fail('not-an-object', FOREIGN_JSON, [{ code: 'not-an-object', path: '', message: text('Den innehåller inget JSON-objekt.', 'It holds no JSON object.') }]);
  if (data.format !== FILE_FORMAT)
    return fail('not-mandat', FOREIGN_JSON, [{ code: 'not-mandat', path: 'format', message: text('"format": "mandat" saknas.', '"format": "mandat" is missing.') }]);
  const version = data.version;
  if (version === undefined)
    return fail('bad-version', text('Filen anger ingen version ("version" saknas), så den kan inte läsas som en Mandat-fil.', 'The file gives no version ("version" is missing), so it cannot be read as a Mandat file.'));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('bad-version', text(`Filens version (${JSON.stringify(version)}) är ogiltig.`, `The file's version (${JSON.stringify(version)}) is not valid.`));
  const current = migrations.length + 1;
  if (version > current)
    return fail(
      'newer-version',
      text(
        `Filen är sparad av en nyare Mandat (filversion ${version}); den här versionen läser till och med filversion ${current}. Uppdatera Mandat för att öppna den.`,
        `The file was saved by a newer Mandat (file version ${version}); this version reads up to file version ${current}. Update Mandat to open it.`,
      ),
    );

  let doc: Record<string, unknown> = data;
  for (let v = version; v < current; v++) {
    const migrate = migrations[v - 1];
    if (migrate) doc = migrate(doc);
  }

  const issues: Issue[] = [];
  const repairs: Repair[] = [];
  const meta = parseObject(META_SPEC, objectAt(doc, 'map', issues), 'map', issues);
  const settings = parseObject(SETTINGS_SPEC, objectAt(doc, 'settings', issues), 'settings', issues);

  const collections = {} as Collections;
  const positions = {} as Record<CollectionName, Map<string, number>>;
  const unreadable: Unreadable = new Set();
  for (const name of COLLECTIONS) {
    const { items, index } = readCollection(doc, declarations[name], issues, repairs, unreadable);
    collections[name] = items;
    positions[name] = index;
  }

  checkInvariants(collections, positions, declarations, issues, repairs, unreadable);

  if (issues.length > 0) {
    const n = issues.length;
    return fail(
      'invalid',
      text(
        n === 1 ? 'Filen har ett fel som måste rättas innan den kan öppnas.' : `Filen har ${n} fel som måste rättas innan den kan öppnas.`,
        n === 1 ? 'The file has one error that must be corrected before it can be opened.' : `The file has ${n} errors that must be corrected before it can be opened.`,
      ),
      issues,
    );
  }

  let yjsState: Uint8Array | null = null;
  if (doc.yjs !== undefined) {
    yjsState = typeof doc.yjs === 'string' ? decodeBase64(doc.yjs) : null;
    if (!yjsState)
      repairs.push({
        code: 'yjs-unreadable',
        path: 'yjs',
        message: text(
          'Samarbetsdelen av filen gick inte att läsa och byggs om från kartan; kopior av filen slås då ihop som två separata kartor.',
          'The collaboration part of the file could not be read and is rebuilt from the map; copies of this file then merge as two separate maps.',
        ),
      });
  }

  const model = { meta, settings, ...collections } as unknown as MandatModel;
  return { ok: true, model, yjsState, repairs, fromVersion: version };
}

function objectAt(doc: Record<string, unknown>, key: string, issues: Issue[]): Record<string, unknown> {
  const v = doc[key];
  if (v === undefined) return {};
  if (isPlainObject(v)) return v;
  issues.push({ code: 'invalid-field', path: key, message: text(`ska vara ett objekt, inte ${show(v, 'sv')}`, `must be an object, not ${show(v, 'en')}`) });
  return {};
}

/** Elements the file has that could not be read, as `collection:id`, or `collection:*` for a whole collection that is no list (their own errors are reported). */
type Unreadable = Set<string>;

function readCollection(
  doc: Record<string, unknown>,
  declaration: CollectionDeclaration,
  issues: Issue[],
  repairs: Repair[],
  unreadable: Unreadable,
): { items: Map<string, Entity>; index: Map<string, number> } {
  const name = declaration.collection;
  const spec = declaration.fields;
  const items = new Map<string, Entity>();
  const index = new Map<string, number>();
  const raw = doc[name];
  if (raw === undefined) return { items, index };
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid-field', path: name, message: text(`ska vara en lista, inte ${show(raw, 'sv')}`, `must be a list, not ${show(raw, 'en')}`) });
    // Every element of it is unreadable: what refers to one is not an error of its own.
    unreadable.add(`${name}:*`);
    return { items, index };
  }
  raw.forEach((item: unknown, i: number) => {
    const path = `${name}[${i}]`;
    if (!isPlainObject(item)) {
      issues.push({ code: 'invalid-field', path, message: text(`ska vara ett objekt, inte ${show(item, 'sv')}`, `must be an object, not ${show(item, 'en')}`) });
      return;
    }
    if (item.id === undefined) {
      issues.push({ code: 'missing-id', path: `${path}.id`, message: text('saknas', 'is missing') });
      return;
    }
    const before = issues.length;
    const entity = parseObject(spec, item, path, issues);
    if (issues.length > before) {
      // An element without the reference it exists for (a membership with no member) is dropped like one
      // whose target is gone, with a repair noted, rather than refusing the whole file for it.
      const own = issues.slice(before);
      const missing = own.map((i) => missingDroppedReference(declaration, path, item, i));
      if (missing.every((field) => field !== null)) {
        issues.length = before;
        repairs.push(missingReferenceRepair(declaration, path, item.id, missing as string[]));
      } else if (typeof item.id === 'string') unreadable.add(`${name}:${item.id}`);
      return;
    }
    const id = entity.id as string;
    const first = index.get(id);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate-id',
        path: `${path}.id`,
        message: text(`"${id}" används redan av ${declaration.noun.sv} ${first + 1}`, `"${id}" is already used by ${declaration.noun.en} ${first + 1}`),
      });
      return;
    }
    index.set(id, i);
    items.set(id, entity);
  });
  return { items, index };
}

/** The field an issue says is missing, when it is a reference whose element is dropped without its target; otherwise null. */
function missingDroppedReference(declaration: CollectionDeclaration, path: string, item: Record<string, unknown>, issue: Issue): string | null {
  const field = issue.path.slice(path.length + 1);
  const empty = issue.code === 'required' || (issue.code === 'invalid-field' && (item[field] === '' || item[field] === null));
  if (!empty) return null;
  return declaration.references.some((r) => r.field === field && r.dangling === 'drop' && !r.when) ? field : null;
}

function missingReferenceRepair(declaration: CollectionDeclaration, path: string, id: unknown, fields: readonly string[]): Repair {
  const named = typeof id === 'string' ? ` "${id}"` : '';
  const noun = declaration.noun;
  const list = fields.join(', ');
  return {
    code: 'dropped-dangling',
    path: `${path}.${fields[0] ?? ''}`,
    message: text(
      `${noun.sv}${named} togs bort: fältet ${list} var tomt, så det pekade inte på något`,
      `${noun.en}${named} was removed: its ${list} field was empty, so it pointed to nothing`,
    ),
  };
}

type Entity = Record<string, unknown>;
type Collections = Record<CollectionName, Map<string, Entity>>;
type Positions = Record<CollectionName, Map<string, number>>;

function where(positions: Positions, name: CollectionName, id: string): string {
  return `${name}[${positions[name].get(id) ?? '?'}]`;
}

/**
 * Files written before a command refused these may hold them, and a map with them still
 * means what it says: restore opens them as it always has.
 */
const ACCEPTED_ON_LOAD: ReadonlySet<ViolationCode> = new Set(['duplicate-membership', 'missing-author']);

/** A violation restore repairs by dropping the element: it means nothing without its target, or runs from a body to itself. */
function droppable(v: Violation): boolean {
  return (v.code === 'dangling-reference' && v.dangling === 'drop') || v.code === 'self-line';
}

/**
 * Checks the map's invariants: drops what can be dropped (listing each), round after
 * round (a line's comments go when the line goes), and refuses the rest.
 */
function checkInvariants(collections: Collections, positions: Positions, declarations: Declarations, issues: Issue[], repairs: Repair[], unreadable: Unreadable): void {
  for (;;) {
    const violations = modelViolations(collections, declarations, ACCEPTED_ON_LOAD);
    const drops = violations.filter(droppable);
    if (drops.length === 0) {
      for (const v of violations) {
        // A reference to an element the file has but that could not be read (its own error is
        // reported) is no second error: "no body has id ks" where ks has a date 2023-02-30.
        if (v.code === 'dangling-reference' && v.target && (unreadable.has(`${v.target.collection}:${v.target.id}`) || unreadable.has(`${v.target.collection}:*`))) continue;
        const path = `${where(positions, v.collection, v.id)}.${v.field}`;
        issues.push(v.detail ? { code: v.code, path, message: v.message, detail: v.detail } : { code: v.code, path, message: v.message });
      }
      return;
    }
    for (const v of drops) {
      const source = collections[v.collection];
      if (!source.delete(v.id)) continue;
      repairs.push(dropRepair(v, positions, declarations));
    }
  }
}

function dropRepair(v: Violation, positions: Positions, declarations: Declarations): Repair {
  const path = `${where(positions, v.collection, v.id)}.${v.field}`;
  if (v.code === 'self-line')
    return {
      code: 'dropped-self-line',
      path,
      message: text(
        `rapporteringslinje "${v.id}" togs bort: den gick från ett organ till samma organ`,
        `reporting line "${v.id}" was removed: it ran from a body to the same body`,
      ),
    };
  const what = declarations[v.collection].noun;
  const noun = declarations[v.target?.collection ?? v.collection].noun;
  return {
    code: 'dropped-dangling',
    path,
    message: text(
      `${what.sv} "${v.id}" togs bort: det pekar på ${noun.sv} "${v.target?.id ?? ''}", som inte finns`,
      `${what.en} "${v.id}" was removed: it points to ${noun.en} "${v.target?.id ?? ''}", which does not exist`,
    ),
  };
}
