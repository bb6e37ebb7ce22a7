import type { MandatModel } from '../../../shared/model/types';
import { forEachValidityDate } from '../../../shared/time/validityDates';

/**
 * The years the time control's slider spans: from 1 January of the earliest date the map
 * names (a body's, a former name's, a line's or a governing document's, or today) to
 * 31 December of the latest. One pass keeping the smallest and largest ISO date, which sort
 * as strings: it runs after every edit, and collecting and sorting some thousands of dates
 * for it was part of what an edit on a large map waited for.
 */
export function dateSpan(model: MandatModel, todayDate: string): readonly [min: string, max: string] {
  let min = todayDate;
  let max = todayDate;
  const see = (d: string | null): void => {
    if (d === null) return;
    if (d < min) min = d;
    if (d > max) max = d;
  };
  forEachValidityDate(model, see);
  // The governing documents' periods too, so the slider reaches a plan's start and end.
  for (const doc of model.documents.values()) {
    see(doc.validFrom);
    see(doc.validTo);
  }
  return [`${min.slice(0, 4)}-01-01`, `${max.slice(0, 4)}-12-31`];
}
