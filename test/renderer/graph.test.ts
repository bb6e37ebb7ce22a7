import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdges, buildNodes, FAR_UNDOCUMENTED_OPACITY, sameIdsOr, sameItemsOr, type GraphInput } from '../../renderer/src/canvas/graph';
import { ARROW_MARKERS } from '../../renderer/src/canvas/arrowheads';
import { restoreText } from '../../shared/file/restore';
import { nameOn } from '../../shared/time/names';
import { isValidOn } from '../../shared/time/isoDate';
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

const say = (key: string, values?: Record<string, string | number>): string => (values ? `${key} ${JSON.stringify(values)}` : key);

function edgesOf(far: boolean) {
  const i = input(far);
  const visible = new Set(buildNodes(i).map((n) => n.id));
  return buildEdges(i, visible, say);
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
    // Each arrowhead is one of the markers the canvas draws (ArrowheadDefs), in the line's own colour.
    for (const e of near) {
      const marker = ARROW_MARKERS.get(String(e.markerEnd));
      expect(marker, e.id).toBeDefined();
      expect(marker?.colour, e.id).toBe(e.style?.stroke);
    }
    for (const e of lines(near)) {
      const line = [...model.reportingLines.values()].find((l) => l.id === e.id);
      if (undocumented.has(e.id)) {
        expect(e.style?.strokeDasharray, e.id).toBe('6 4');
        expect(String(e.label), e.id).toContain('⚠');
      } else expect(e.style?.strokeDasharray, e.id).toBeUndefined();
      if (line?.frequency) expect(String(e.label), e.id).toContain(line.frequency);
    }
  });

  it('have a drawn arrowhead in their own colour when a finding points at them or they are selected', () => {
    const ids = new Set(lines(near).map((e) => e.id));
    for (const extra of [{ highlight: { bodies: new Set<string>(), lines: ids } }, { selectedLines: ids }]) {
      const i = input(false, extra);
      const edges = buildEdges(i, new Set(buildNodes(i).map((n) => n.id)), say);
      expect(edges.length).toBe(near.length);
      for (const e of edges) expect(ARROW_MARKERS.get(String(e.markerEnd))?.colour, e.id).toBe(e.style?.stroke);
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

  it('lift the lines of the bodies being dragged above the rest, and only those', () => {
    const i = input(false);
    const visible = new Set(buildNodes(i).map((n) => n.id));
    const before = buildEdges(i, visible, say);
    const ks = [...model.bodies.values()].find((b) => b.shortName === 'KS');
    if (!ks) throw new Error('the sample has no KS');
    const during = buildEdges({ ...i, moving: new Set([ks.id]) }, visible, say);
    const touches = (e: (typeof during)[number]) => e.source === ks.id || e.target === ks.id;
    const lifted = during.filter((e) => e.data?.kind === 'line' && touches(e));
    expect(lifted.length).toBeGreaterThan(1);
    for (const e of lifted) expect([e.zIndex, e.className]).toEqual([2000, 'is-moving']);
    for (const [k, e] of during.entries()) {
      if (lifted.includes(e)) continue;
      expect(e.zIndex, e.id).toBeUndefined();
      if (e.data?.kind === 'line') expect(e, e.id).toBe(before[k]);
    }
    const after = buildEdges(i, visible, say);
    for (const e of after) expect(e.className, e.id).toBeUndefined();
  });

  it('are named by the bodies they join, as those were called on the date, never by their ids', () => {
    const named = (id: string): string => {
      const body = [...model.bodies.values()].find((b) => b.id === id);
      if (!body) throw new Error(`no body ${id}`);
      return nameOn(body, asOf).name;
    };
    for (const e of near) {
      const kind = e.data?.kind;
      if (kind === 'line') {
        const line = [...model.reportingLines.values()].find((l) => l.id === e.id);
        expect(e.ariaLabel).toBe(`lineKinds.${line?.kind}: ${named(e.source)} → ${named(e.target)}`);
      } else if (kind === 'funding') expect(e.ariaLabel).toMatch(/^edges\.funding \{"year":\d{4},"from":"[^"]+","to":"[^"]+"\}$/);
      else expect(e.ariaLabel).toBe(`edges.decidedBy ${JSON.stringify({ body: named(e.target), by: named(e.source) })}`);
      expect(e.ariaLabel).not.toContain(`${e.source} →`);
    }
    expect(near.some((e) => e.data?.kind === 'funding')).toBe(true);
    expect(near.some((e) => e.data?.kind === 'decided')).toBe(true);
  });

  it('keep an unchanged line as the same edge object, and make a new one when the zoom crosses the threshold', () => {
    const again = edgesOf(false);
    expect(lines(again)[0]).toBe(lines(edgesOf(false))[0]);
    const flipped = edgesOf(true);
    expect(lines(flipped)[0]).not.toBe(lines(again)[0]);
  });
});

describe('the canvas boxes’ member counts', () => {
  const seatedBody = (): string => {
    const counts = new Map<string, number>();
    for (const m of model.memberships.values()) if (m.role !== 'invited') counts.set(m.body, (counts.get(m.body) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };

  it('follow a change of the memberships and of the date, not only of the bodies', () => {
    const id = seatedBody();
    const count = (i: GraphInput): number => buildNodes(i).find((n) => n.id === id)?.data.members ?? -1;
    const before = count(input(false));
    expect(before).toBeGreaterThan(0);
    // The same bodies, one membership of this body fewer: the count is not the one kept from before.
    const gone = [...model.memberships.values()].find((m) => m.body === id && m.role !== 'invited' && isValidOn(m, asOf))!;
    const memberships = new Map(model.memberships);
    memberships.delete(gone.id);
    expect(count(input(false, { model: { ...model, memberships } }))).toBe(before - 1);
    // Long before, nobody sat in it (or it did not exist).
    expect(count(input(false, { asOf: '1900-01-01' }))).toBeLessThan(before);
    expect(count(input(false))).toBe(before);
  });
});

describe('the canvas boxes kept between drawings', () => {
  const dayAfter = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  // A body drawn on the last day of a former name and the day after, named differently on the two (the BRÅ, renamed in 2022).
  const renamed = (): { id: string; date: string; later: string } => {
    for (const b of model.bodies.values())
      for (const f of b.formerNames) {
        const later = dayAfter(f.validTo);
        if (isValidOn(b, f.validTo) && isValidOn(b, later) && nameOn(b, f.validTo).name !== nameOn(b, later).name) return { id: b.id, date: f.validTo, later };
      }
    throw new Error('the sample has no renamed body');
  };

  it('are new objects only for the bodies a selection changed', () => {
    const before = buildNodes(input(false));
    const picked = before[3]!.id;
    const after = buildNodes(input(false, { selected: new Set([picked]) }));
    expect(after.map((n) => n.id)).toEqual(before.map((n) => n.id));
    for (let i = 0; i < after.length; i++) {
      if (after[i]!.id === picked) {
        expect(after[i]).not.toBe(before[i]);
        expect(after[i]!.selected).toBe(true);
      } else expect(after[i]).toBe(before[i]);
    }
  });

  it('are a new object only for the body whose name field opens or closes, which alone knows it is being renamed', () => {
    const before = buildNodes(input(false));
    const picked = before[2]!.id;
    const renaming = buildNodes(input(false, { renaming: picked }));
    for (let i = 0; i < renaming.length; i++) {
      if (renaming[i]!.id === picked) {
        expect(renaming[i]).not.toBe(before[i]);
        expect(renaming[i]!.data.renaming).toBe(true);
      } else expect(renaming[i]).toBe(before[i]);
    }
    expect(before.every((n) => n.data.renaming === false)).toBe(true);
    const closed = buildNodes(input(false, { renaming: null }));
    expect(closed.find((n) => n.id === picked)!.data.renaming).toBe(false);
    expect(closed[0]).toBe(renaming[0]);
  });

  it('take the names of the date again when the date changes, and keep a box whose names did not', () => {
    const { id, date, later: LATER } = renamed();
    const body = model.bodies.get(id)!;
    const on = (d: string) => buildNodes(input(false, { asOf: d })).find((n) => n.id === id)!;
    const later = on(LATER);
    const then = on(date);
    expect(then.data.name).toBe(nameOn(body, date).name);
    expect(then.data.name).not.toBe(later.data.name);
    // Back to the later date: the later name again, not the one of the box last drawn.
    expect(on(LATER).data.name).toBe(later.data.name);
  });

  it('follow a changed findings count or highlight of one body and keep the others', () => {
    const before = buildNodes(input(false));
    const one = before[0]!.id;
    const counted = buildNodes(input(false, { findingsByBody: new Map([[one, 2]]) }));
    expect(counted[0]!.data.findings).toBe(2);
    expect(counted[1]).toBe(before[1]);
    const lit = buildNodes(input(false, { findingsByBody: new Map([[one, 2]]), highlight: { bodies: new Set([one]), lines: new Set() } }));
    expect(lit[0]!.data.highlighted).toBe(true);
    expect(lit[1]!.data.dimmed).toBe(true);
    expect(lit[1]).not.toBe(counted[1]);
  });
});

describe('the sets and lists the canvas keeps while they are the same', () => {
  it('keep the set of drawn ids when the same bodies are drawn, in any order', () => {
    const kept = new Set(['a', 'b', 'c']);
    expect(sameIdsOr([{ id: 'c' }, { id: 'a' }, { id: 'b' }], kept)).toBe(kept);
    const fewer = sameIdsOr([{ id: 'a' }, { id: 'b' }], kept);
    expect(fewer).not.toBe(kept);
    expect([...fewer]).toEqual(['a', 'b']);
    expect([...sameIdsOr([{ id: 'a' }, { id: 'b' }, { id: 'd' }], kept)]).toEqual(['a', 'b', 'd']);
  });

  it('keep the edge list only when it holds the same objects in the same order', () => {
    const x = { id: 'x' };
    const y = { id: 'y' };
    const kept = [x, y];
    expect(sameItemsOr([x, y], kept)).toBe(kept);
    const swapped = [y, x];
    expect(sameItemsOr(swapped, kept)).toBe(swapped);
    const copy = [x, { id: 'y' }];
    expect(sameItemsOr(copy, kept)).toBe(copy);
    expect(sameItemsOr([x], kept)).toEqual([x]);
  });
});
