import type { Body, Position } from '../model/types';
import type { BodyKind, Level } from '../model/vocabulary';

/** The size of a body on the canvas, shared by the layouts and the editor. */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 84;

const KIND_ORDER: readonly BodyKind[] = [
  'assembly',
  'executive_board',
  'working_committee',
  'drafting_committee',
  'council',
  'committee',
  'administration',
  'steering_group',
  'management_group',
  'company',
  'operative_group',
  'working_group',
  'external_organisation',
];
const BANDS: readonly Level[] = ['political', 'administrative', 'operative'];

export interface BandLayoutOptions {
  readonly perRow: number;
  readonly gapX: number;
  readonly gapY: number;
  readonly bandGap: number;
}

const DEFAULTS: BandLayoutOptions = { perRow: 5, gapX: 36, gapY: 36, bandGap: 110 };

/**
 * A layout that reads at a glance: political bodies in the top band, administrative
 * below, operative at the bottom, external partners in a column to the right. Within
 * a band, bodies follow the order of kinds (assembly, board, committees …), parts
 * right after what they are part of.
 */
export function bandLayout(bodies: readonly Body[], options: Partial<BandLayoutOptions> = {}): Map<string, Position> {
  const o = { ...DEFAULTS, ...options };
  const rank = (b: Body): number => KIND_ORDER.indexOf(b.kind);
  const byParent = new Map<string, Body[]>();
  for (const b of bodies) if (b.partOf) byParent.set(b.partOf, [...(byParent.get(b.partOf) ?? []), b]);
  const ordered = (list: Body[]): Body[] => {
    const out: Body[] = [];
    const seen = new Set<string>();
    const visit = (b: Body): void => {
      if (seen.has(b.id)) return;
      seen.add(b.id);
      out.push(b);
      for (const child of (byParent.get(b.id) ?? []).filter((c) => list.includes(c)).sort(compare)) visit(child);
    };
    for (const b of [...list].sort(compare)) if (!b.partOf || !list.some((p) => p.id === b.partOf)) visit(b);
    for (const b of list) visit(b);
    return out;
  };
  const compare = (a: Body, b: Body): number => rank(a) - rank(b) || a.name.localeCompare(b.name, 'sv');

  const positions = new Map<string, Position>();
  let y = 0;
  const stepX = NODE_WIDTH + o.gapX;
  const stepY = NODE_HEIGHT + o.gapY;
  for (const level of BANDS) {
    const band = ordered(bodies.filter((b) => b.level === level && b.kind !== 'external_organisation'));
    band.forEach((b, i) => positions.set(b.id, { x: (i % o.perRow) * stepX, y: y + Math.floor(i / o.perRow) * stepY }));
    if (band.length > 0) y += Math.ceil(band.length / o.perRow) * stepY + o.bandGap - o.gapY;
  }
  const externalX = o.perRow * stepX + o.gapX * 2;
  const external = ordered(bodies.filter((b) => !positions.has(b.id)));
  external.forEach((b, i) => positions.set(b.id, { x: externalX, y: i * stepY }));
  return positions;
}
