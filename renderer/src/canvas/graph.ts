import type { Edge, Node } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import type { Body, MandatModel, ReportingLine } from '../../../shared/model/types';
import type { BodyKind, Level, LineKind } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { nameOn } from '../../../shared/time/names';
import { seatsOn } from '../../../shared/export/view';
import {
  ACCENT,
  dashArray,
  DECIDED_BY_COLOR,
  DECIDED_BY_DASH,
  DECIDED_BY_WIDTH,
  FUNDING_COLOR,
  FUNDING_DASH,
  FUNDING_WIDTH,
  HIGHLIGHT,
  LINE_STYLE,
  UNDOCUMENTED_DASH,
} from '../../../shared/export/palette';
import { arrowMarker } from './arrowheads';
import { drawnPositions, visibleBodies } from './visibleBodies';

export interface BodyNodeData extends Record<string, unknown> {
  readonly body: Body;
  readonly name: string;
  readonly shortName: string;
  readonly members: number;
  readonly chair: string | null;
  readonly findings: number;
  readonly highlighted: boolean;
  readonly dimmed: boolean;
  /** The colour of a colleague in a live session who has this body selected, or null. */
  readonly peer: string | null;
  /** Its name is being edited on the box (renaming.ts). */
  readonly renaming: boolean;
}

export type BodyNode = Node<BodyNodeData, 'body'>;

export interface GraphInput {
  readonly model: MandatModel;
  readonly asOf: string;
  readonly levels: ReadonlySet<Level>;
  readonly kind: BodyKind | 'all';
  /** The focus view's bodies, or null for the whole map. */
  readonly focus?: ReadonlySet<string> | null;
  readonly findingsByBody: ReadonlyMap<string, number>;
  readonly highlight: { bodies: ReadonlySet<string>; lines: ReadonlySet<string> } | null;
  readonly selected: ReadonlySet<string>;
  readonly selectedLines: ReadonlySet<string>;
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
  /** The sizes React Flow measured, by body id: given to new node objects, as applyNodeChanges would. */
  readonly measured?: ReadonlyMap<string, { readonly width: number; readonly height: number }>;
  /**
   * Zoomed out too far to read: lines without labels or arrowheads, and undocumented
   * lines drawn fainter instead of dashed. Dashes of a pixel or less cannot be seen, and
   * a thousand dashed lines made every frame of a drag take three times as long to draw;
   * an arrowhead is a pixel or two there, and a thousand of them about doubled the time
   * Chromium spends rasterising each frame of a drag. The direction still shows: a line
   * leaves the top of the reporting body and enters the bottom of the receiver.
   */
  readonly far?: boolean;
  /**
   * The bodies being dragged. Their lines are drawn above everything else, each on a layer
   * of its own (styles.css), so that a drag step redraws those few lines instead of every
   * tile they cross, with the thousand other lines and bodies in it.
   */
  readonly moving?: ReadonlySet<string>;
  /** Colleagues' selections in a live session: body id → their colour. */
  readonly peerSelections?: ReadonlyMap<string, string>;
  /** The body whose name is being edited on its box, if any. */
  readonly renaming?: string | null;
}

/** Each body's last node and the date its names were taken on. */
const nodeCache = new Map<string, { readonly node: BodyNode; readonly asOf: string }>();

/** The last seat count and the collections and date it was made from (see seatsFor). */
let lastSeats: { readonly memberships: MandatModel['memberships']; readonly members: MandatModel['members']; readonly asOf: string; readonly seats: ReturnType<typeof seatsOn> } | null = null;

/**
 * Members and chairs per body, counted again only when the memberships, the members or
 * the date change: a selection, a dropped body or a renamed one leave them as they are,
 * and counting twelve thousand memberships was part of every such frame on a large map.
 */
function seatsFor(model: MandatModel, asOf: string): ReturnType<typeof seatsOn> {
  if (lastSeats && lastSeats.memberships === model.memberships && lastSeats.members === model.members && lastSeats.asOf === asOf) return lastSeats.seats;
  lastSeats = { memberships: model.memberships, members: model.members, asOf, seats: seatsOn(model, asOf) };
  return lastSeats.seats;
}

