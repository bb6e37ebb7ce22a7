import { say } from '../i18n/text';
import type { Language } from '../model/vocabulary';
import type { BodyBox } from './diagramBodies';
import { BORDER, DECIDED_BY_COLOR, DECIDED_BY_DASH, DECIDED_BY_WIDTH, FUNDING_COLOR, FUNDING_DASH, FUNDING_WIDTH, LINE_STYLE, MUTED, PAPER, UNDOCUMENTED_DASH } from './diagramStyle';
import { decidedByWords, frequencyMissing, fundingWords, msek } from './diagramWords';
import { DOCUMENTED_LABELS, LINE_KIND_LABELS } from './labels';
import type { SceneGroup, Stroke } from './scene';
import { Obstacles } from './labelPlacement';
import { portsByRoute } from './portOrder';
import { placeLabelOnRoute } from './routeLabel';
import { routeLines, type RouteRequest } from '../layout/route/routeLines';
import { roundedCorners } from '../layout/route/roundedCorners';
import { arrowHead, type Point } from './sceneGeometry';
import { ascentOf, descentOf, fitText } from './textFit';
import type { MapView } from './view';

const LABEL = { size: 10, minSize: 9, maxWidth: 150, padX: 4, padY: 2 };
/** Up to this many lines, the ports are ordered by a first routing and the lines routed again. */
const REROUTE_MAX = 200;
/** How far apart the lines that meet one side of a box attach. */
const PARALLEL_GAP = 18;

/** A reporting or funding line between two boxes, before it is drawn. */
interface Connector {
  readonly id: string;
  readonly title: string;
  readonly from: BodyBox;
  readonly to: BodyBox;
  readonly stroke: Stroke;
  readonly label: string;
  readonly labelColor: string;
  /** Money goes down: out of the funder's bottom into the receiver's top, clear of the reporting lines' ends. */
  readonly downwards: boolean;
}

function connectors(view: MapView, boxes: ReadonlyMap<string, BodyBox>, lang: Language, funding: boolean, decidedBy: boolean): Connector[] {
  const out: Connector[] = [];
  for (const l of view.lines) {
    const from = boxes.get(l.from);
    const to = boxes.get(l.to);
    if (!from || !to || from === to) continue;
    const style = LINE_STYLE[l.kind];
    const frequency = l.frequency.trim() || frequencyMissing(lang);
    out.push({
      id: `line-${l.id}`,
      title: `${say(LINE_KIND_LABELS[l.kind], lang)}: ${from.view.name} → ${to.view.name} (${frequency}; ${say(DOCUMENTED_LABELS[l.documented], lang).toLowerCase()})`,
      from,
      to,
      // Only a documented line is solid: "unknown" is not documentation either.
      stroke: { color: style.color, width: style.width, ...(l.documented !== 'yes' ? { dash: UNDOCUMENTED_DASH } : {}) },
      label: frequency,
      labelColor: l.kind === 'informs' ? MUTED : style.color,
      downwards: false,
    });
  }
  if (decidedBy) out.push(...decidedByConnectors(view, boxes, lang));
  if (!funding) return out;
  for (const f of view.funding) {
    const from = boxes.get(f.funder);
    const to = boxes.get(f.receiver);
    if (!from || !to || from === to) continue;
    out.push({
      id: `funding-${f.id}`,
      title: `${fundingWords(f.year, lang)}: ${from.view.name} → ${to.view.name}, ${msek(f.amountSek, lang)}`,
      from,
      to,
      stroke: { color: FUNDING_COLOR, width: FUNDING_WIDTH, dash: FUNDING_DASH },
      label: msek(f.amountSek, lang),
      labelColor: FUNDING_COLOR,
      downwards: true,
    });
  }
  return out;
}

/**
 * The canvas's decided-by links: from the body that decided a mandate to the body it
 * decided, unlabelled. Drawn downwards like funding (the decision goes down), so they leave
 * the reporting lines' ports free.
 */
function decidedByConnectors(view: MapView, boxes: ReadonlyMap<string, BodyBox>, lang: Language): Connector[] {
  const out: Connector[] = [];
  for (const v of view.bodies) {
    const by = v.body.mandate.decidedBy;
    const from = by ? boxes.get(by) : undefined;
    const to = boxes.get(v.body.id);
    if (!from || !to || from === to) continue;
    out.push({
      id: `decided-${v.body.id}`,
      title: `${decidedByWords(lang)}: ${from.view.name} → ${to.view.name}`,
      from,
      to,
      stroke: { color: DECIDED_BY_COLOR, width: DECIDED_BY_WIDTH * 1.5, dash: DECIDED_BY_DASH },
      label: '',
      labelColor: DECIDED_BY_COLOR,
      downwards: true,
    });
  }
  return out;
}

const sideKey = (box: BodyBox, top: boolean): string => `${box.view.body.id}\u0000${top ? 'top' : 'bottom'}`;

/**
 * Where along its side of a box each end of each line attaches, as an offset from the
 * middle: the lines that meet one side spread out in the order of where they come from,
 * so they neither cross at the box nor run on top of each other. A lone line meets the
 * middle, as on the canvas.
 */
