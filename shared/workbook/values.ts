import { text, type Text } from '../i18n/text';
import { dateField } from '../model/fields';
import { isIsoDate } from '../time/isoDate';

type Read<T> = { ok: true; value: T } | { ok: false; message: Text };

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date cell: `YYYY-MM-DD` (a date-time's date part is taken too, as a date cell
 * of a spreadsheet may carry a time); empty is null.
 */
export function readDate(raw: string): Read<string | null> {
  const v = raw.trim();
  if (v === '') return { ok: true, value: null };
  if (isIsoDate(v)) return { ok: true, value: v };
  const day = DATE_TIME.exec(v)?.[1];
  if (day !== undefined && isIsoDate(day)) return { ok: true, value: day };
  const checked = dateField().check(v);
  return checked.ok ? { ok: true, value: checked.value } : checked;
}

/** The `YYYY-MM-DD` of a date cell, from its UTC parts (how spreadsheets store dates). */
export function dateCellText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number cell: digits with spaces (also non-breaking) as thousands separators
 * and a decimal point or a Swedish decimal comma; empty is null.
 */
export function readNumber(raw: string): Read<number | null> {
  let v = raw.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (v === '') return { ok: true, value: null };
  if (!v.includes('.') && /^[^,]*,[^,]*$/.test(v)) v = v.replace(',', '.');
  if (v.startsWith('−')) v = `-${v.slice(1)}`;
  if (!NUMBER.test(v)) return { ok: false, message: text(`"${raw.trim()}" är inget tal`, `"${raw.trim()}" is not a number`) };
  return { ok: true, value: Number(v) };
}

/** A number as export writes it. */
export function numberText(n: number | null): string {
  return n === null ? '' : String(n);
}