/** The nodes for the bodies that exist on the date and pass the filters; unchanged ones are reused. */
export function buildNodes(input: GraphInput): BodyNode[] {
  const { model, asOf } = input;
  const visible = visibleBodies(model, input);
  const positions = drawnPositions(visible);
  const bySeat = seatsFor(model, asOf);
  const out: BodyNode[] = [];
  for (const body of visible) {
    const position = positions.get(body.id) ?? { x: 0, y: 0 };
    const seat = bySeat.get(body.id);
    const members = seat?.count ?? 0;
    const chair = seat?.chair ?? null;
    const findings = input.findingsByBody.get(body.id) ?? 0;
    const highlighted = input.highlight?.bodies.has(body.id) ?? false;
    const dimmed = input.highlight !== null && !input.highlight.bodies.has(body.id);
    const peer = input.peerSelections?.get(body.id) ?? null;
    const selected = input.selected.has(body.id);
    const renaming = input.renaming === body.id;
    const cached = nodeCache.get(body.id);
    const kept = cached?.node;
    // The same body on the same date has the same names: a selection, a count or a drop on a
    // large map then takes no body's names again and makes new node objects only for the few
    // bodies it changed, each field compared without building the data first.
    const names = kept && kept.data.body === body && cached.asOf === asOf ? kept.data : nameOn(body, asOf);
    if (
      kept &&
      kept.data.body === body &&
      kept.data.name === names.name &&
      kept.data.shortName === names.shortName &&
      kept.selected === selected &&
      kept.position.x === position.x &&
      kept.position.y === position.y &&
      kept.data.members === members &&
      kept.data.chair === chair &&
      kept.data.findings === findings &&
      kept.data.highlighted === highlighted &&
      kept.data.dimmed === dimmed &&
      kept.data.peer === peer &&
      kept.data.renaming === renaming
    ) {
      // Another date that left the names as they were keeps the node too.
      if (cached.asOf !== asOf) nodeCache.set(body.id, { node: kept, asOf });
      out.push(kept);
      continue;
    }
    const data: BodyNodeData = { body, name: names.name, shortName: names.shortName, members, chair, findings, highlighted, dimmed, peer, renaming };
    // Sizes for the minimap and fitting until React Flow has measured the node; a node
    // object without its measurement would be measured again (edges and all).
    const measured = input.measured?.get(body.id);
    const node: BodyNode = {
      id: body.id,
      type: 'body',
      position,
      data,
      selected,
      ariaLabel: names.name,
      initialWidth: NODE_WIDTH,
      initialHeight: NODE_HEIGHT,
      ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
    };
    nodeCache.set(body.id, { node, asOf });
    out.push(node);
  }
  return out;
}

/**
 * The ids of `nodes`: `kept` itself when it holds exactly those, else a new set. The canvas
 * builds its edges from this set, so a change to what the boxes show (a selection, a count,
 * a body dropped in place) leaves the edges as they are: a new set made React Flow index all
 * 1,433 lines of the large map again when a drag began and selected its body.
 */
export function sameIdsOr(nodes: readonly { readonly id: string }[], kept: ReadonlySet<string>): ReadonlySet<string> {
  if (nodes.length === kept.size && nodes.every((n) => kept.has(n.id))) return kept;
  return new Set(nodes.map((n) => n.id));
}

/**
 * `kept` when `next` holds the same objects in the same order, else `next`. The edges of a
 * large map are rebuilt when the model changes (a body dropped in place), reusing each
 * unchanged edge object; an array that is new all the same made React Flow index every line
 * again in the frames after the drop.
 */
export function sameItemsOr<T>(next: T[], kept: T[]): T[] {
  return next.length === kept.length && next.every((x, i) => x === kept[i]) ? kept : next;
}

/** A line a finding points at. */
const HIGHLIGHT_STROKE = HIGHLIGHT;
/** The selected line: the accent colour of selected bodies, thicker than any line kind. */
export const SELECTED_STROKE = ACCENT;
export const SELECTED_WIDTH = 4;
const FUNDING_EDGE_STYLE = { stroke: FUNDING_COLOR, strokeWidth: FUNDING_WIDTH, strokeDasharray: dashArray(FUNDING_DASH) };
const DECIDED_BY_EDGE_STYLE = { stroke: DECIDED_BY_COLOR, strokeWidth: DECIDED_BY_WIDTH, strokeDasharray: dashArray(DECIDED_BY_DASH) };

/** The opacity of an undocumented line in the far view, where it is not dashed. */
export const FAR_UNDOCUMENTED_OPACITY = 0.4;

export function lineStyle(kind: LineKind, undocumented: boolean, far = false): { stroke: string; strokeWidth: number; strokeDasharray?: string; strokeOpacity?: number } {
  const s = LINE_STYLE[kind];
  if (!undocumented) return { stroke: s.color, strokeWidth: s.width };
  return far ? { stroke: s.color, strokeWidth: s.width, strokeOpacity: FAR_UNDOCUMENTED_OPACITY } : { stroke: s.color, strokeWidth: s.width, strokeDasharray: dashArray(UNDOCUMENTED_DASH) };
}

const edgeCache = new Map<string, { line: ReportingLine; highlighted: boolean; selected: boolean; kindLabel: string; far: boolean; lifted: boolean; ends: string; edge: Edge }>();
/** Above React Flow's selected nodes (1000) and edges. */
const MOVING_Z = 2000;

