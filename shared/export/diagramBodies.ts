import { say } from '../i18n/text';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/bandLayout';
import type { Language } from '../model/vocabulary';
import { BORDER, EXTERNAL_DASH, INK, LEVEL_COLORS, MUTED, PAPER, WARN } from './diagramStyle';
import { unbreakablePieces, withCompoundBreaks } from './compoundBreaks';
import { chairWords, membersWords } from './diagramWords';
import { KIND_LABELS } from './labels';
import type { SceneGroup, SceneItem, ScenePath } from './scene';
import type { Box } from './sceneGeometry';
import { ascentOf, descentOf, FIT_SAFETY, fitsWidth, fitText, measureText, type FittedText } from './textFit';
import type { ViewBody } from './view';

/** The parts of a body's box, in px, as the canvas draws them (styles.css .body-node). */
const BAND = 8;
const SIDE = 2;
const PAD_X = 10;
const PAD_Y = 6;
const RADIUS = 8;
const TEXT_WIDTH = NODE_WIDTH - 2 * (SIDE + PAD_X);
/** The text width of a box this wide. */
const textWidthOf = (boxWidth: number, padX = PAD_X): number => boxWidth - 2 * (SIDE + padX);
/** The compact boxes' padding at the sides: narrower, as the box is. */
const COMPACT_PAD_X = 6;
/** A compact box (compactPage.ts) is never narrower than this, so the kind above the name still reads. */
const MIN_COMPACT_WIDTH = 120;
const LINE_HEIGHT = 1.2;
const KIND = { size: 10, minSize: 8 };
const NAME = { size: 14, minSize: 11, maxLines: 3 };
const META = { size: 11, minSize: 9.5 };
/** Room kept free under a box for the lines and arrowheads that arrive there. */
const CLEARANCE = 24;
const BADGE = { height: 22, size: 11, overhangX: 10, overhangY: 12 };

/** A body placed and fitted: where its box is and the text inside it. */
export interface BodyBox extends Box {
  readonly view: ViewBody;
  readonly findings: number;
  readonly kind: FittedText;
  readonly name: FittedText;
  readonly meta: Meta;
  /** The text's distance from the sides, when not the canvas's (the compact boxes). */
  readonly padX?: number;
}

interface Meta {
  readonly size: number;
  /** The short name, drawn bold; empty when the body has none. */
  readonly short: string;
  /** "· 4 ledamöter · Ordf.: …", after the short name. */
  readonly rest: string;
  readonly restX: number;
  readonly restWidth: number;
}

/** No line under the name (the compact layout's boxes). */
const NO_META: Meta = { size: META.size, short: '', rest: '', restX: 0, restWidth: 0 };

/** How tall a box is for this much text, never below the canvas height. */
function heightFor(name: FittedText, meta: Meta, minHeight = NODE_HEIGHT): number {
  return Math.max(minHeight, contentHeight(name, meta) + BAND + 2 * PAD_Y + SIDE);
}

function contentHeight(name: FittedText, meta: Meta): number {
  const metaHeight = meta.short === '' && meta.rest === '' ? 0 : 3 + meta.size * LINE_HEIGHT;
  return KIND.size * LINE_HEIGHT + 2 + name.lines.length * name.size * LINE_HEIGHT + metaHeight;
}

/** The meta line at the largest size at which it fits whole, else cut at the smallest. */
function fitMeta(v: ViewBody, lang: Language, textWidth = TEXT_WIDTH): Meta {
  const parts = [membersWords(v.members, lang), ...(v.chair ? [chairWords(v.chair, lang)] : [])];
  const short = v.shortName.trim();
  const restText = (short ? '· ' : '') + parts.join(' · ');
  let fallback: Meta | null = null;
  for (let size = META.size; size >= META.minSize; size -= 0.5) {
    const s = fitText(short, { maxWidth: textWidth * 0.5, size, bold: true });
    const shortText = s.lines[0] ?? '';
    // Placed by the table's own width (never narrower than drawn), not the fitting margin,
    // so the gap after the short name is a plain space.
    const restX = shortText ? measureText(shortText, size, true) + measureText(' ', size, false) : 0;
    const restWidth = textWidth - restX;
    const rest = fitText(restText, { maxWidth: restWidth, size });
    const meta = { size, short: shortText, rest: rest.lines[0] ?? '', restX, restWidth };
    if (rest.lines[0] === restText) return meta;
    fallback = meta;
  }
  return fallback as Meta;
}

/**
 * How tall each box may grow: up to the next box below it, less room for the lines that
 * arrive there. A long name is rather shrunk than allowed to cover the next row.
 */
function roomBelow(v: ViewBody, all: readonly ViewBody[]): number {
  let room = Infinity;
  for (const o of all) {
    const p = o.position;
    if (o === v || p.y <= v.position.y) continue;
    if (p.x >= v.position.x + NODE_WIDTH || p.x + NODE_WIDTH <= v.position.x) continue;
    room = Math.min(room, p.y - v.position.y - CLEARANCE);
  }
  return Math.max(NODE_HEIGHT, room);
}

