import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../renderer/src/toolbar/dateSpan';
import { restoreText } from '../../shared/file/restore';
import type { MandatModel } from '../../shared/model/types';
import { arbModel } from '../arbitraries';

/** The span as the time control first computed it: every date collected and sorted. */
function reference(model: MandatModel, todayDate: string): [string, string] {
  const dates: string[] = [todayDate];
  for (const b of model.bodies.values()) for (const d of [b.validFrom, b.validTo, ...b.formerNames.map((f) => f.validTo)]) if (d) dates.push(d);
  for (const l of model.reportingLines.values()) for (const d of [l.validFrom, l.validTo]) if (d) dates.push(d);
  for (const doc of model.documents.values()) for (const d of [doc.validFrom, doc.validTo]) if (d) dates.push(d);
  dates.sort();
  return [`${(dates[0] as string).slice(0, 4)}-01-01`, `${(dates[dates.length - 1] as string).slice(0, 4)}-12-31`];
}

describe('the time control’s span of years', () => {
  it('runs from the first year the sample names to the last, or to this year', () => {
    const r = restoreText(readFileSync(path.join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8'));
    if (!r.ok) throw new Error('the sample does not restore');
    expect(dateSpan(r.model, '2026-12-06')).toEqual(['2018-01-01', '2026-12-31']);
    // A "today" before everything the map names starts the span there.
    expect(dateSpan(r.model, '2001-05-05')[0]).toBe('2001-01-01');
    expect(dateSpan(r.model, '2001-05-05')).toEqual(reference(r.model, '2001-05-05'));
  });

  it('is the span of every date of bodies, former names, lines and documents, for any map', () => {
    fc.assert(
      fc.property(arbModel(), fc.constantFrom('2000-02-29', '2024-06-30', '2031-01-01'), (model, todayDate) => {
        expect(dateSpan(model, todayDate)).toEqual(reference(model, todayDate));
      }),
      { numRuns: 200 },
    );
  });
});
