import { text, type Text } from '../i18n/text';
import { isIsoDateTime } from '../time/dateTime';
import { isIsoDate } from '../time/isoDate';
import { isValidId } from './ids';
import type { Issue, IssueDetail } from './issue';

/**
 * A field specification: how one field of an entity is checked and which default
 * it takes when absent. One spec serves the file, the edit commands and the
 * workbook, so a value is judged the same way wherever it comes from.
 */
export interface FieldSpec<T> {
  /** What kind of value it holds, for the model table (docs/reference/model.md) and the workbook's reader. */
  readonly kind: FieldKind;
  /** Whether an element without it is refused (a missing key, or an empty text). */
  readonly required?: boolean;
  /** The words it accepts, for a field of a closed list. */
  readonly vocabulary?: readonly string[];
  readonly default: () => T;
  /** Checks a present value; returns the value or the reason it is wrong. */
  readonly check: (value: unknown) => { ok: true; value: T } | { ok: false; message: Text; detail?: IssueDetail };
  /**
   * The fields of an object value, for a field the Yjs document keeps as a nested map
   * (a body's mandate, its position): what the server checks key by key and readModel reads.
   */
  readonly shape?: ObjectSpec;
}

export type FieldKind =
  | 'id'
  | 'text'
  | 'word'
  | 'boolean'
  | 'date'
  | 'date-time'
  | 'reference'
  | 'references'
  | 'texts'
  | 'number'
  | 'position'
  | 'object'
  | 'objects'
  | 'target';

/** What every missing or empty required field says, wherever it is read: a file, a command or a workbook row. */
export const MUST_NOT_BE_EMPTY = text('får inte vara tomt', 'must not be empty');

/**
 * A check's answer. A failure inside an object or a list of objects also says where in it
 * (`inner`: `.requiredMembers`, `[0].status`), so that a file's issue can name the place
 * in words; its `message` carries that place in front for those who show the message alone.
 */
type Checked<T> = { ok: true; value: T } | { ok: false; message: Text; detail?: IssueDetail; inner?: { at: string; message: Text } };

function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}
function bad(sv: string, en: string, detail?: IssueDetail): Checked<never> {
  return detail ? { ok: false, message: text(sv, en), detail } : { ok: false, message: text(sv, en) };
}