/**
 * The narrowest box width (from MIN_COMPACT_WIDTH up to the canvas's) in which every name
 * wraps onto at most three lines at the full name size, never shrunk, its compound words
 * broken only before their head word (compoundBreaks.ts): the compact print
 * layout's boxes (compactPage.ts), so the names keep their size and the page can shrink.
 */
export function compactBoxWidth(bodies: readonly ViewBody[]): number {
  // Every word on a line of its own if need be (none broken), and no more than three lines (none cut with "…").
  const fitsAll = (boxWidth: number): boolean =>
    bodies.every((v) => {
      const maxWidth = textWidthOf(boxWidth, COMPACT_PAD_X);
      const breakable = withCompoundBreaks(v.name);
      if (!unbreakablePieces(breakable).every((w) => fitsWidth(w, NAME.size, true, maxWidth))) return false;
      const name = fitText(breakable, { maxWidth, size: NAME.size, bold: true, maxLines: NAME.maxLines });
      return name.lines.length > 0 && !name.lines.some((l) => l.endsWith('…'));
    });
  if (!fitsAll(NODE_WIDTH)) return NODE_WIDTH;
  let low = MIN_COMPACT_WIDTH;
  if (fitsAll(low)) return low;
  let high = NODE_WIDTH;
  while (high - low > 2) {
    const mid = (low + high) / 2;
    if (fitsAll(mid)) high = mid;
    else low = mid;
  }
  return Math.ceil(high);
}

/**
 * Each body's box at its position on the canvas, with its text fitted inside. With a
 * `compactWidth` the boxes are that wide and the name keeps its full size on up to three
 * lines; the compact layout places them apart, so no room below limits them.
 */
export function layoutBodies(bodies: readonly ViewBody[], findings: ReadonlyMap<string, number>, lang: Language, compactWidth?: number): BodyBox[] {
  const width = compactWidth ?? NODE_WIDTH;
  const padX = compactWidth === undefined ? PAD_X : COMPACT_PAD_X;
  const textWidth = textWidthOf(width, padX);
  return bodies.map((v) => {
    // Compact: the short name beside the kind and no meta line; members and chair are on the body pages.
    const short = compactWidth === undefined ? '' : v.shortName.trim();
    const kindText = say(KIND_LABELS[v.body.kind], lang).toLocaleUpperCase('sv') + (short ? ` · ${short}` : '');
    const kind = fitText(kindText, { maxWidth: textWidth, size: KIND.size, minSize: KIND.minSize });
    const meta = compactWidth === undefined ? fitMeta(v, lang, textWidth) : NO_META;
    const room = compactWidth === undefined ? roomBelow(v, bodies) : Infinity;
    const nameSize = compactWidth === undefined ? NAME : { ...NAME, minSize: NAME.size };
    let chosen: { name: FittedText; height: number } | null = null;
    for (let maxLines = NAME.maxLines; maxLines >= 1; maxLines--) {
      const name = fitText(compactWidth === undefined ? v.name : withCompoundBreaks(v.name), { maxWidth: textWidth, size: nameSize.size, minSize: nameSize.minSize, bold: true, maxLines, balance: true });
      const height = heightFor(name, meta, compactWidth === undefined ? NODE_HEIGHT : 0);
      chosen = { name, height };
      if (height <= room) break;
    }
    const { name, height } = chosen as { name: FittedText; height: number };
    return { view: v, x: v.position.x, y: v.position.y, width, height, findings: findings.get(v.body.id) ?? 0, kind, name, meta, ...(compactWidth === undefined ? {} : { padX }) };
  });
}

/** The coloured top of a box: the band with the box's rounded corners (a quarter circle as a cubic). */
function band(x: number, y: number, width: number, color: string): ScenePath {
  const k = RADIUS * 0.5523;
  return {
    type: 'path',
    segments: [
      { op: 'M', x, y: y + BAND },
      { op: 'L', x, y: y + RADIUS },
      { op: 'C', x1: x, y1: y + RADIUS - k, x2: x + RADIUS - k, y2: y, x: x + RADIUS, y },
      { op: 'L', x: x + width - RADIUS, y },
      { op: 'C', x1: x + width - RADIUS + k, y1: y, x2: x + width, y2: y + RADIUS - k, x: x + width, y: y + RADIUS },
      { op: 'L', x: x + width, y: y + BAND },
    ],
    stroke: { color, width: 0.5 },
    fill: color,
    closed: true,
    arrow: false,
  };
}

