import type { Body, IsoDate } from '../model/types';

/** The name and short name a body had on `date` (the BRÅ was renamed in 2022). */
export function nameOn(body: Body, date: IsoDate): { name: string; shortName: string } {
  let best: { name: string; shortName: string; validTo: IsoDate } | null = null;
  for (const former of body.formerNames) {
    if (date <= former.validTo && (best === null || former.validTo < best.validTo)) best = former;
  }
  return best ? { name: best.name, shortName: best.shortName } : { name: body.name, shortName: body.shortName };
}

/** The short name if it has one, else the name, as of `date`. */
export function labelOn(body: Body, date: IsoDate): string {
  const n = nameOn(body, date);
  return n.shortName || n.name;
}
