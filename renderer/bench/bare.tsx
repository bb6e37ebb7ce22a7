/**
 * The baseline page of the browser benchmark (test/bench/browser.ts): the bodies and
 * reporting lines of a map in a bare React Flow, with the default node and edge types,
 * the nodes in React state as React Flow's own examples keep them, and nothing else
 * (no store, no analysis, no Yjs, no minimap). Not linked from the editor.
 *
 * The benchmark posts the text of a .mandat file into the page
 * (`window.postMessage(text, location.origin)`); the page shows the bodies and lines
 * that exist today, where the file places them or, for unplaced bodies, where the
 * editor's fallback layout puts them, so both draw the same graph.
 */
import '@xyflow/react/dist/style.css';
import './bare.css';
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { bandLayout } from '../../shared/layout/bandLayout';
import type { Body, ReportingLine } from '../../shared/model/types';
import { isValidOn, today } from '../../shared/time/isoDate';

/** The nodes and edges of a .mandat text (plain JSON, no restore step: that is the editor's work). */
function graphOf(text: string): { nodes: Node[]; edges: Edge[] } {
  const file = JSON.parse(text) as { bodies?: Body[]; reportingLines?: ReportingLine[] };
  const date = today();
  const bodies = (file.bodies ?? []).filter((b) => isValidOn(b, date));
  const shown = new Set(bodies.map((b) => b.id));
  const fallback = bodies.some((b) => !b.position) ? bandLayout(bodies) : new Map();
  const nodes: Node[] = bodies.map((b) => ({ id: b.id, position: b.position ?? fallback.get(b.id) ?? { x: 0, y: 0 }, data: { label: b.name } }));
  const edges: Edge[] = (file.reportingLines ?? [])
    .filter((l) => isValidOn(l, date) && shown.has(l.from) && shown.has(l.to))
    .map((l) => ({ id: l.id, source: l.from, target: l.to }));
  return { nodes, edges };
}

/** The graph in React Flow: nodes and edges in React state, changes applied as React Flow's examples do. */
function Flow({ graph }: { graph: { nodes: Node[]; edges: Edge[] } }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.05} fitView />;
}

/** Waits for a map posted into the page, then draws it (a new map replaces the old one). */
function Bare() {
  const [graph, setGraph] = useState<{ key: number; nodes: Node[]; edges: Edge[] } | null>(null);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || typeof event.data !== 'string') return;
      const next = graphOf(event.data);
      setGraph((previous) => ({ key: (previous?.key ?? 0) + 1, ...next }));
    };
    window.addEventListener('message', onMessage);
    // Tells the benchmark that a posted map will be heard.
    document.documentElement.dataset.ready = 'true';
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return graph ? <Flow key={graph.key} graph={graph} /> : null;
}

const root = document.getElementById('root');
if (!root) throw new Error('bare.html has no #root');
createRoot(root).render(<Bare />);
