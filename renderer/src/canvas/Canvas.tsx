import {
  Background,
  ControlButton,
  Controls,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type FinalConnectionState,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Maximize } from 'lucide-react';
import type { Command } from '../../../shared/commands/types';
import type { MandatModel } from '../../../shared/model/types';
import { dispatch, select, showPanel, unhighlight, useEditor } from '../store/editor';
import { useFindingsOnceDrawn } from '../store/findingsOnceDrawn';
import { ConnectDialog } from '../dialogs/ConnectDialog';
import { closeConnect, startConnect, useConnecting } from './connectFlow';
import { DirectManipulation } from './DirectManipulation';
import { startRename, useRenaming } from './renaming';
import { useMatrix } from '../matrix/matrixStore';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import { useMapReadOnly } from '../review/readOnly';
import { BodyNodeComponent, DETAIL_ZOOM, NodeWords, zoomedOut } from './BodyNode';
import { ArrowheadDefs } from './ArrowheadDefs';
import { buildEdges, buildNodes, sameIdsOr, sameItemsOr, type BodyNode } from './graph';
import { useFlowLabels } from './flowLabels';
import { searchHits } from './search';
import { openingViewport } from './openingViewport';
import { useShell } from '../shell/shellState';
import { FIT_MAX_ZOOM, FIT_PADDING } from './framing';
import { useCanvasFraming } from './useCanvasFraming';
import { useKeepRenamedInView } from './useKeepRenamedInView';
// The minimap's dots take the level colours as SVG attributes, which cannot read CSS variables.
import { LEVEL_COLORS } from '../../../shared/export/palette';
import { FocusBar } from '../focus/FocusBar';
import { useFocusIds } from '../focus/focusState';
import { RoutedEdge } from './RoutedEdge';
import { useCanvasRoutes } from './useCanvasRoutes';
import { useSignalDrawn } from './useSignalDrawn';
import { useDrawnAndIdle } from '../store/useDrawnAndIdle';
import { DocumentLayer } from '../documents/DocumentLayer';
import { startLiveDrag, type LiveDrag } from './liveDrag';
import { useCompareNodes } from '../compare/compareNodes';
import { bodyIdIn } from '../modelIds';

const NODE_TYPES = { body: BodyNodeComponent };
// Every line (reports, funding, decided-by) is drawn along its route around the bodies.
const EDGE_TYPES = { default: RoutedEdge };
const GRID: [number, number] = [12, 12];
// Props given to React Flow are kept the same from render to render: React Flow copies a
// changed one into its store, which makes every node check whether it must render again.
const FIT_VIEW_OPTIONS = { padding: 0.1 };
const PRO_OPTIONS = { hideAttribution: true };
const minimapColour = (n: Node): string => LEVEL_COLORS[(n as BodyNode).data.body.level];
const isValidConnection = (c: Edge | Connection): boolean => c.source !== c.target;
// A click on the empty canvas also ends a finding's highlight (its bodies may be selected no more).
const clearSelection = (): void => {
  select([], []);
  unhighlight();
};
const NO_NODES: BodyNode[] = [];
const NO_EDGES: Edge[] = [];
const NO_COUNTS: ReadonlyMap<string, number> = new Map();
/** Small enough to leave a 1093×614 window most of its canvas. */
const MINIMAP_STYLE = { width: 160, height: 110 };

/** The rectangle the nodes cover, from their positions and (measured or default) sizes. */
function boundsOf(nodes: readonly BodyNode[]): { x: number; y: number; width: number; height: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.measured?.width ?? NODE_WIDTH));
    y1 = Math.max(y1, n.position.y + (n.measured?.height ?? NODE_HEIGHT));
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
/** A double-click on a box opens its name for editing there, and its form in the side panel. */
const renameOnBox = (_: unknown, node: Node): void => {
  showPanel('body');
  startRename(node.id);
};