/** A count of findings in an orange pill, as on the canvas: its right end at `right`, its middle at `middle`. */
export function badge(right: number, middle: number, count: number): SceneItem[] {
  const label = count > 99 ? '99+' : String(count);
  const width = Math.max(BADGE.height, measureText(label, BADGE.size, true) * FIT_SAFETY + 10);
  const x = right - width;
  const y = middle - BADGE.height / 2;
  return [
    { type: 'rect', x, y, width, height: BADGE.height, radius: BADGE.height / 2, fill: WARN, stroke: { color: PAPER, width: 1.5 } },
    {
      type: 'text',
      x: x + width / 2,
      y: middle + (ascentOf(BADGE.size) - descentOf(BADGE.size)) / 2,
      text: label,
      size: BADGE.size,
      bold: true,
      color: PAPER,
      anchor: 'middle',
      maxWidth: width - 4,
    },
  ];
}

/** A small box in a body's colours, for the legend. */
export function miniBody(x: number, y: number, width: number, height: number, level: ViewBody['body']['level'], accountable: boolean): SceneItem[] {
  const items: SceneItem[] = [
    { type: 'rect', x: x + 0.75, y: y + 0.75, width: width - 1.5, height: height - 1.5, radius: 3, fill: PAPER, stroke: { color: BORDER, width: 1.5, ...(level === 'external' ? { dash: [3, 2] } : {}) } },
    { type: 'rect', x, y, width, height: 4, radius: 1.5, fill: LEVEL_COLORS[level], stroke: null },
  ];
  if (accountable) items.push({ type: 'rect', x: x + 2.5, y: y + 5, width: width - 5, height: height - 7.5, radius: 2, fill: null, stroke: { color: LEVEL_COLORS.political, width: 1.5 } });
  return items;
}

/** The shapes and text of one body, in a group titled with its full name and kind. */
export function bodyGroup(b: BodyBox, lang: Language, badges: boolean): SceneGroup {
  const { x, y, width, height } = b;
  const body = b.view.body;
  const items: SceneItem[] = [
    { type: 'rect', x, y, width, height, radius: RADIUS, fill: PAPER, stroke: null },
    // The border inside the box, as CSS draws it; an external body's sides are dashed.
    {
      type: 'rect',
      x: x + SIDE / 2,
      y: y + SIDE / 2,
      width: width - SIDE,
      height: height - SIDE,
      radius: RADIUS - SIDE / 2,
      fill: null,
      stroke: { color: BORDER, width: SIDE, ...(body.level === 'external' ? { dash: EXTERNAL_DASH } : {}) },
    },
    band(x, y, width, LEVEL_COLORS[body.level]),
  ];
  if (body.accountable) {
    items.push({
      type: 'rect',
      x: x + SIDE + 1,
      y: y + BAND + 1,
      width: width - 2 * SIDE - 2,
      height: height - BAND - SIDE - 2,
      radius: RADIUS - SIDE - 1,
      fill: null,
      stroke: { color: LEVEL_COLORS.political, width: 2 },
    });
  }
  // The text sits in the middle of the space under the band.
  const inner = height - BAND - SIDE;
  let top = y + BAND + Math.max(PAD_Y, (inner - contentHeight(b.name, b.meta)) / 2);
  const padX = b.padX ?? PAD_X;
  const textX = x + SIDE + padX;
  const textWidth = textWidthOf(width, padX);
  const baseline = (size: number): number => top + (size * LINE_HEIGHT - ascentOf(size) - descentOf(size)) / 2 + ascentOf(size);
  const text = (t: string, size: number, bold: boolean, color: string, dx = 0, maxWidth = textWidth): SceneItem => ({
    type: 'text',
    x: textX + dx,
    y: baseline(size),
    text: t,
    size,
    bold,
    color,
    anchor: 'start',
    maxWidth,
  });
  for (const line of b.kind.lines) items.push(text(line, b.kind.size, false, MUTED));
  top += KIND.size * LINE_HEIGHT + 2;
  for (const line of b.name.lines) {
    items.push(text(line, b.name.size, true, INK));
    top += b.name.size * LINE_HEIGHT;
  }
  top += 3;
  if (b.meta.short) items.push(text(b.meta.short, b.meta.size, true, INK, 0, textWidth * 0.5));
  if (b.meta.rest) items.push(text(b.meta.rest, b.meta.size, false, MUTED, b.meta.restX, b.meta.restWidth));
  if (badges && b.findings > 0) items.push(...badge(x + width + BADGE.overhangX, y - BADGE.overhangY + BADGE.height / 2, b.findings));
  const kind = say(KIND_LABELS[body.kind], lang);
  const short = b.view.shortName && b.view.shortName !== b.view.name ? ` (${b.view.shortName})` : '';
  const findings = badges && b.findings > 0 ? `, ${b.findings} ${lang === 'sv' ? 'fynd' : b.findings === 1 ? 'finding' : 'findings'}` : '';
  return { type: 'group', id: `body-${body.id}`, title: `${b.view.name}${short}: ${kind}${findings}`, items };
}

