import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FIXTURE, workbookOutputs } from './outputFixture';

// The fixture was written by the code before the workbook's sheets and columns came from
// the model's declarations; the same map must still give the same workbook, cell for cell.
describe('workbook output', () => {
  it('is the same as before the columns were derived from the declarations', () => {
    const before = JSON.parse(readFileSync(OUTPUT_FIXTURE, 'utf8')) as Record<string, unknown>;
    const now = workbookOutputs();
    expect(Object.keys(now)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(now[key], key).toEqual(before[key]);
  });
});
