import type { Point } from './sceneGeometry';

/** One end of a routed line at a side of a box. */
export interface PortEnd {
  /** Which box side it meets (box id and side). */
  readonly side: string;
  readonly line: number;
  /** The end of the line (true) or its start. */
  readonly end: boolean;
}

/**
 * The offsets of the ends that meet each box side, handed out again in the order their
 * routes leave the side, so that they do not cross at the box: lines that turn left take
 * the left ports, those that turn right the right ones, and of those that turn the same
 * way the one that runs farthest from the box takes the port on the outside of the turn.
 */
export function portsByRoute(ends: readonly PortEnd[], paths: readonly (readonly Point[])[], offsets: { start: readonly number[]; end: readonly number[] }): { start: number[]; end: number[] } {
  const start = [...offsets.start];
  const end = [...offsets.end];
  const sides = new Map<string, PortEnd[]>();
  for (const e of ends) sides.set(e.side, [...(sides.get(e.side) ?? []), e]);
  for (const group of sides.values()) {
    if (group.length < 2) continue;
    const offsetOf = (e: PortEnd): number => ((e.end ? offsets.end : offsets.start)[e.line] as number) ?? 0;
    const keyed = group.map((e) => {
      const p = paths[e.line] ?? [];
      const [port, corner, next] = e.end ? [p[p.length - 1], p[p.length - 2], p[p.length - 3]] : [p[0], p[1], p[2]];
      const turn = port && corner && next ? Math.sign(next.x - corner.x) : 0;
      const depth = port && corner ? Math.abs(corner.y - port.y) : 0;
      return { e, turn, depth, offset: offsetOf(e) };
    });
    const free = keyed.map((k) => k.offset).sort((a, b) => a - b);
    keyed.sort((a, b) => a.turn - b.turn || (a.turn < 0 ? a.depth - b.depth : b.depth - a.depth) || a.offset - b.offset);
    keyed.forEach((k, i) => ((k.e.end ? end : start)[k.e.line] = free[i] as number));
  }
  return { start, end };
}
