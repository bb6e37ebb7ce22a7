import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdges, buildNodes, FAR_UNDOCUMENTED_OPACITY, type GraphInput } from '../../renderer/src/canvas/graph';
import { restoreText } from '../../shared/file/restore';
import { LEVELS } from '../../shared/model/vocabulary';

const restored = restoreText(readFileSync(path.join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error('the sample does not restore');
const model = restored.model;
const asOf = '2021-09-26'; // while the council's undocumented report to KSAU existed

function input(far: boolean, extra: Partial<GraphInput> = {}): GraphInput {
  return {
    model,
    asOf,
    levels: new Set(LEVELS),
    kind: 'all',
    findingsByBody: new Map(),
    highlight: null,
    selected: new Set(),
    selectedLines: new Set(),
    showFunding: true,
    showDecidedBy: true,
    far,
    ...extra,
  };
}

function edgesOf(far: boolean) {
  const i = input(far);
  const visible = new Set(buildNodes(i).map((n) => n.id));
  return buildEdges(i, visible, (k) => k);
}

describe('the canvas lines', () => {
  const near = edgesOf(false);
  const far = edgesOf(true);
  const lines = (edges: typeof near) => edges.filter((e) => e.data?.kind === 'line');
  const undocumented = new Set<string>([...model.reportingLines.values()].filter((l) => l.documented === 'no').map((l) => l.id));

  it('are the same lines near and far', () => {
    expect(lines(near).length).toBeGreaterThan(10);
    expect(far.map((e) => e.id)).toEqual(near.map((e) => e.id));
    expect(lines(near).some((e) => undocumented.has(e.id))).toBe(true);
  });

  it('have arrowheads, labels and dashes for undocumented reports when near', () => {
    for (const e of near) expect(e.markerEnd, e.id).toBeDefined();
    for (const e of lines(near)) {
      const line = [...model.reportingLines.values()].find((l) => l.id === e.id);
      if (undocumented.has(e.id)) {
        expect(e.style?.strokeDasharray, e.id).toBe('6 4');
        expect(String(e.label), e.id).toContain('⚠');
      } else expect(e.style?.strokeDasharray, e.id).toBeUndefined();
      if (line?.frequency) expect(String(e.label), e.id).toContain(line.frequency);
    }
  });

  it('have no arrowheads or labels far out, and undocumented reports are fainter instead of dashed', () => {
    for (const e of far) {
      expect(e.markerEnd, e.id).toBeUndefined();
      expect(e.label, e.id).toBeUndefined();
    }
    for (const e of lines(far)) {
      expect(e.style?.strokeDasharray, e.id).toBeUndefined();
      expect(e.style?.strokeOpacity, e.id).toBe(undocumented.has(e.id) ? FAR_UNDOCUMENTED_OPACITY : undefined);
    }
  });

  it('keep an unchanged line as the same edge object, and make a new one when the zoom crosses the threshold', () => {
    const again = edgesOf(false);
    expect(lines(again)[0]).toBe(lines(edgesOf(false))[0]);
    const flipped = edgesOf(true);
    expect(lines(flipped)[0]).not.toBe(lines(again)[0]);
  });
});