/** Why a value is not a date: the wrong shape, or a day the calendar does not have (2023-02-30). */
function dateDetail(v: unknown): IssueDetail {
  // show(), not String(): an object without a prototype (JSON's `__proto__` key) has no string form and String() throws.
  const value = typeof v === 'string' ? v : show(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? { kind: 'no-such-date', value } : { kind: 'date-format', value };
}

/** A bound in a message: 10 000 000 000 000 in Swedish, 10,000,000,000,000 in English (the same on every computer); below 10 000 (a year) as it is. */
function grouped(n: number, lang: 'sv' | 'en'): string {
  if (Math.abs(n) < 10_000) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const digits = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
  return `${n < 0 ? '−' : ''}${digits}${fraction ? (lang === 'sv' ? ',' : '.') + fraction : ''}`;
}

/** A value as a message quotes it, in the message's language (a list, an object). */
export function show(value: unknown, lang: 'sv' | 'en' = 'en'): string {
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return lang === 'sv' ? 'en lista' : 'a list';
  if (typeof value === 'object') return lang === 'sv' ? 'ett objekt' : 'an object';
  return String(value);
}

/** Free text; `required` refuses an empty or blank string. */
export function textField(opts: { required?: boolean; max?: number } = {}): FieldSpec<string> {
  const max = opts.max ?? 20_000;
  return {
    kind: 'text',
    ...(opts.required ? { required: true } : {}),
    default: () => '',
    check: (v) => {
      if (typeof v !== 'string') return bad(`ska vara text, inte ${show(v, 'sv')}`, `must be text, not ${show(v, 'en')}`);
      if (opts.required && v.trim() === '') return { ok: false, message: MUST_NOT_BE_EMPTY, detail: { kind: 'empty' } };
      if (v.length > max) return bad(`är längre än ${max} tecken`, `is longer than ${max} characters`, { kind: 'too-long', max });
      return ok(v);
    },
  };
}

/** One of a closed list of words. */
export function enumField<T extends string>(values: readonly T[], fallback: T, what: Text): FieldSpec<T> {
  return {
    kind: 'word',
    vocabulary: values,
    default: () => fallback,
    check: (v) =>
      typeof v === 'string' && (values as readonly string[]).includes(v)
        ? ok(v as T)
        : bad(
            `${show(v, 'sv')} är inte ${what.sv}; använd något av: ${values.join(', ')}`,
            `${show(v)} is not ${what.en}; use one of: ${values.join(', ')}`,
          ),
  };
}

export function boolField(fallback = false): FieldSpec<boolean> {
  return {
    kind: 'boolean',
    default: () => fallback,
    check: (v) => (typeof v === 'boolean' ? ok(v) : bad(`ska vara true eller false, inte ${show(v, 'sv')}`, `must be true or false, not ${show(v, 'en')}`)),
  };
}

/** A date `YYYY-MM-DD`, or null for "open". */
export function dateField(): FieldSpec<string | null> {
  return {
    kind: 'date',
    default: () => null,
    check: (v) =>
      v === null || isIsoDate(v)
        ? ok(v)
        : bad(`${show(v, 'sv')} är inget giltigt datum (ÅÅÅÅ-MM-DD)`, `${show(v, 'en')} is not a valid date (YYYY-MM-DD)`, dateDetail(v)),
  };
}

/** A required date. */
export function requiredDateField(): FieldSpec<string> {
  return {
    kind: 'date',
    required: true,
    default: () => '',
    check: (v) =>
      isIsoDate(v) ? ok(v) : bad(`${show(v, 'sv')} är inget giltigt datum (ÅÅÅÅ-MM-DD)`, `${show(v, 'en')} is not a valid date (YYYY-MM-DD)`, dateDetail(v)),
  };
}

/** A moment as an ISO date-time with its zone (`2024-05-02T14:30:00+02:00`), or '' for "not known". */
export function dateTimeField(): FieldSpec<string> {
  return {
    kind: 'date-time',
    default: () => '',
    check: (v) =>
      v === '' || isIsoDateTime(v)
        ? ok(v as string)
        : bad(`${show(v, 'sv')} är ingen giltig tidpunkt (ÅÅÅÅ-MM-DDTtt:mm:ss+01:00)`, `${show(v, 'en')} is not a valid date and time (YYYY-MM-DDThh:mm:ss+01:00)`),
  };
}

/** Checks an id, with the message every id field gives. */
export function checkId(v: unknown): { ok: true; value: string } | { ok: false; message: Text } {
  return isValidId(v)
    ? ok(v)
    : bad(
        `${show(v, 'sv')} är inget giltigt id (bokstäver, siffror och - _ . :, med en bokstav eller siffra först, högst 128 tecken)`,
        `${show(v)} is not a valid id (letters, digits and - _ . :, starting with a letter or digit, at most 128 characters)`,
      );
}

/** An element's own id. */
export function idField(): FieldSpec<string> {
  return { kind: 'id', default: () => '', check: checkId };
}

/** A reference to another element by id; `nullable` allows null, otherwise it is required. */
export function refField(nullable: boolean): FieldSpec<string | null> {
  return {
    kind: 'reference',
    ...(nullable ? {} : { required: true }),
    default: () => null,
    check: (v) => (nullable && v === null ? ok(null) : checkId(v)),
  };
}

/** A list of references. */
export function refListField(): FieldSpec<string[]> {
  return {
    kind: 'references',
    default: () => [],
    check: (v) => {
      if (!Array.isArray(v)) return bad(`ska vara en lista av id, inte ${show(v, 'sv')}`, `must be a list of ids, not ${show(v, 'en')}`);
      for (const item of v) {
        const c = checkId(item);
        if (!c.ok) return c;
      }
      if (new Set(v).size !== v.length) return bad('innehåller samma id två gånger', 'holds the same id twice');
      return ok([...(v as string[])]);
    },
  };
}

/** A list of non-empty strings. */
export function textListField(): FieldSpec<string[]> {
  return {
    kind: 'texts',
    default: () => [],
    check: (v) => {
      if (!Array.isArray(v)) return bad(`ska vara en lista av text, inte ${show(v, 'sv')}`, `must be a list of text, not ${show(v, 'en')}`);
      for (const item of v) {
        if (typeof item !== 'string' || item.trim() === '')
          return bad(`innehåller ${show(item, 'sv')}, som inte är en text`, `holds ${show(item, 'en')}, which is not a text`);
      }
      return ok([...(v as string[])]);
    },
  };
}

/** A number in a range; `integer` refuses fractions; `nullable` allows null. */
export function numberField(opts: { min: number; max: number; integer?: boolean; nullable?: boolean; required?: boolean; fallback: number | null }): FieldSpec<number | null> {
  return {
    kind: 'number',
    ...(opts.required ? { required: true } : {}),
    default: () => opts.fallback,
    check: (v) => {
      if (v === null && opts.nullable) return ok(null);
      if (typeof v !== 'number' || !Number.isFinite(v)) return bad(`ska vara ett tal, inte ${show(v, 'sv')}`, `must be a number, not ${show(v, 'en')}`, { kind: 'not-a-number', value: typeof v === 'string' ? v : show(v) });
      if (opts.integer && !Number.isInteger(v)) return bad(`ska vara ett heltal, inte ${v}`, `must be a whole number, not ${v}`, { kind: 'not-whole', value: v });
      if (v < opts.min || v > opts.max)
        return bad(`${v} ligger utanför ${grouped(opts.min, 'sv')}–${grouped(opts.max, 'sv')}`, `${v} is outside ${grouped(opts.min, 'en')}–${grouped(opts.max, 'en')}`, { kind: 'out-of-range', value: v, min: opts.min, max: opts.max });
      return ok(v);
    },
  };
}

/** A point on the canvas, or null. */
export function positionField(): FieldSpec<{ x: number; y: number } | null> {
  const coordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1e7;
  return {
    kind: 'position',
    default: () => null,
    check: (v) => {
      if (v === null) return ok(null);
      // `+ 0` turns -0 into 0: JSON has no -0, so a saved map must not hold one.
      if (isPlainObject(v) && coordinate(v.x) && coordinate(v.y)) return ok({ x: v.x + 0, y: v.y + 0 });
      return bad('ska vara null eller { "x": tal, "y": tal }', 'must be null or { "x": number, "y": number }');
    },
  };
}

/** A fixed set of named fields. */
export type ObjectSpec = Readonly<Record<string, FieldSpec<unknown>>>;

export function objectField(spec: ObjectSpec): FieldSpec<Record<string, unknown>> {
  return {
    kind: 'object',
    shape: spec,
    default: () => defaultsOf(spec),
    check: (v) => {
      if (!isPlainObject(v)) return bad(`ska vara ett objekt, inte ${show(v, 'sv')}`, `must be an object, not ${show(v, 'en')}`);
      const issues: Issue[] = [];
      const value = parseObject(spec, v, '', issues);
      const first = issues[0];
      return first ? failedWith(first) : ok(value);
    },
  };
}

/** A list of objects of one shape. */
export function objectListField(spec: ObjectSpec): FieldSpec<Record<string, unknown>[]> {
  return {
    kind: 'objects',
    default: () => [],
    check: (v) => {
      if (!Array.isArray(v)) return bad(`ska vara en lista, inte ${show(v, 'sv')}`, `must be a list, not ${show(v, 'en')}`);
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (!isPlainObject(item)) {
          const message = text(`ska vara ett objekt, inte ${show(item, 'sv')}`, `must be an object, not ${show(item, 'en')}`);
          // Named at the entry itself (`Tidigare namn, post 1`), as a failure inside an entry is.
          return { ok: false, message: text(`[${i}]: ${message.sv}`, `[${i}]: ${message.en}`), inner: { at: `[${i}]`, message } };
        }
        const issues: Issue[] = [];
        out.push(parseObject(spec, item, `[${i}]`, issues));
        const first = issues[0];
        if (first) return failedWith(first);
      }
      return ok(out);
    },
  };
}

