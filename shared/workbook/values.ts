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
  const serial = excelSerialDate(v);
  if (serial)
    return {
      ok: false,
      message: text(
        `"${v}" är inget datum men ser ut som Excels nummer för ${serial}: formatera cellen som datum, eller skriv ${serial}`,
        `"${v}" is not a date but looks like Excel's number for ${serial}: format the cell as a date, or write ${serial}`,
      ),
    };
  const checked = dateField().check(v);
  return checked.ok ? { ok: true, value: checked.value } : checked;
}

/**
 * The date an Excel serial number stands for (days since 1899-12-30), for 1950 to 2100, or
 * null: a date cell formatted as a number, or pasted as values, shows `44805`. Not taken as
 * the date (a number in a date column may be a mistake of another kind), but named in the error.
 */
function excelSerialDate(v: string): string | null {
  if (!/^\d{5}(\.\d+)?$/.test(v)) return null;
  const days = Math.floor(Number(v));
  if (days < 18264 || days > 73051) return null;
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The `YYYY-MM-DD` of a date cell, from its UTC parts (how spreadsheets store dates). */
export function dateCellText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** English thousands separators that cannot be a decimal comma: `1,000,000`, `12,500.50`. */
const ENGLISH_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+\.\d+$|^[+-]?\d{1,3}(,\d{3}){2,}$/;
/** One comma before three digits: `1,000` is a thousand in English and one in Swedish. */
const THOUSAND_OR_DECIMAL = /^[+-]?[1-9]\d{0,2},\d{3}$/;

/** A unit after an amount: kronor, thousands (tkr, TSEK) or millions (mkr, MSEK); `:-` is how a price is written. */
const AMOUNT_UNIT = /(?<=[\d.,])(tkr|tsek|mkr|msek|mnkr|miljoner(?:kr|kronor)?|kronor|kr|sek|:[-–])\.?$/i;
const UNIT_FACTORS: Readonly<Record<string, number>> = { tkr: 1e3, tsek: 1e3, mkr: 1e6, msek: 1e6, mnkr: 1e6, miljoner: 1e6, miljonerkr: 1e6, miljonerkronor: 1e6 };

/**
 * A number cell: digits with spaces (also non-breaking) as thousands separators, a decimal
 * point or a Swedish decimal comma; English thousands commas where nothing else can be
 * meant (`1,000,000`, `12,500.50`); empty is null. With `amount`, a comma before exactly
 * three digits (`100,000`) is refused as ambiguous: read either way, an amount would be a
 * thousand times wrong without a word. Positions, whose decimals are anything, are read
 * with the comma as a decimal comma.
 */
export function readNumber(raw: string, amount = false, money = false): Read<number | null> {
  let v = raw.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (v === '') return { ok: true, value: null };
  // A sum of money written with its unit, as in a budget: "1 000 000 kr", "250 000:-", "20 mkr", "1,5 MSEK", "800 tkr.".
  const unit = money ? AMOUNT_UNIT.exec(v) : null;
  if (unit) {
    const scaled = readNumber(v.slice(0, unit.index), amount);
    if (!scaled.ok || scaled.value === null) return { ok: false, message: scaled.ok ? text(`"${raw.trim()}" är inget tal`, `"${raw.trim()}" is not a number`) : scaled.message };
    const factor = UNIT_FACTORS[(unit[1] ?? '').toLowerCase()] ?? 1;
    // Through the text (1.1e6, not 1.1 × 1e6 = 1100000.0000000002) where there is no exponent already.
    const value = factor === 1 ? scaled.value : /e/i.test(String(scaled.value)) ? scaled.value * factor : Number(`${scaled.value}e${Math.log10(factor)}`);
    return { ok: true, value };
  }
  if (v.startsWith('−')) v = `-${v.slice(1)}`;
  const shown = raw.trim();
  if (amount && THOUSAND_OR_DECIMAL.test(v)) {
    const [whole, part] = v.split(',') as [string, string];
    // 1,250 is 1,25 as a decimal; 1,205 stays three digits, so it is given a fourth (1,2050) to be a decimal only.
    const stripped = part.replace(/0+$/, '') || '0';
    const decimals = stripped.length === 3 ? `${stripped}0` : stripped;
    return {
      ok: false,
      message: text(
        `"${shown}" kan vara ${whole} ${part} eller ${whole},${decimals}; skriv ${whole}${part} för det första, ${whole},${decimals} för det andra`,
        `"${shown}" could be ${whole}${part} or ${whole}.${decimals}; write ${whole}${part} for the first, ${whole}.${decimals} for the second`,
      ),
    };
  }
  if (ENGLISH_THOUSANDS.test(v)) v = v.replace(/,/g, '');
  else if (!v.includes('.') && /^[^,]*,[^,]*$/.test(v)) v = v.replace(',', '.');
  if (!NUMBER.test(v)) return { ok: false, message: text(`"${shown}" är inget tal`, `"${shown}" is not a number`) };
  return { ok: true, value: Number(v) };
}

/** The decimal sign export writes: a point, or a comma in a Swedish CSV (the decimal sign of Swedish regional settings, which Excel reads a CSV file with). */
export type Decimal = '.' | ',';

/** A number as export writes it. */
export function numberText(n: number | null, decimal: Decimal = '.'): string {
  if (n === null) return '';
  const plain = String(n);
  if (decimal === '.') return plain;
  const comma = plain.replace('.', ',');
  // 100,125 would read back as a thousand or a decimal (readNumber refuses it in an amount): 100,1250 is only the decimal.
  return THOUSAND_OR_DECIMAL.test(comma) ? `${comma}0` : comma;
}