/** The map: bodies as nodes, reporting lines as arrows; drag, connect, select, zoom. */
export function Canvas() {
  const { t, i18n } = useTranslation();
  // A boolean selector: the nodes render again only when the zoom crosses the threshold.
  const far = useStore(zoomedOut);
  const task = useMatrix((s) => s.task);
  const nodeWords = useMemo(() => ({ t, lang: i18n.language, far, task }), [t, i18n.language, far, task]);
  // The box being renamed draws its name field (graph.ts puts this in its data). Deferred
  // with the model: a new body's field opens with the body, and neither the edit that added
  // it nor the closing of a field makes the canvas give React Flow its nodes again in the
  // urgent pass, before the findings count (keys typed meanwhile are held for the field,
  // renaming.ts; a closed field gives way to the name at once, NameOnBox.tsx: NameField).
  const renaming = useDeferredValue(useRenaming((s) => s.id));
  // The canvas follows edits at a lower priority than the panels: on a large map the
  // findings (and the field being typed in) update first, the drawing right after.
  const model = useDeferredValue(useEditor((s) => s.model));
  const asOf = useEditor((s) => s.asOf);
  const levels = useEditor((s) => s.levels);
  const kind = useEditor((s) => s.kind);
  // Selection and highlight follow at the same lower priority as the model, so that an
  // edit that also selects (a new body) does not make the canvas render in the urgent pass.
  const highlight = useDeferredValue(useEditor((s) => s.highlight));
  const selectedBodies = useDeferredValue(useEditor((s) => s.selectedBodies));
  const selectedLineIds = useDeferredValue(useEditor((s) => s.selectedLines));
  const selectedLines = useMemo(() => new Set(selectedLineIds), [selectedLineIds]);
  const showFunding = useEditor((s) => s.showFunding);
  const showDecidedBy = useEditor((s) => s.showDecidedBy);
  // Deferred with the model, so that a new map's version and its bodies arrive in the same render.
  const mapVersion = useDeferredValue(useEditor((s) => s.mapVersion));
  const flow = useReactFlow();
  const minimap = useShell((s) => s.minimap);
  useKeepRenamedInView();
  // Review mode (or a viewer's session): bodies can be selected and looked at, not dragged or connected.
  const readOnly = useMapReadOnly();
  const ariaLabels = useFlowLabels();
  const flowStore = useStoreApi<BodyNode>();
  // The map version whose view has been set. A newly opened map is framed before its
  // nodes are first drawn: drawn at some other zoom and then fitted, a large map would be
  // drawn twice (in detail, then as the boxes and short names of a far view).
  const [framed, setFramed] = useState(-1);
  const [dragging, setDragging] = useState<Map<string, { x: number; y: number }>>(new Map());
  // The drag under way: each step moves the dragged boxes and their (lifted) lines in the DOM
  // only (liveDrag.ts); React renders nothing until the drop.
  const live = useRef<LiveDrag | null>(null);
  // A dropped gesture whose positions are committed but not drawn yet (the model is deferred):
  // what it wrote into the DOM stays on screen until the canvas draws the model after `before`.
  const [landing, setLanding] = useState<{ readonly drag: LiveDrag; readonly before: MandatModel } | null>(null);
  // A canvas that goes while a drag is under way or landing ends the gesture, so that what
  // waits for the drop (gesture.ts: the lines' routes) is not held for the rest of the session.
  const landingNow = useRef(landing);
  landingNow.current = landing;
  useEffect(
    () => () => {
      live.current?.end();
      live.current = null;
      landingNow.current?.drag.settle();
    },
    [],
  );
  const connecting = useConnecting((s) => s.connecting);
  // React Flow's measurements of the nodes. A controlled node object that changes (a drag
  // step, an edit) and comes back without them is measured anew, and its edges wait for
  // that; keeping them, as applyNodeChanges does, saves a measuring round per change.
  const measured = useRef(new Map<string, { width: number; height: number }>());

  const selected = useMemo(() => new Set(selectedBodies), [selectedBodies]);
  const search = useEditor((s) => s.search);
  // A newly opened map is drawn first and its findings counted on the boxes just after.
  const byBody = useFindingsOnceDrawn(model, asOf, mapVersion)?.byBody ?? NO_COUNTS;
  const hits = useMemo(() => searchHits(model, search), [model, search]);
  const shown = highlight ?? (hits ? { bodies: hits, lines: new Set<string>() } : null);
  const peers = useEditor((s) => s.collab?.peers);
  const peerSelections = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of peers ?? []) for (const b of p.bodies) if (!m.has(b)) m.set(b, p.colour);
    return m;
  }, [peers]);
  // Bodies moved without a gesture (arrow keys) until the deferred model has them: their lines
  // are lifted as a gesture lifts its own (graph.ts). A gesture's drop is drawn once the
  // drawn model has the dropped positions (`landed`).
  const landed = landing !== null && model !== landing.before;
  const movingKey = [...dragging.keys()].sort().join('\n');
  const moving = useMemo(() => new Set(movingKey === '' ? [] : movingKey.split('\n')), [movingKey]);
  const focus = useFocusIds(model, asOf);
  const input = { moving, model, asOf, levels, kind, focus, findingsByBody: byBody, highlight: shown, selected, selectedLines, showFunding, showDecidedBy, measured: measured.current, peerSelections, far, renaming };
  const built = useMemo(() => buildNodes(input), [model, asOf, levels, kind, focus, byBody, shown, selected, peerSelections, renaming]);
  // A drag only moves the dragged nodes: the other nodes, and the edges, stay as they are.
  const nodes = useMemo(
    () =>
      dragging.size === 0
        ? built
        : built.map((n) => {
            const position = dragging.get(n.id);
            const size = measured.current.get(n.id);
            return position ? { ...n, position, ...(size ? { measured: { width: size.width, height: size.height } } : {}) } : n;
          }),
    [built, dragging],
  );
  // The Compare view marks what changed and draws the removed bodies as ghosts.
  const drawn = useCompareNodes(nodes, model);
  // The same set while the same bodies are drawn (see sameIdsOr), so that the edges stay.
  const lastVisible = useRef<ReadonlySet<string>>(new Set());
  const visible = useMemo(() => sameIdsOr(built, lastVisible.current), [built]);
  useLayoutEffect(() => {
    lastVisible.current = visible;
  }, [visible]);
  // The same array while every edge is the same object (see sameItemsOr).
  const lastEdges = useRef<Edge[]>([]);
  const edges = useMemo(
    () => sameItemsOr(buildEdges(input, visible, (key, values) => t(key, values ?? {})), lastEdges.current),
    [model, asOf, visible, shown, showFunding, showDecidedBy, selectedLines, t, far, moving],
  );
  useLayoutEffect(() => {
    lastEdges.current = edges;
  }, [edges]);

  const fitShown = useCanvasFraming(built, hits);
  // Routed from the placed bodies (`built`), not the dragged ones: a drag step routes nothing.
  // A newly opened map is routed once it is drawn (its lines are step lines until then).
  const routable = useDrawnAndIdle(mapVersion);
  const measuredChanged = useCanvasRoutes(built, edges, measured.current, routable);

  // A newly opened map is framed from its nodes' positions before they are drawn (the
  // view React Flow would fit once they are measured, near enough), and fitted to their
  // measured sizes just after.
  useLayoutEffect(() => {
    if (framed === mapVersion) return;
    const { width, height, minZoom } = flowStore.getState();
    if (built.length > 0 && width > 0 && height > 0) void flow.setViewport(openingViewport(getViewportForBounds(boundsOf(built), width, height, minZoom, FIT_MAX_ZOOM, FIT_PADDING), boundsOf(built), width, DETAIL_ZOOM));
    setFramed(mapVersion);
  }, [mapVersion, built, framed, flow, flowStore]);
  // Idle work of a newly opened map (its Yjs document) waits until it is on screen.
  useSignalDrawn(mapVersion, framed === mapVersion);

  // An empty map gets a plain 1:1 view, so the first bodies appear at a readable size;
  // another is framed from its measured nodes, no smaller than names can be read.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const { width, height, minZoom } = flowStore.getState();
      const drawn = flow.getNodes() as BodyNode[];
      if (drawn.length > 0 && width > 0 && height > 0) void flow.setViewport(openingViewport(getViewportForBounds(boundsOf(drawn), width, height, minZoom, FIT_MAX_ZOOM, FIT_PADDING), boundsOf(drawn), width, DETAIL_ZOOM));
      else void flow.setViewport({ x: 60, y: 60, zoom: 1 });
    });
    return () => cancelAnimationFrame(id);
  }, [mapVersion, flow]);

  const onNodesChange = useCallback((changes: NodeChange<BodyNode>[]) => {
    for (const c of changes) if (c.type === 'dimensions' && c.dimensions) measured.current.set(c.id, c.dimensions);
    if (changes.some((c) => c.type === 'dimensions')) measuredChanged();
    // The nodes are controlled: selection lives in the store, so apply React Flow's select changes there.
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length > 0) {
      const next = new Set(useEditor.getState().selectedBodies);
      for (const c of selects) {
        if (c.type !== 'select') continue;
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      select([...next], next.size > 0 ? [] : useEditor.getState().selectedLines);
    }
    // While a drag is under way the positions live here; a change with `dragging: false`
    // (the end of a drag, or an arrow-key move) is committed as one undoable step.
    const moving = new Map<string, { x: number; y: number }>();
    const done = new Map<string, { x: number; y: number }>();
    for (const c of changes) {
      if (c.type !== 'position' || !c.position) continue;
      (c.dragging ? moving : done).set(c.id, c.position);
    }
    if (moving.size > 0) {
      live.current ??= startLiveDrag(flowStore.getState(), [...moving.keys()]);
      live.current.move(moving);
    }
    if (done.size > 0) {
      const gesture = live.current;
      live.current = null;
      const current = useEditor.getState().model;
      const commands = [...done].flatMap(([id, p]): Command[] => {
        const body = bodyIdIn(current, id);
        return body ? [{ type: 'updateBody', id: body, changes: { position: { x: Math.round(p.x), y: Math.round(p.y) } } }] : [];
      });
      const placed = dispatch(commands.length === 1 ? (commands[0] as Command) : { type: 'batch', commands }).ok;
      if (gesture) {
        // A dropped gesture stays as the DOM shows it until the deferred model is drawn with
        // its positions (see `landed`): no render of the whole canvas for the drop itself, and
        // React Flow gets the moved body and its lines once. A refused move goes back at once,
        // and so does one that changed nothing (put back where it was: no new snapshot comes).
        if (placed && useEditor.getState().model !== current)
          setLanding((earlier) => {
            // Two drops within one drawing: the first is over too (settling twice is harmless).
            earlier?.drag.settle();
            return { drag: gesture, before: current };
          });
        else gesture.end();
        return;
      }
      // The drawn model is deferred: keep showing the dropped positions until it has them (see below).
      setDragging((prev) => {
        const next = new Map([...prev].filter(([id]) => !done.has(id)));
        if (placed) for (const [id, p] of done) next.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
        return next;
      });
    }
  }, [measuredChanged, flowStore]);
  // Drawn with the dropped positions: React writes the moved boxes and their lines (React
  // Flow takes the new nodes in its own effects, which run before this one), so the gesture
  // only shows the labels it hid; nothing moves, so nothing renders again.
  useEffect(() => {
    if (!landing || !landed) return;
    landing.drag.settle();
    setLanding(null);
  }, [landing, landed]);
  useEffect(() => {
    // A dropped body's position comes back through the (deferred) model: then its override can go.
    if (dragging.size === 0) return;
    const settled = [...dragging].filter(([id, p]) => {
      const at = model.bodies.get(id)?.position;
      return at !== undefined && at !== null && at.x === p.x && at.y === p.y;
    });
    if (settled.length > 0) setDragging((prev) => new Map([...prev].filter(([id]) => !settled.some(([s]) => s === id))));
  }, [model, dragging]);

  // A plain click on one body of several selected (a finding's, a box drawn around them)
  // selects that body alone. React Flow keeps a selection a selected node is clicked in, so
  // that the group can be dragged: then "2 organ markerade" stayed, and Delete took both.
  // A click that ended a drag never comes here (the drag swallows it).
  const onNodeClick = useCallback((event: React.MouseEvent, node: BodyNode) => {
    if (event.shiftKey || event.ctrlKey || event.metaKey) return;
    const { selectedBodies } = useEditor.getState();
    if (selectedBodies.length > 1 && selectedBodies.includes(node.id)) select([node.id]);
  }, []);

  const onEdgeClick = useCallback((_: unknown, edge: Edge) => {
    if (edge.data?.kind !== 'line') return;
    select([], [edge.id]);
    showPanel('body');
  }, []);

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.source !== c.target) startConnect(c.source, c.target);
  }, []);
  // A line dropped on the middle of a body (not on its handle) goes to that body too: the
  // preview already snaps to it, and a person lets go where the body is, not on a dot.
  // Dragged from a body's lower edge (the dot lines come in at), the body it is dropped on
  // reports to the one it came from, as an org chart is drawn from the top down.
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const target = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id');
    const from = state.fromNode.id;
    if (!target || target === from) return;
    if (state.fromHandle?.type === 'target') startConnect(target, from);
    else startConnect(from, target);
  }, []);

  return (
    <div className={readOnly ? 'canvas is-read-only' : 'canvas'} role="region" aria-label={t('regions.canvas')}>
      <ArrowheadDefs />
      <NodeWords.Provider value={nodeWords}>
        <DirectManipulation>
        <ReactFlow<BodyNode>
          nodes={framed === mapVersion ? drawn : NO_NODES}
          edges={framed === mapVersion ? edges : NO_EDGES}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={clearSelection}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onNodeDoubleClick={renameOnBox}
          zoomOnDoubleClick={false}
          isValidConnection={isValidConnection}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          snapToGrid
          snapGrid={GRID}
          deleteKeyCode={null}
          minZoom={0.05}
          fitViewOptions={FIT_VIEW_OPTIONS}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ariaLabels}
        >
          {/* Far out, the dots would be a grey haze a few pixels apart, redrawn with every frame. */}
          {far ? null : <Background gap={24} />}
          {/* Fit View frames what the filters show, not every body of the map. */}
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton className="react-flow__controls-fitview" onClick={fitShown} title={t('flow.fitView')} aria-label={t('flow.fitView')}>
              <Maximize aria-hidden="true" />
            </ControlButton>
          </Controls>
          <FocusBar />
          <DocumentLayer />
          {minimap ? <MiniMap pannable zoomable nodeColor={minimapColour} style={MINIMAP_STYLE} /> : null}
        </ReactFlow>
        </DirectManipulation>
      </NodeWords.Provider>
      {connecting ? <ConnectDialog key={`${connecting.from}>${connecting.to ?? ''}`} from={connecting.from} to={connecting.to} onClose={closeConnect} /> : null}
    </div>
  );
}