/** A nested field's failure as the failure of the field holding it, its detail kept. */
function failedWith(issue: Issue): Checked<never> {
  const inner = { at: issue.path.startsWith('[') ? issue.path : `.${issue.path.replace(/^\./, '')}`, message: issue.message };
  return issue.detail ? { ok: false, message: prefixed(issue), detail: issue.detail, inner } : { ok: false, message: prefixed(issue), inner };
}

function prefixed(issue: Issue): Text {
  const p = issue.path.replace(/^\./, '');
  return text(`${p}: ${issue.message.sv}`, `${p}: ${issue.message.en}`);
}

/** The issue of a field that failed its check, with the check's detail when it gave one. */
function fieldIssue(at: string, failed: { message: Text; detail?: IssueDetail; inner?: { at: string; message: Text } }): Issue {
  // An empty required text is the same violation as a missing one: one code for both.
  const code = failed.detail?.kind === 'empty' ? 'required' : 'invalid-field';
  // Inside an object, the issue is the inner field's, at its own path, in its own words.
  const path = failed.inner ? at + failed.inner.at : at;
  const message = failed.inner ? failed.inner.message : failed.message;
  return failed.detail ? { code, path, message, detail: failed.detail } : { code, path, message };
}

/** A required field that is absent: the same code and words as an empty one. */
export function requiredIssue(path: string): Issue {
  return { code: 'required', path, message: MUST_NOT_BE_EMPTY, detail: { kind: 'empty' } };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The defaults of every field of a spec. */
export function defaultsOf(spec: ObjectSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) out[key] = field.default();
  return out;
}

