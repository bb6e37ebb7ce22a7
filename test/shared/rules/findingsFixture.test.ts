import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { restoreText } from '../../../shared/file/restore';
import type { MandatModel } from '../../../shared/model/types';
import { generateMap, type GenerateOptions } from '../../bench/synthetic';

/**
 * The whole output of the analysis (every finding's rule, severity, key, elements, chain,
 * message and fix, in order, and the acknowledged ones) recorded before the rules were
 * rewritten as data, so any change to what the checks say shows here as a diff. Small maps
 * are recorded in full; larger synthetic maps by a digest of the same JSON.
 * To re-record after an intended change: `npx vitest run -u test/shared/rules/findingsFixture.test.ts`.
 */
const FIXTURES = join(__dirname, '__fixtures__');

function sample(): MandatModel {
  const r = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message.en);
  return r.model;
}

/** The result as JSON, one finding a line (lazy sentences made), so a change shows as a short diff. */
function json(result: AnalysisResult): string {
  const list = (items: readonly unknown[]): string => (items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`);
  return `{"asOf":${JSON.stringify(result.asOf)},\n"findings":${list(result.findings)},\n"acknowledged":${list(result.acknowledged)}}\n`;
}

const digest = (s: string): string => createHash('sha256').update(s).digest('hex');

const SMALL: readonly (GenerateOptions & { asOf: string })[] = [
  { bodies: 41, members: 97, memberships: 613, lines: 77, seed: 9, asOf: '2023-06-01' },
  { bodies: 60, members: 150, memberships: 900, lines: 140, seed: 4, asOf: '2022-01-15' },
];

describe('the findings stay as they were recorded', () => {
  const model = sample();
  for (const asOf of ['2021-09-26', '2022-06-01', '2023-06-01']) {
    it(`on the sample map on ${asOf}`, async () => {
      await expect(json(analyse(model, { asOf }))).toMatchFileSnapshot(join(FIXTURES, `sample-${asOf}.json`));
    });
  }

  it('on the sample map with a stricter overlap and overload setting', async () => {
    const result = analyse(model, { asOf: '2023-06-01', settings: { overlapThreshold: 0.2, overlapMinShared: 1, overloadThreshold: 1 } });
    await expect(json(result)).toMatchFileSnapshot(join(FIXTURES, 'sample-strict.json'));
  });

  for (const { asOf, ...opts } of SMALL) {
    it(`on a synthetic map of ${opts.bodies} bodies (seed ${opts.seed})`, async () => {
      await expect(json(analyse(generateMap(opts), { asOf }))).toMatchFileSnapshot(join(FIXTURES, `synthetic-${opts.bodies}-${opts.seed}.json`));
    });
  }

  it('on the larger synthetic maps (by digest)', async () => {
    const sizes: readonly GenerateOptions[] = [
      { bodies: 120, members: 480, memberships: 2_400, lines: 250, seed: 5 },
      { bodies: 500, members: 2_000, memberships: 10_000, lines: 1_000, seed: 2023 },
      { bodies: 5_800, members: 25_000, memberships: 120_000, lines: 12_000, seed: 2023 },
    ];
    const lines = sizes.map((opts) => {
      const result = analyse(generateMap(opts), { asOf: '2023-06-01' });
      return `${opts.bodies} bodies: ${result.findings.length} findings, ${result.acknowledged.length} acknowledged, sha256 ${digest(json(result))}`;
    });
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(join(FIXTURES, 'synthetic-digests.txt'));
  }, 120_000);
});
