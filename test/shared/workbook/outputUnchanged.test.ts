import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COORDINATION, DOCUMENTS } from '../../../shared/model/declarations/documents';
import { ACTIONS, ANSWERS, AUDITS, RECOMMENDATIONS } from '../../../shared/model/declarations/audits';
import { MAP_KEY_DECLARATIONS, MAP_SHEET } from '../../../shared/model/declarations';
import { OUTPUT_FIXTURE, workbookOutputs } from './outputFixture';

/** Sheets of collections declared after the fixture was written, in both languages: their maps have none, so each is a header row alone. */
const ADDED_SINCE = new Set([DOCUMENTS, COORDINATION].flatMap((d) => [d.sheet!.name, d.sheet!.sv]));
/** The audit sheets came after the fixture too; the sample holds its audits there (auditsModel.test.ts and sampleAudits.test.ts check them). */
const AUDIT_SHEETS = new Set([AUDITS, RECOMMENDATIONS, ANSWERS, ACTIONS].flatMap((d) => [d.sheet!.name, d.sheet!.sv]));
/** Map keys added since, in both languages: their rows are left out of the Map sheet before comparing. */
const ADDED_KEYS = MAP_KEY_DECLARATIONS.filter((k) => k.key === 'answer_due_days').flatMap((k) => [k.key, ...k.sv]);
const MAP_SHEETS = new Set([MAP_SHEET.name, MAP_SHEET.sv]);

function withoutAddedKeys(name: string, sheet: unknown): unknown {
  if (!MAP_SHEETS.has(name.replace(/\.csv$/, ''))) return sheet;
  if (Array.isArray(sheet)) return sheet.filter((row: unknown[]) => !ADDED_KEYS.includes(String(row[0])));
  return String(sheet)
    .split('\n')
    .filter((line) => !ADDED_KEYS.some((k) => line.replace(/^\uFEFF/, '').startsWith(`${k},`) || line.startsWith(`${k};`)))
    .join('\n');
}

/** An output (sheets or CSV files) without the sheets added since, after checking that each holds no rows. */
function withoutAdded(output: unknown): unknown {
  if (typeof output !== 'object' || output === null) return output;
  const kept: Record<string, unknown> = {};
  for (const [name, sheet] of Object.entries(output)) {
    if (AUDIT_SHEETS.has(name.replace(/\.csv$/, ''))) continue;
    if (!ADDED_SINCE.has(name.replace(/\.csv$/, ''))) kept[name] = withoutAddedKeys(name, sheet);
    else if (Array.isArray(sheet)) expect(sheet, name).toHaveLength(1);
    else expect(String(sheet).trim().split('\n'), name).toHaveLength(1);
  }
  return kept;
}

// The fixture was written by the code before the workbook's sheets and columns came from
// the model's declarations; the same map must still give the same workbook, cell for cell
// (but for the empty sheets of collections added since).
describe('workbook output', () => {
  it('is the same as before the columns were derived from the declarations', () => {
    const before = JSON.parse(readFileSync(OUTPUT_FIXTURE, 'utf8')) as Record<string, unknown>;
    const now = workbookOutputs();
    expect(Object.keys(now)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(withoutAdded(now[key]), key).toEqual(before[key]);
  });
});