function attachments(list: readonly Connector[]): { start: number[]; end: number[] } {
  const sides = new Map<string, { width: number; ends: { index: number; end: boolean; otherX: number }[] }>();
  const add = (box: BodyBox, top: boolean, index: number, end: boolean, other: BodyBox): void => {
    const key = sideKey(box, top);
    const side = sides.get(key) ?? { width: box.width, ends: [] };
    side.ends.push({ index, end, otherX: other.x + other.width / 2 });
    sides.set(key, side);
  };
  list.forEach((c, i) => {
    add(c.from, !c.downwards, i, false, c.to);
    add(c.to, c.downwards, i, true, c.from);
  });
  const start = list.map(() => 0);
  const end = list.map(() => 0);
  for (const { width, ends } of sides.values()) {
    ends.sort((a, b) => a.otherX - b.otherX || a.index - b.index);
    // Close together near the middle, but never out past the rounded corners.
    const gap = ends.length > 1 ? Math.min(PARALLEL_GAP, Math.max(0, width - 60) / (ends.length - 1)) : 0;
    ends.forEach((e, k) => ((e.end ? end : start)[e.index] = (k - (ends.length - 1) / 2) * gap));
  }
  return { start, end };
}

/** The ports of each line (out of the top of the reporting body, into the bottom of the receiver; money the other way up), routed around the boxes. */
function routes(list: readonly Connector[], boxes: ReadonlyMap<string, BodyBox>, starts: readonly number[], ends: readonly number[]): Point[][] {
  const requests: RouteRequest[] = list.map((c, i) => ({
    id: String(i),
    from: c.from.view.body.id,
    to: c.to.view.body.id,
    start: { x: c.from.x + c.from.width / 2 + (starts[i] ?? 0), y: c.downwards ? c.from.y + c.from.height : c.from.y },
    startSide: c.downwards ? 'bottom' : 'top',
    end: { x: c.to.x + c.to.width / 2 + (ends[i] ?? 0), y: c.downwards ? c.to.y : c.to.y + c.to.height },
    endSide: c.downwards ? 'top' : 'bottom',
  }));
  const routeBoxes = [...boxes.values()].map((b) => ({ id: b.view.body.id as string, x: b.x, y: b.y, width: b.width, height: b.height }));
  const routed = routeLines(routeBoxes, requests);
  return requests.map((r) => routed.get(r.id) ?? [r.start, r.end]);
}

/**
 * The reporting lines (and funding, when asked) routed around the boxes with arrowheads,
 * then their labels: the labels come after every line so that no line runs across a label.
 */
export function lineGroups(view: MapView, boxes: ReadonlyMap<string, BodyBox>, lang: Language, funding: boolean, decidedBy = false): { lines: SceneGroup[]; labels: SceneGroup[] } {
  const list = connectors(view, boxes, lang, funding, decidedBy);
  const first = attachments(list);
  // Routed once to see which way each line turns at its box, then again with the ports of
  // each side handed out in that order (lines that leave a box crossing each other are the
  // easiest crossings to avoid). A large map is routed once: it would take twice as long.
  let paths = routes(list, boxes, first.start, first.end);
  if (list.length <= REROUTE_MAX) {
    const ends = portsByRoute(list.flatMap((c, i) => [{ side: sideKey(c.from, !c.downwards), line: i, end: false }, { side: sideKey(c.to, c.downwards), line: i, end: true }]), paths, first);
    paths = routes(list, boxes, ends.start, ends.end);
  }
  // Labels keep off the boxes, with a little air around them, and off the arrowheads.
  const obstacles = new Obstacles();
  for (const b of boxes.values()) {
    obstacles.add({ x: b.x - 3, y: b.y - 3, width: b.width + 6, height: b.height + 6 }, 1);
    // The finding badge over the top right corner.
    obstacles.add({ x: b.x + b.width - 16, y: b.y - 14, width: 30, height: 26 }, 1);
  }
  list.forEach((c, i) => {
    const points = paths[i] as Point[];
    const corners = arrowHead(points[points.length - 2] ?? points[0] as Point, points[points.length - 1] as Point, c.stroke.width).corners;
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    obstacles.add({ x: Math.min(...xs) - 2, y: Math.min(...ys) - 2, width: Math.max(...xs) - Math.min(...xs) + 4, height: Math.max(...ys) - Math.min(...ys) + 4 }, 2);
  });
  const lines: SceneGroup[] = [];
  const labels: SceneGroup[] = [];
  list.forEach((c, i) => {
    const points = paths[i] as Point[];
    lines.push({
      type: 'group',
      id: c.id,
      title: c.title,
      items: [
        {
          type: 'path',
          segments: roundedCorners(points),
          stroke: c.stroke,
          fill: null,
          closed: false,
          arrow: true,
        },
      ],
    });
    if (c.label === '') return;
    const text = fitText(c.label, { maxWidth: LABEL.maxWidth, size: LABEL.size, minSize: LABEL.minSize });
    const line = text.lines[0];
    if (line === undefined) return;
    const width = text.width + 2 * LABEL.padX;
    const height = text.size * 1.2 + 2 * LABEL.padY;
    const box = placeLabelOnRoute(points, width, height, obstacles);
    obstacles.add({ x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4 }, 4);
    labels.push({
      type: 'group',
      id: `${c.id}-label`,
      title: c.title,
      items: [
        { type: 'rect', ...box, radius: 3, fill: PAPER, stroke: { color: BORDER, width: 0.75 } },
        {
          type: 'text',
          x: box.x + box.width / 2,
          y: box.y + box.height / 2 + (ascentOf(text.size) - descentOf(text.size)) / 2,
          text: line,
          size: text.size,
          bold: false,
          color: c.labelColor,
          anchor: 'middle',
          maxWidth: box.width - 2 * LABEL.padX,
        },
      ],
    });
  });
  return { lines, labels };
}
