import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { differsOnlyInPlaces } from '../../renderer/src/store/placesOnly';
import { analyse } from '../../shared/analysis/analyse';
import { restoreText } from '../../shared/file/restore';
import type { Body, MandatModel } from '../../shared/model/types';

const restored = restoreText(readFileSync(path.join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error('the sample does not restore');
const model = restored.model;
const [id, body] = [...model.bodies][0] as [string, Body];

/** The model with the first body replaced (a new object, as a snapshot renews it: nested values copied too). */
const withFirst = (change: Partial<Body>): MandatModel => ({
  ...model,
  bodies: new Map([...model.bodies].map(([k, b]) => [k, k === id ? { ...(JSON.parse(JSON.stringify(b)) as Body), ...change } : b])),
});

describe('differsOnlyInPlaces', () => {
  it('is true for the same snapshot and for bodies renewed with only their position changed', () => {
    expect(differsOnlyInPlaces(model, model)).toBe(true);
    expect(differsOnlyInPlaces(model, withFirst({}))).toBe(true);
    expect(differsOnlyInPlaces(model, withFirst({ position: { x: 999, y: -12 } }))).toBe(true);
    expect(differsOnlyInPlaces(model, withFirst({ position: null }))).toBe(true);
  });

  it('is false when a body changes in anything else, nested values included', () => {
    expect(differsOnlyInPlaces(model, withFirst({ name: body.name + ' 2' }))).toBe(false);
    expect(differsOnlyInPlaces(model, withFirst({ accountable: !body.accountable }))).toBe(false);
    expect(differsOnlyInPlaces(model, withFirst({ mandate: { ...body.mandate, decidedBy: 'someone-else' } as Body['mandate'] }))).toBe(false);
  });

  it('is false when a body is added, removed or the order changes, or another collection, the meta or settings change', () => {
    const extra = { ...body, id: 'new-body' } as Body;
    expect(differsOnlyInPlaces(model, { ...model, bodies: new Map([...model.bodies, [extra.id, extra]]) })).toBe(false);
    expect(differsOnlyInPlaces(model, { ...model, bodies: new Map([...model.bodies].slice(1)) })).toBe(false);
    expect(differsOnlyInPlaces(model, { ...model, bodies: new Map([...model.bodies].reverse()) })).toBe(false);
    expect(differsOnlyInPlaces(model, { ...model, memberships: new Map(model.memberships) })).toBe(false);
    expect(differsOnlyInPlaces(model, { ...model, meta: { ...model.meta } })).toBe(false);
    expect(differsOnlyInPlaces(model, { ...model, settings: { ...model.settings } })).toBe(false);
  });

  it('rests on no check reading where a body is drawn: the sample with every body moved has the same findings', () => {
    const moved: MandatModel = { ...model, bodies: new Map([...model.bodies].map(([k, b], i) => [k, { ...b, position: { x: 7 * i, y: -3 * i } }])) };
    expect(differsOnlyInPlaces(model, moved)).toBe(true);
    // What the window shows of a finding (its message keeps the analysis's context, bodies and all, to word itself).
    const shown = (m: MandatModel, asOf: string) => {
      const r = analyse(m, { asOf });
      const view = (f: (typeof r.findings)[number]) => ({ key: f.key, rule: f.rule, severity: f.severity, elements: f.elements, sv: f.message.sv, en: f.message.en });
      return { findings: r.findings.map(view), acknowledged: r.acknowledged.map((a) => ({ ...view(a.finding), by: a.acknowledgement.id })) };
    };
    for (const asOf of ['2021-09-26', '2026-12-06']) {
      const before = shown(model, asOf);
      expect(before.findings.length).toBeGreaterThan(0);
      expect(shown(moved, asOf)).toEqual(before);
    }
  });
});
