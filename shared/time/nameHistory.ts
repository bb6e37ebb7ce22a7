import type { Body, IsoDate } from '../model/types';

/** One name a body carried, and the days it carried it (both ends included; null is open-ended). */
export interface NamePeriod {
  readonly name: string;
  readonly shortName: string;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

/** The calendar day after `date` (`2022-03-31` → `2022-04-01`, `2024-02-28` → `2024-02-29`). */
export function dayAfter(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(next.getUTCFullYear()).padStart(4, '0')}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/**
 * Every name the body had, oldest first, each with the days it held: a former name runs
 * from the day after the one before it (or the body's start) to its `validTo`, and the
 * current name from the day after the last former name to the body's end. The period
 * that holds a date is the name `nameOn` gives for that date.
 */
export function nameHistory(body: Body): NamePeriod[] {
  const former = [...body.formerNames].sort((a, b) => (a.validTo < b.validTo ? -1 : a.validTo > b.validTo ? 1 : 0));
  const out: NamePeriod[] = [];
  let from: IsoDate | null = body.validFrom;
  for (const f of former) {
    out.push({ name: f.name, shortName: f.shortName, from, to: f.validTo });
    from = dayAfter(f.validTo);
  }
  out.push({ name: body.name, shortName: body.shortName, from, to: body.validTo });
  return out;
}

/** The index in `history` of the period that holds `date` (the last one after every former name). */
export function periodOn(history: readonly NamePeriod[], date: IsoDate): number {
  for (let i = 0; i < history.length - 1; i++) {
    const to = history[i]?.to;
    if (to !== null && to !== undefined && date <= to) return i;
  }
  return history.length - 1;
}
