import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, ANSWERS, AUDITS, RECOMMENDATIONS } from '../../../shared/model/declarations/audits';
import { COORDINATION, DOCUMENTS } from '../../../shared/model/declarations/documents';
import { MAP_KEY_DECLARATIONS } from '../../../shared/model/declarations/settings';
import { ASSIGNMENTS, TASKS } from '../../../shared/model/declarations/tasks';
import { OUTPUT_FIXTURE, workbookOutputs } from './outputFixture';

/** Sheets of collections declared after the fixture was written, in both languages: their maps have none, so each is a header row alone. */
const ADDED_SINCE = new Set([DOCUMENTS, COORDINATION, TASKS, ASSIGNMENTS].flatMap((d) => [d.sheet!.name, d.sheet!.sv]));
/** The audit sheets came after the fixture too; the sample holds its audits there (auditsModel.test.ts and sampleAudits.test.ts check them). */
const AUDIT_SHEETS = new Set([AUDITS, RECOMMENDATIONS, ANSWERS, ACTIONS].flatMap((d) => [d.sheet!.name, d.sheet!.sv]));

/** Keys of the Map sheet added since (the law checks', the responsibility matrix's and the audits' settings), in both languages. */
const ADDED_KEYS = new Set(
  MAP_KEY_DECLARATIONS.filter((k) => ['situationalPictureMaxAgeMonths', 'rulesOff', 'accountableTaskThreshold', 'answerDueDays'].includes(k.field)).flatMap((k) => [k.key, k.sv[0] as string]),
);

/** A Map sheet (rows, or CSV text) without the rows of the keys added since. */
function withoutAddedKeys(sheet: unknown): unknown {
  if (Array.isArray(sheet)) return sheet.filter((row: unknown[]) => !ADDED_KEYS.has(String(row[0])));
  return String(sheet)
    .split('\n')
    .filter((line) => !ADDED_KEYS.has(line.replace(/^\uFEFF/, '').split(/[,;]/)[0]?.replace(/"/g, '') ?? ''))
    .join('\n');
}

/** An output (sheets or CSV files) without the sheets added since, after checking that each holds no rows. */
function withoutAdded(output: unknown): unknown {
  if (typeof output !== 'object' || output === null) return output;
  const kept: Record<string, unknown> = {};
  for (const [name, sheet] of Object.entries(output)) {
    const base = name.replace(/\.csv$/, '');
    if (AUDIT_SHEETS.has(base)) continue;
    if (base === 'Map' || base === 'Karta') kept[name] = withoutAddedKeys(sheet);
    else if (!ADDED_SINCE.has(base)) kept[name] = sheet;
    else if (Array.isArray(sheet)) expect(sheet, name).toHaveLength(1);
    else expect(String(sheet).trim().split('\n'), name).toHaveLength(1);
  }
  return kept;
}

/**
 * Swedish CSV files with their decimals as the fixture wrote them, with a point: they are
 * written with a comma since (the decimal sign Excel reads with Swedish regional settings). Only whole number cells
 * between separators change; the test then holds every other cell to the fixture as before.
 */
function withPointDecimals(files: unknown): unknown {
  if (typeof files !== 'object' || files === null) return files;
  return Object.fromEntries(Object.entries(files).map(([name, csv]) => [name, String(csv).replace(/(^|;)(-?\d+),(\d+)(?=;|\r?\n|$)/gm, '$1$2.$3')]));
}

// The fixture was written by the code before the workbook's sheets and columns came from
// the model's declarations; the same map must still give the same workbook, cell for cell
// (but for the empty sheets of collections added since).
describe('workbook output', () => {
  it('is the same as before the columns were derived from the declarations', () => {
    const before = JSON.parse(readFileSync(OUTPUT_FIXTURE, 'utf8')) as Record<string, unknown>;
    const now = workbookOutputs();
    expect(Object.keys(now)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(withoutAdded(key.endsWith('.sv.csv') ? withPointDecimals(now[key]) : now[key]), key).toEqual(before[key]);
  });
});
