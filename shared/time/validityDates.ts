import type { IsoDate, MandatModel } from '../model/types';

/**
 * Calls `see` with each date that bounds a body, a body's former name or a reporting line
 * (null where the period is open): the dates the map's structure changes on. The time
 * control's span of years and the last recorded date both start from these.
 */
export function forEachValidityDate(model: MandatModel, see: (date: IsoDate | null) => void): void {
  for (const b of model.bodies.values()) {
    see(b.validFrom);
    see(b.validTo);
    for (const f of b.formerNames) see(f.validTo);
  }
  for (const l of model.reportingLines.values()) {
    see(l.validFrom);
    see(l.validTo);
  }
}
