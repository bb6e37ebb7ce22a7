import type { Edge, ReactFlowState, XYPosition } from '@xyflow/react';
import { gestureEnded, gestureStarted } from './gesture';
import { linePath } from './liveDragLines';

/**
 * A drag that moves only what moves. React Flow, given controlled nodes, hands every step
 * of a drag to onNodesChange; putting each step back into its node array makes it adopt
 * the whole array again and ask every box and every line of the map whether it changed (on
 * a map of a thousand bodies, most of each frame). During the gesture the dragged boxes'
 * CSS transforms and their lines' paths are written straight into the DOM instead; the
 * position is put into the map once, when the mouse is let go (one undo step, one update
 * to colleagues). Until then React Flow's store keeps the position the drag started from,
 * so the minimap stays as it was and the lines are drawn as plain step lines, as a line
 * whose route is out of date is drawn (RoutedEdge) anyway. The gesture also lifts the
 * dragged bodies' lines above the rest (see `lift`), so the gesture makes React render
 * nothing from the first step to the drop.
 */
export interface LiveDrag {
  /** The dragged bodies' positions now (top-left corners, as React Flow gives them). */
  move(positions: ReadonlyMap<string, XYPosition>): void;
  /** Puts back what the gesture wrote, so that React draws the committed positions from a known state. */
  end(): void;
  /**
   * After React has drawn the committed positions over what the gesture wrote (a changed
   * transform or path is written by React): shows the labels the gesture hid.
   */
  settle(): void;
}

/** The part of React Flow's store the drag reads. */
export type LiveDragState = Pick<ReactFlowState, 'nodeLookup' | 'edges' | 'domNode'>;

interface LineParts {
  readonly edge: Edge;
  readonly paths: readonly SVGPathElement[];
  readonly label: SVGElement | null;
}

/**
 * The stacking of a dragged body's lines while it is dragged: above every other line and
 * body, as graph.ts lifts the lines of bodies moved by other means (its MOVING_Z).
 */
const LIFTED_Z = '2000';

/**
 * React Flow draws each line in an <svg> of its own. The dragged bodies' lines are lifted
 * by the gesture, in the DOM: their <svg> is put above the rest and made a layer of its
 * own, so that a drag step redraws those few lines instead of every tile they cross.
 * Lifted through React (a zIndex on each line), the first step and the drop each cost a
 * render of the canvas's 1,500 lines and a React Flow update (about 70 ms traced at the
 * start of a drag on the 1,000-body map): frames the drag dropped.
 */
interface Lifted {
  readonly line: Element;
  readonly svg: SVGSVGElement;
  readonly zIndex: string;
  readonly hadClass: boolean;
}

/** Lifts a line: its <svg> above the rest, marked `is-moving` as graph.ts marks the lines it lifts (styles.css makes it a layer). */
function lift(line: Element, svg: SVGSVGElement): Lifted {
  const lifted = { line, svg, zIndex: svg.style.zIndex, hadClass: line.classList.contains('is-moving') };
  svg.style.zIndex = LIFTED_Z;
  line.classList.add('is-moving');
  return lifted;
}

/** Puts a lifted line back; a stacking React has set since (an edge selected, say) is kept. */
function lower({ line, svg, zIndex, hadClass }: Lifted): void {
  if (svg.style.zIndex === LIFTED_Z) svg.style.zIndex = zIndex;
  if (!hadClass) line.classList.remove('is-moving');
}

/** Starts a drag of the bodies `ids` on the flow whose store state is `state`. */
export function startLiveDrag(state: LiveDragState, ids: readonly string[]): LiveDrag {
  const root = state.domNode;
  const dragged = new Set(ids);
  const boxes = new Map<string, { element: HTMLElement; transform: string }>();
  for (const id of ids) {
    const element = root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (element) boxes.set(id, { element, transform: element.style.transform });
  }
  const lines: LineParts[] = [];
  const lifted: Lifted[] = [];
  // Over at the first of settle() and end() (a gesture may be both settled and ended).
  gestureStarted();
  let over = false;
  const finish = (): void => {
    if (over) return;
    over = true;
    gestureEnded();
  };
  const saved = new Map<Element, string>();
  for (const edge of state.edges) {
    if (!dragged.has(edge.source) && !dragged.has(edge.target)) continue;
    const element = root?.querySelector(`.react-flow__edge[data-id="${CSS.escape(edge.id)}"]`);
    if (!element) continue;
    const paths = [...element.querySelectorAll<SVGPathElement>('path.react-flow__edge-path, path.react-flow__edge-interaction')];
    for (const p of paths) saved.set(p, p.getAttribute('d') ?? '');
    // A label would stay where the line was: it is hidden until the line is drawn again.
    const label = element.querySelector<SVGElement>('.react-flow__edge-textwrapper');
    if (label) saved.set(label, label.style.visibility);
    lines.push({ edge, paths, label });
    if (element.parentElement instanceof SVGSVGElement) lifted.push(lift(element, element.parentElement));
  }
  let hidLabels = false;
  // Where each dragged body was last put, to tell at the end which lines' ends moved at all.
  const last = new Map<string, XYPosition>();
  const first = new Map<string, XYPosition>();
  for (const id of ids) {
    const at = state.nodeLookup.get(id)?.internals.positionAbsolute;
    if (at) first.set(id, { x: at.x, y: at.y });
  }
  const stayed = (id: string): boolean => {
    const at = last.get(id);
    const from = first.get(id);
    return !at || !from || (at.x === from.x && at.y === from.y);
  };

  return {
    move(positions) {
      for (const [id, p] of positions) last.set(id, p);
      for (const [id, p] of positions) {
        const box = boxes.get(id);
        if (box) box.element.style.transform = `translate(${p.x}px,${p.y}px)`;
      }
      for (const { edge, paths, label } of lines) {
        const source = state.nodeLookup.get(edge.source);
        const target = state.nodeLookup.get(edge.target);
        if (!source || !target) continue;
        const d = linePath(edge, source, target, positions);
        if (d === null) continue;
        for (const p of paths) p.setAttribute('d', d);
        if (label && !hidLabels) label.style.visibility = 'hidden';
      }
      hidLabels = true;
    },
    settle() {
      for (const { edge, paths, label } of lines) {
        // A line whose ends are back where they were has the same props, so React wrote
        // nothing over the gesture's path: it gets its own back.
        if (stayed(edge.source) && stayed(edge.target)) for (const p of paths) p.setAttribute('d', saved.get(p) ?? '');
        if (label) label.style.visibility = saved.get(label) ?? '';
      }
      for (const l of lifted) lower(l);
      finish();
    },
    end() {
      for (const { element, transform } of boxes.values()) element.style.transform = transform;
      for (const [element, value] of saved) {
        if (element instanceof SVGPathElement) element.setAttribute('d', value);
        else (element as SVGElement).style.visibility = value;
      }
      for (const l of lifted) lower(l);
      finish();
    },
  };
}