/** A body's name on the date, for the accessible names of the lines that join it. */
function endName(model: MandatModel, id: string, asOf: string): string {
  const body = model.bodies.get(id);
  return body ? nameOn(body, asOf).name : id;
}

/** The canvas's words: i18next's t, or in a test anything of its shape. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/** Reporting lines (and, when shown, funding and decided-by links) between visible bodies; unchanged lines keep their edge. */
export function buildEdges(input: GraphInput, visible: ReadonlySet<string>, say: Say): Edge[] {
  const { model, asOf } = input;
  const edges: Edge[] = [];
  // Four kinds, a thousand lines: each kind's name is looked up once.
  const kindLabels = new Map<LineKind, string>();
  for (const l of model.reportingLines.values()) {
    if (!isValidOn(l, asOf) || !visible.has(l.from) || !visible.has(l.to)) continue;
    const highlighted = input.highlight?.lines.has(l.id) ?? false;
    const selected = input.selectedLines.has(l.id);
    let kindLabel = kindLabels.get(l.kind);
    if (kindLabel === undefined) kindLabels.set(l.kind, (kindLabel = say(`lineKinds.${l.kind}`)));
    const far = input.far ?? false;
    const lifted = input.moving !== undefined && (input.moving.has(l.from) || input.moving.has(l.to));
    // Named as the bodies are called on the date: "Rapporterar till: Socialnämnden → Kommunstyrelsen".
    const ends = `${endName(model, l.from, asOf)} → ${endName(model, l.to, asOf)}`;
    const cached = edgeCache.get(l.id);
    if (cached && cached.line === l && cached.highlighted === highlighted && cached.selected === selected && cached.kindLabel === kindLabel && cached.far === far && cached.lifted === lifted && cached.ends === ends) {
      edges.push(cached.edge);
      continue;
    }
    const undocumented = l.documented === 'no';
    const style = lineStyle(l.kind, undocumented, far);
    const edge: Edge = {
      id: l.id,
      source: l.from,
      target: l.to,
      type: 'default',
      label: !far ? [l.frequency, undocumented ? '⚠' : ''].filter(Boolean).join(' ') || undefined : undefined,
      ariaLabel: `${kindLabel}: ${ends}`,
      style: highlighted ? { ...style, stroke: HIGHLIGHT_STROKE, strokeWidth: 4 } : selected ? { ...style, stroke: SELECTED_STROKE, strokeWidth: SELECTED_WIDTH } : style,
      ...(far ? {} : { markerEnd: arrowMarker('closed', highlighted ? HIGHLIGHT_STROKE : selected ? SELECTED_STROKE : style.stroke) }),
      selected,
      ...(lifted ? { zIndex: MOVING_Z } : {}),
      ...(lifted || selected ? { className: [lifted ? 'is-moving' : '', selected ? 'is-selected-line' : ''].filter(Boolean).join(' ') } : {}),
      data: { kind: 'line' },
    };
    edgeCache.set(l.id, { line: l, highlighted, selected, kindLabel, far, lifted, ends, edge });
    edges.push(edge);
  }
  if (input.showFunding) {
    for (const f of model.fundingLines.values()) {
      if (!visible.has(f.funder) || !visible.has(f.receiver) || f.funder === f.receiver) continue;
      edges.push({
        id: `funding:${f.id}`,
        source: f.funder,
        target: f.receiver,
        label: input.far ? undefined : f.amountSek === null ? `${f.year}` : `${f.year}: ${(f.amountSek / 1e6).toLocaleString('sv-SE')} mnkr`,
        ariaLabel: say('edges.funding', { year: f.year, from: endName(model, f.funder, asOf), to: endName(model, f.receiver, asOf) }),
        style: FUNDING_EDGE_STYLE,
        ...(input.far ? {} : { markerEnd: arrowMarker('open', FUNDING_COLOR) }),
        selectable: false,
        data: { kind: 'funding' },
      });
    }
  }
  if (input.showDecidedBy) {
    for (const b of model.bodies.values()) {
      const by = b.mandate.decidedBy;
      if (!by || !visible.has(by) || !visible.has(b.id)) continue;
      edges.push({
        id: `decided:${b.id}`,
        source: by,
        target: b.id,
        ariaLabel: say('edges.decidedBy', { body: nameOn(b, asOf).name, by: endName(model, by, asOf) }),
        style: DECIDED_BY_EDGE_STYLE,
        ...(input.far ? {} : { markerEnd: arrowMarker('open', DECIDED_BY_COLOR) }),
        selectable: false,
        data: { kind: 'decided' },
      });
    }
  }
  return edges;
}
