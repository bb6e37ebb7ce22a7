import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MandatModel } from '../../shared/model/types';
import { makeAccountable, makeBody, makeModel } from '../factories';

// Counts the analyses run, by the Findings panel's cache and by the difference alike.
const analyse = vi.fn((_model: MandatModel, options: { asOf: string }) => ({ asOf: options.asOf, findings: [], acknowledged: [] }));
vi.mock('../../shared/analysis/analyse', () => ({ analyse: (model: MandatModel, options: { asOf: string }) => analyse(model, options) }));

const { findingsFor, forgetAnalyses } = await import('../../renderer/src/store/findings');
const { currentDifference } = await import('../../renderer/src/compare/compareState');

const model = makeModel({ bodies: [makeAccountable('ks'), makeBody('a', { validFrom: '2022-01-01' })] });
const view = (from: string, to: string, other: { name: string; model: MandatModel } | null = null) => ({ open: true, from, to, other, error: null, asOfBefore: to });
const dates = (): string[] => analyse.mock.calls.map(([, o]) => o.asOf);

beforeEach(() => {
  analyse.mockClear();
  forgetAnalyses();
});

describe('the Compare view’s findings', () => {
  it('takes the open map’s analysis on the date the canvas shows from the window, analysing only the other date', () => {
    findingsFor(model, '2023-06-01');
    expect(dates()).toEqual(['2023-06-01']);
    const d = currentDifference(model, view('2021-06-01', '2023-06-01'));
    expect(d?.groups.map((g) => g.scope)).toEqual(['bodies']);
    expect(dates()).toEqual(['2023-06-01', '2021-06-01']);
  });

  it('compared with a file, analyses the other file and not the open map again', () => {
    findingsFor(model, '2023-06-01');
    const other = makeModel({ bodies: [makeAccountable('ks')] });
    currentDifference(model, view('2023-06-01', '2023-06-01', { name: 'other.mandat', model: other }));
    expect(analyse.mock.calls.map(([m]) => m)).toEqual([model, other]);
  });
});
