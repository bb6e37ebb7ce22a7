import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import type { GoverningDocument } from '../../../shared/model/types';
import { isValidOn } from '../../../shared/time/isoDate';
import { useMapReadOnly } from '../review/readOnly';
import { dispatch, useEditor } from '../store/editor';
import { DOCUMENT_KIND_COLOURS } from '../../../shared/export/documentColours';
import { selectDocument, useDocumentsView } from './documentsView';
import { boundsOfRects, centre, linkBetween, SHEET, sheetPositions, type Point, type Rect } from '../../../shared/export/documentSheetGeometry';
import './documents.css';

const GRID = 12;
const snap = (v: number): number => Math.round(v / GRID) * GRID;
/** A pointer that moves less than this (screen pixels) clicked rather than dragged. */
const CLICK_SLOP = 3;

/** The drawn bodies' rectangles by id, as React Flow measured them. */
function bodyRects(s: ReactFlowState): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const [id, n] of s.nodeLookup) {
    const p = n.internals.positionAbsolute;
    out.set(id, { x: p.x, y: p.y, width: n.measured?.width ?? NODE_WIDTH, height: n.measured?.height ?? NODE_HEIGHT });
  }
  return out;
}

interface Link {
  readonly key: string;
  readonly from: Point;
  readonly to: Point;
  readonly colour: string;
  readonly decided: boolean;
}

/**
 * The governing documents in force on the map's date, drawn over the canvas as
 * folded-corner sheets: a dashed line to the body that decided each, dotted lines to the
 * bodies and reporting lines it governs. Shown with Visa › Visa styrdokument. A sheet is
 * dragged (one undo step when let go) or moved with the arrow keys; a click opens it in
 * the Documents tab. Drawn in React Flow's viewport rather than as its nodes, so the
 * canvas's selection, routing and minimap stay the bodies' own.
 */
export function DocumentLayer() {
  const onCanvas = useDocumentsView((s) => s.onCanvas);
  return onCanvas ? <Sheets /> : null;
}

function Sheets() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const selected = useDocumentsView((s) => s.selected);
  const rects = useStore(bodyRects, sameRects);
  const zoom = useStore((s) => s.transform[2]);
  const readOnly = useMapReadOnly();
  const [dragged, setDragged] = useState<{ id: string; at: Point } | null>(null);
  const docs = useMemo(() => [...model.documents.values()].filter((d) => isValidOn(d, asOf)), [model, asOf]);
  const bounds = useMemo(() => boundsOfRects(rects.values()), [rects]);
  const placed = useMemo(() => sheetPositions(docs, bounds), [docs, bounds]);
  const sheetAt = (d: GoverningDocument): Rect => {
    const p = dragged?.id === d.id ? dragged.at : (placed.get(d.id) as Point);
    return { x: p.x, y: p.y, width: SHEET.width, height: SHEET.height };
  };
  const links: Link[] = [];
  for (const d of docs) {
    const sheet = sheetAt(d);
    const colour = DOCUMENT_KIND_COLOURS[d.kind];
    const by = d.decidedBy === null ? undefined : rects.get(d.decidedBy);
    if (by) links.push({ key: `${d.id}>by`, ...ends(linkBetween(sheet, by)), colour, decided: true });
    for (const b of d.governsBodies) {
      const r = rects.get(b);
      if (r && b !== d.decidedBy) links.push({ key: `${d.id}>${b}`, ...ends(linkBetween(sheet, r)), colour, decided: false });
    }
    for (const l of d.governsLines) {
      const line = model.reportingLines.get(l);
      const a = line && rects.get(line.from);
      const b = line && rects.get(line.to);
      if (!a || !b) continue;
      const ca = centre(a);
      const cb = centre(b);
      const mid = { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2, width: 0, height: 0 };
      links.push({ key: `${d.id}>${l}`, ...ends(linkBetween(sheet, mid)), colour, decided: false });
    }
  }
  const move = (d: GoverningDocument, to: Point) => dispatch({ type: 'updateDocument', id: d.id, changes: { position: { x: snap(to.x), y: snap(to.y) } } });
  const drag = useRef<{ id: string; start: Point; from: Point; moved: boolean } | null>(null);
  const onPointerDown = (d: GoverningDocument, e: PointerEvent<HTMLButtonElement>) => {
    if (readOnly || e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: d.id, start: { x: e.clientX, y: e.clientY }, from: sheetAt(d), moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const g = drag.current;
    if (!g) return;
    const dx = e.clientX - g.start.x;
    const dy = e.clientY - g.start.y;
    if (!g.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
    g.moved = true;
    setDragged({ id: g.id, at: { x: g.from.x + dx / zoom, y: g.from.y + dy / zoom } });
  };
  const onPointerUp = (d: GoverningDocument, e: PointerEvent<HTMLButtonElement>) => {
    const g = drag.current;
    drag.current = null;
    if (!g?.moved) return;
    e.stopPropagation();
    move(d, { x: g.from.x + (e.clientX - g.start.x) / zoom, y: g.from.y + (e.clientY - g.start.y) / zoom });
    setDragged(null);
  };
  const onKeyDown = (d: GoverningDocument, e: KeyboardEvent<HTMLButtonElement>) => {
    const step = { ArrowLeft: [-GRID, 0], ArrowRight: [GRID, 0], ArrowUp: [0, -GRID], ArrowDown: [0, GRID] }[e.key];
    if (!step || readOnly) return;
    e.preventDefault();
    e.stopPropagation();
    const at = sheetAt(d);
    move(d, { x: at.x + (step[0] as number), y: at.y + (step[1] as number) });
  };
  return (
    <ViewportPortal>
      <svg className="doc-links" width={1} height={1} aria-hidden="true">
        {links.map((l) => (
          <line key={l.key} x1={l.from.x} y1={l.from.y} x2={l.to.x} y2={l.to.y} stroke={l.colour} strokeWidth={1.5} strokeDasharray={l.decided ? '7 4' : '1.5 4'} strokeLinecap="round" />
        ))}
      </svg>
      <div role="group" aria-label={t('docCanvas.layer')}>
        {docs.map((d) => {
          const at = sheetAt(d);
          const colour = DOCUMENT_KIND_COLOURS[d.kind];
          return (
            <button
              key={d.id}
              type="button"
              className={`doc-sheet nopan nodrag${selected === d.id ? ' is-selected' : ''}`}
              style={{ transform: `translate(${at.x}px, ${at.y}px)`, borderColor: colour, color: colour }}
              aria-label={t('docCanvas.sheet', { kind: t(`docKinds.${d.kind}`), title: d.title })}
              aria-pressed={selected === d.id}
              onPointerDown={(e) => onPointerDown(d, e)}
              onPointerMove={onPointerMove}
              onPointerUp={(e) => onPointerUp(d, e)}
              onClick={() => selectDocument(d.id)}
              onKeyDown={(e) => onKeyDown(d, e)}
            >
              <span className="doc-sheet-kind">{t(`docKinds.${d.kind}`)}</span>
              <span className="doc-sheet-title">{d.title}</span>
              {d.decisionRef ? <span className="doc-sheet-ref">{d.decisionRef}</span> : null}
            </button>
          );
        })}
      </div>
    </ViewportPortal>
  );
}

const ends = ([from, to]: [Point, Point]): { from: Point; to: Point } => ({ from, to });

/** Re-render only when a body's rectangle changed, not on every store update. */
function sameRects(a: Map<string, Rect>, b: Map<string, Rect>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, r] of a) {
    const s = b.get(id);
    if (!s || s.x !== r.x || s.y !== r.y || s.width !== r.width || s.height !== r.height) return false;
  }
  return true;
}
