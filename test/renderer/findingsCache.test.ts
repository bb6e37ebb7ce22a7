import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyModel } from '../../shared/model/empty';
import type { Body, MandatModel } from '../../shared/model/types';

// Counts the analyses findingsFor runs; each one gives a result of its own.
const analyse = vi.fn((_model: MandatModel, _options: { asOf: string }) => ({ findings: [], acknowledged: [] }));
vi.mock('../../shared/analysis/analyse', () => ({ analyse: (model: MandatModel, options: { asOf: string }) => analyse(model, options) }));

const { findingsFor, forgetAnalyses, keptFindings } = await import('../../renderer/src/store/findings');

/** Distinct snapshots, every collection a new object. */
const snapshot = (): MandatModel => emptyModel();
const DAY = '2026-12-06';

beforeEach(() => {
  analyse.mockClear();
  forgetAnalyses();
});

describe('findingsFor', () => {
  it('keptFindings gives a kept analysis and never analyses (a newly opened map waits for its drawing)', () => {
    const m = snapshot();
    expect(keptFindings(m, DAY)).toBeNull();
    expect(analyse).toHaveBeenCalledTimes(0);
    const made = findingsFor(m, DAY);
    expect(keptFindings(m, DAY)).toBe(made);
    expect(keptFindings(m, '2021-09-26')).toBeNull();
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('analyses a snapshot on a date once, and again for another date', () => {
    const m = snapshot();
    const first = findingsFor(m, DAY);
    expect(findingsFor(m, DAY)).toBe(first);
    expect(analyse).toHaveBeenCalledTimes(1);
    findingsFor(m, '2021-09-26');
    expect(analyse).toHaveBeenCalledTimes(2);
  });

  it('keeps the snapshot still drawn when an older one was analysed after it (the count of an edit then analyses once)', () => {
    const current = snapshot();
    const older = snapshot();
    // A deferred render that analysed an older snapshot after the current one …
    findingsFor(current, DAY);
    findingsFor(older, DAY);
    // … then the canvas and the list keep reading the current one.
    findingsFor(current, DAY);
    findingsFor(current, DAY);
    analyse.mockClear();
    // An edit: the count analyses the new snapshot, the deferred list still reads the one before.
    const edited = snapshot();
    findingsFor(edited, DAY);
    findingsFor(current, DAY);
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse.mock.calls[0]?.[0]).toBe(edited);
  });

  it('analyses each snapshot of a run of edits once while the list and canvas follow one edit behind', () => {
    let shown = snapshot();
    findingsFor(shown, DAY);
    analyse.mockClear();
    for (let edit = 0; edit < 5; edit++) {
      const next = snapshot();
      findingsFor(next, DAY); // the count, at once
      findingsFor(shown, DAY); // the list and the canvas, still deferred
      findingsFor(shown, DAY);
      findingsFor(next, DAY); // their deferred render
      shown = next;
    }
    expect(analyse).toHaveBeenCalledTimes(5);
  });

  it('keeps the findings of a snapshot whose bodies only moved, and analyses one with anything else changed', () => {
    const body = { id: 'b1', name: 'Kommunstyrelsen', position: { x: 0, y: 0 } } as unknown as Body;
    const before = { ...emptyModel(), bodies: new Map([[body.id, body]]) };
    const first = findingsFor(before, DAY);
    const moved = { ...before, bodies: new Map([[body.id, { ...body, position: { x: 120, y: 48 } }]]) };
    expect(findingsFor(moved, DAY).result).toBe(first.result);
    expect(analyse).toHaveBeenCalledTimes(1);
    const renamed = { ...moved, bodies: new Map([[body.id, { ...body, name: 'KS' }]]) };
    expect(findingsFor(renamed, DAY).result).not.toBe(first.result);
    expect(analyse).toHaveBeenCalledTimes(2);
    // Another date is another analysis, moved or not.
    findingsFor(moved, '2021-09-26');
    expect(analyse).toHaveBeenCalledTimes(3);
  });
});