/**
 * Checks every field of `raw` against `spec`, filling defaults for absent optional fields;
 * an absent required field is an issue. Unknown keys are dropped. Each wrong field adds
 * an issue at `path.field`.
 */
export function parseObject(spec: ObjectSpec, raw: Record<string, unknown>, path: string, issues: Issue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of fieldsOf(spec)) {
    const value = raw[key];
    if (value === undefined) {
      if (field.required) issues.push(requiredIssue(`${path}.${key}`));
      out[key] = field.default();
      continue;
    }
    const c = field.check(value);
    if (c.ok) out[key] = c.value;
    else {
      issues.push(fieldIssue(`${path}.${key}`, c));
      out[key] = field.default();
    }
  }
  return out;
}

/**
 * A spec's fields as a list, made once per spec: restore parses every element of a large map
 * (over a hundred thousand) against the same few specs. A spec is never changed after it is
 * made (a test that adds a field makes a new one), so the list stays right.
 */
const FIELD_LISTS = new WeakMap<ObjectSpec, readonly (readonly [string, FieldSpec<unknown>])[]>();
function fieldsOf(spec: ObjectSpec): readonly (readonly [string, FieldSpec<unknown>])[] {
  let list = FIELD_LISTS.get(spec);
  if (!list) {
    list = Object.entries(spec);
    FIELD_LISTS.set(spec, list);
  }
  return list;
}

/**
 * Checks a partial change against `spec`: only the keys present are checked and
 * returned; keys the spec does not know are refused.
 */
export function parseChanges(spec: ObjectSpec, raw: Record<string, unknown>, path: string, issues: Issue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = spec[key];
    if (!field) {
      issues.push({ code: 'unknown-field', path: `${path}.${key}`, message: text('är inget fält här', 'is not a field here') });
      continue;
    }
    if (value === undefined) continue;
    const c = field.check(value);
    if (c.ok) out[key] = c.value;
    else issues.push(fieldIssue(`${path}.${key}`, c));
  }
  return out;
}
