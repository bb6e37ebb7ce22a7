import { say, text } from '../i18n/text';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';
import { DOCUMENT_KIND_COLOURS } from './documentColours';
import { boundsOfRects, centre, linkBetween, SHEET, sheetPositions, type Rect } from './documentSheetGeometry';
import { INK, PAPER } from './diagramStyle';
import { DOCUMENT_KIND_LABELS } from './labels';
import type { SceneGroup, SceneItem, Stroke } from './scene';
import { ascentOf, fitText } from './textFit';

const FOLD = 16;
const PAD = 8;
const KIND_SIZE = 9;
const TITLE = { size: 11.5, minSize: 9, maxLines: 3 };
/** The canvas's dashes: the deciding body dashed, what the document governs dotted. */
const DECIDED_DASH = [7, 4];
const GOVERNS_DASH = [1.5, 4];

const LEGEND = {
  decided: text('Styrdokument – beslutat av', 'Governing document – decided by'),
  governs: text('Styrdokument – styr', 'Governing document – governs'),
};

/** The legend's two entries for the documents' lines, in a neutral colour (each kind has its own). */
export function documentLegendLines(lang: Language): { stroke: Stroke; label: string }[] {
  return [
    { stroke: { color: INK, width: 1.5, dash: DECIDED_DASH }, label: say(LEGEND.decided, lang) },
    { stroke: { color: INK, width: 1.5, dash: GOVERNS_DASH }, label: say(LEGEND.governs, lang) },
  ];
}

/** A document's sheet: a page with its top right corner folded, the kind above the title. */
function sheet(x: number, y: number, colour: string, kind: string, title: string): SceneItem[] {
  const { width, height } = SHEET;
  const fitted = fitText(title, { maxWidth: width - 2 * PAD - 8, size: TITLE.size, minSize: TITLE.minSize, maxLines: TITLE.maxLines, bold: true });
  const items: SceneItem[] = [
    {
      type: 'path',
      segments: [
        { op: 'M', x, y },
        { op: 'L', x: x + width - FOLD, y },
        { op: 'L', x: x + width, y: y + FOLD },
        { op: 'L', x: x + width, y: y + height },
        { op: 'L', x, y: y + height },
      ],
      stroke: { color: colour, width: 1.5 },
      fill: PAPER,
      closed: true,
      arrow: false,
    },
    {
      type: 'path',
      segments: [
        { op: 'M', x: x + width - FOLD, y },
        { op: 'L', x: x + width - FOLD, y: y + FOLD },
        { op: 'L', x: x + width, y: y + FOLD },
      ],
      stroke: { color: colour, width: 1 },
      fill: null,
      closed: false,
      arrow: false,
    },
    { type: 'text', x: x + PAD, y: y + PAD + ascentOf(KIND_SIZE), text: kind.toUpperCase(), size: KIND_SIZE, bold: true, color: colour, anchor: 'start', maxWidth: width - 2 * PAD - FOLD },
  ];
  let baseline = y + PAD + KIND_SIZE * 1.3 + ascentOf(fitted.size);
  for (const line of fitted.lines) {
    items.push({ type: 'text', x: x + PAD, y: baseline, text: line, size: fitted.size, bold: true, color: INK, anchor: 'start', maxWidth: width - 2 * PAD - 8 });
    baseline += fitted.size * 1.2;
  }
  return items;
}

/**
 * The governing documents in force on the date as the canvas draws them with Visa ›
 * Visa styrdokument: sheets at their canvas positions (unplaced ones in a column left of
 * the bodies), a dashed line to the deciding body and dotted lines to the bodies and
 * reporting lines they govern, where those are in the picture. `boxes` are the drawn
 * bodies by id, in the same coordinates as the canvas.
 */
export function documentItems(model: MandatModel, asOf: IsoDate, lang: Language, boxes: ReadonlyMap<string, Rect>): { links: SceneItem[]; sheets: SceneGroup[] } {
  const docs = [...model.documents.values()].filter((d) => isValidOn(d, asOf));
  const at = sheetPositions(docs, boundsOfRects(boxes.values()));
  const links: SceneItem[] = [];
  const sheets: SceneGroup[] = [];
  const line = (from: Rect, to: Rect, color: string, dash: readonly number[]): SceneItem => {
    const [a, b] = linkBetween(from, to);
    return { type: 'path', segments: [{ op: 'M', x: a.x, y: a.y }, { op: 'L', x: b.x, y: b.y }], stroke: { color, width: 1.5, dash }, fill: null, closed: false, arrow: false };
  };
  for (const d of docs) {
    const p = at.get(d.id) ?? { x: 0, y: 0 };
    const rect = { x: p.x, y: p.y, width: SHEET.width, height: SHEET.height };
    const colour = DOCUMENT_KIND_COLOURS[d.kind];
    const by = d.decidedBy === null ? undefined : boxes.get(d.decidedBy);
    if (by) links.push(line(rect, by, colour, DECIDED_DASH));
    for (const b of d.governsBodies) {
      const box = boxes.get(b);
      if (box && b !== d.decidedBy) links.push(line(rect, box, colour, GOVERNS_DASH));
    }
    for (const l of d.governsLines) {
      const rl = model.reportingLines.get(l);
      const a = rl && boxes.get(rl.from);
      const b = rl && boxes.get(rl.to);
      if (!a || !b) continue;
      const ca = centre(a);
      const cb = centre(b);
      links.push(line(rect, { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2, width: 0, height: 0 }, colour, GOVERNS_DASH));
    }
    const kind = say(DOCUMENT_KIND_LABELS[d.kind], lang);
    sheets.push({ type: 'group', id: `document-${d.id}`, title: `${kind}: ${d.title}${d.decisionRef ? ` (${d.decisionRef})` : ''}`, items: sheet(p.x, p.y, colour, kind, d.title) });
  }
  return { links, sheets };
}
