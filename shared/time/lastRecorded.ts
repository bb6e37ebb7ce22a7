import type { IsoDate, MandatModel } from '../model/types';
import { today } from './isoDate';
import { forEachValidityDate } from './validityDates';

/**
 * The last day up to `now` on which the map records something happening: an audit's report,
 * an answer, an action's change of status, a document's decision, a body or line starting or
 * ending. A map built from sources (the Eskilstuna sample stops with the 2023 audit) is read
 * on that day rather than today, where everything after the sources would look missing.
 * Dates after `now` are plans (a period's planned end), not records, and do not count.
 * Null for a map that records no date.
 */
export function lastRecordedDate(model: MandatModel, now: IsoDate = today()): IsoDate | null {
  let last: IsoDate | null = null;
  const see = (date: IsoDate | null | undefined): void => {
    if (date && date <= now && (last === null || date > last)) last = date;
  };
  for (const a of model.audits.values()) see(a.date);
  for (const a of model.answers.values()) see(a.date);
  for (const a of model.actions.values()) for (const s of a.statusHistory) see(s.date);
  for (const d of model.documents.values()) see(d.decidedOn);
  forEachValidityDate(model, see);
  return last;
}
