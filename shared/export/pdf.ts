import { GState, jsPDF } from 'jspdf';
import { PAGE_MARGIN_MM, PAGE_MM, type FontFiles, type PageSize } from './options';
import type { PathSegment, Scene, SceneItem, ScenePath, SceneRect, SceneText, Stroke } from './scene';
import { tagAsFigure, type PageTagger } from './pdfTags';
import { arrowHead, cubicAt, type Point } from './sceneGeometry';
import { fitTransform } from './svg';

export interface PdfOptions {
  readonly page: PageSize;
  readonly landscape: boolean;
  readonly fonts: FontFiles;
  /** The document title; the scene's title when absent. */
  readonly title?: string;
  readonly author?: string;
  readonly lang?: 'sv' | 'en';
  /** Pages to add after the diagram's (the body pages). */
  readonly after?: (doc: jsPDF, tagger: PageTagger) => void;
}

/** The names the PDF knows the two faces by: their PostScript names, which pdffonts and readers show. */
const FONTS = { regular: 'LiberationSans', bold: 'LiberationSans-Bold' } as const;
const PT_PER_MM = 72 / 25.4;

/** Draws a scene on one page as a vector PDF with embedded, selectable Liberation Sans. */
export function sceneToPdf(scene: Scene, options: PdfOptions): Uint8Array {
  const mm = PAGE_MM[options.page];
  const [pageW, pageH] = options.landscape ? [mm.height * PT_PER_MM, mm.width * PT_PER_MM] : [mm.width * PT_PER_MM, mm.height * PT_PER_MM];
  const doc = newPdfDocument(scene, pageW, pageH, options);
  // The whole page is one tagged figure whose alternative text is the scene's description.
  const tagger = tagAsFigure(doc, { alt: scene.description, ...(options.lang ? { lang: options.lang } : {}) });
  drawScene(doc, scene, fitToPage(scene, pageW, pageH));
  options.after?.(doc, tagger);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** A PDF document with pages of this size (points), the fonts embedded and the properties of the scene set. */
export function newPdfDocument(scene: Scene, pageW: number, pageH: number, options: Omit<PdfOptions, 'page' | 'landscape'>): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: [pageW, pageH], orientation: pageW > pageH ? 'landscape' : 'portrait', compress: true, putOnlyUsedFonts: true });
  addFonts(doc, options.fonts);
  doc.setDocumentProperties({
    // jsPDF writes text beyond Latin-1 (– …) in these as UTF-16, which readers decode.
    title: options.title ?? scene.title,
    author: options.author ?? '',
    subject: scene.description,
    creator: 'Mandat',
  });
  if (options.lang) doc.setLanguage(options.lang);
  return doc;
}

/** Draws the scene (its background too) on the current page through the fit. */
export function drawScene(doc: jsPDF, scene: Scene, fit: PageFit): void {
  const pen = new Pen(doc, fit);
  if (scene.background) pen.rect({ type: 'rect', x: 0, y: 0, width: scene.width, height: scene.height, radius: 0, fill: scene.background, stroke: null });
  for (const item of flatten(scene.items)) pen.item(item);
}

/** Sets the regular or bold face of the embedded font for text jsPDF writes directly. */
export function useFont(doc: jsPDF, bold: boolean): void {
  doc.setFont(bold ? FONTS.bold : FONTS.regular, 'normal');
}

/** Where the scene's origin lands on the page and how many points one scene pixel takes. */
export interface PageFit {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** Fits a scene inside the page margins, aspect kept and centred, scaled down or up (as the PNG of a page). */
export function fitToPage(scene: Pick<Scene, 'width' | 'height'>, pageWidth: number, pageHeight: number): PageFit {
  const { scale, dx, dy } = fitTransform(scene, { width: pageWidth, height: pageHeight, margin: PAGE_MARGIN_MM * PT_PER_MM });
  return { scale, x: dx, y: dy };
}

/**
 * The arrowhead at a path's end, in scene pixels, as every writer draws it (sceneGeometry):
 * the triangle's corners, tip first, and how far back the line stops inside it.
 */
export function pathArrowHead(segments: readonly PathSegment[], strokeWidth: number): { corners: readonly [Point, Point, Point]; shaftBack: number } | null {
  const end = segments.at(-1);
  const from = tangentStart(segments);
  if (!end || !from) return null;
  const head = arrowHead(from, end, strokeWidth);
  return { corners: head.corners, shaftBack: Math.hypot(end.x - head.shaftEnd.x, end.y - head.shaftEnd.y) };
}

/** The point the last segment arrives from: a curve's last distinct control point, or the previous end point. */
function tangentStart(segments: readonly PathSegment[]): Point | null {
  const end = segments.at(-1);
  if (!end) return null;
  const candidates: Point[] = [];
  if (end.op === 'C') candidates.push({ x: end.x2, y: end.y2 }, { x: end.x1, y: end.y1 });
  for (let i = segments.length - 2; i >= 0; i--) {
    const s = segments[i];
    if (s) candidates.push({ x: s.x, y: s.y });
  }
  return candidates.find((p) => Math.hypot(end.x - p.x, end.y - p.y) > 1e-6) ?? null;
}

/** The path with its end pulled back by `by` pixels along the last segment, so the line stops under the arrowhead. */
export function shortenEnd(segments: readonly PathSegment[], by: number): PathSegment[] {
  const out = segments.slice();
  const end = out.at(-1);
  const prev = out.at(-2);
  if (!end || !prev || end.op === 'M') return out;
  if (end.op === 'L') {
    const d = Math.hypot(end.x - prev.x, end.y - prev.y);
    if (d <= by) return out;
    const t = 1 - by / d;
    out[out.length - 1] = { op: 'L', x: prev.x + (end.x - prev.x) * t, y: prev.y + (end.y - prev.y) * t };
    return out;
  }
  // A cubic: find the parameter whose point lies `by` from the end by sampling, then keep the
  // curve before it (de Casteljau), so the shape of the kept part is exactly the original's.
  const p = [prev, { x: end.x1, y: end.y1 }, { x: end.x2, y: end.y2 }, end] as const;
  let t = 1;
  for (let i = 1; i <= 64; i++) {
    const s = 1 - i / 64;
    const q = cubicAt(p[0], p[1], p[2], p[3], s);
    if (Math.hypot(end.x - q.x, end.y - q.y) >= by) {
      t = s;
      break;
    }
  }
  if (t === 1) return out;
  const lerp = (a: Point, b: Point): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  const a = lerp(p[0], p[1]);
  const b = lerp(p[1], p[2]);
  const ab = lerp(a, b);
  const c = lerp(b, p[2]);
  const m = lerp(ab, lerp(c, lerp(p[2], p[3])));
  out[out.length - 1] = { op: 'C', x1: a.x, y1: a.y, x2: ab.x, y2: ab.y, x: m.x, y: m.y };
  return out;
}

/** Draws scene items on the page, mapping scene pixels to points through the fit. */
class Pen {
  constructor(
    private readonly doc: jsPDF,
    private readonly fit: PageFit,
  ) {}

  item(item: Exclude<SceneItem, { type: 'group' }>): void {
    if (item.type === 'rect') this.rect(item);
    else if (item.type === 'path') this.path(item);
    else this.text(item);
  }

  rect(r: SceneRect): void {
    const fill = r.fill === null ? null : parseColor(r.fill);
    const stroke = r.stroke === null ? null : parseColor(r.stroke.color);
    const style = paintStyle(fill !== null && fill.a > 0, stroke !== null && stroke.a > 0 && r.stroke !== null && r.stroke.width > 0);
    if (!style) return;
    this.withPaint(fill, stroke, r.stroke, () => {
      const { x, y } = this.at(r.x, r.y);
      const w = r.width * this.fit.scale;
      const h = r.height * this.fit.scale;
      const radius = Math.min(r.radius * this.fit.scale, w / 2, h / 2);
      if (radius > 0) this.doc.roundedRect(x, y, w, h, radius, radius, style);
      else this.doc.rect(x, y, w, h, style);
    });
  }

  path(p: ScenePath): void {
    if (p.segments.length < 2) return;
    const stroke = parseColor(p.stroke.color);
    const fill = p.fill === null ? null : parseColor(p.fill);
    const head = p.arrow ? pathArrowHead(p.segments, p.stroke.width) : null;
    // Pulled back to inside the arrowhead: a butt end at the very tip would poke out beside it.
    const segments = head ? shortenEnd(p.segments, head.shaftBack) : p.segments;
    const style = paintStyle(fill !== null && fill.a > 0, stroke.a > 0 && p.stroke.width > 0);
    if (style) {
      this.withPaint(fill, stroke, p.stroke, () => {
        for (const s of segments) this.segment(s);
        if (p.closed) this.doc.close();
        if (style === 'S') this.doc.stroke();
        else if (style === 'F') this.doc.fill();
        else this.doc.fillStroke();
      });
    }
    if (head) {
      this.withPaint(stroke, null, null, () => {
        const [tip, left, right] = head.corners;
        this.segment({ op: 'M', x: tip.x, y: tip.y });
        this.segment({ op: 'L', x: left.x, y: left.y });
        this.segment({ op: 'L', x: right.x, y: right.y });
        this.doc.close();
        this.doc.fill();
      });
    }
  }

  text(t: SceneText): void {
    if (t.text === '') return;
    const color = parseColor(t.color);
    if (color.a === 0) return;
    this.withPaint(color, null, null, () => {
      this.doc.setFont(t.bold ? FONTS.bold : FONTS.regular, 'normal');
      // jsPDF sizes fonts in points; the scene's pixels become points through the fit's scale.
      this.doc.setFontSize(t.size * this.fit.scale);
      this.doc.setTextColor(color.r, color.g, color.b);
      const width = this.doc.getTextWidth(t.text);
      const shift = t.anchor === 'middle' ? width / 2 : t.anchor === 'end' ? width : 0;
      const { x, y } = this.at(t.x, t.y);
      this.doc.text(t.text, x - shift, y, { baseline: 'alphabetic' });
    });
  }

  private segment(s: PathSegment): void {
    if (s.op === 'C') {
      const c1 = this.at(s.x1, s.y1);
      const c2 = this.at(s.x2, s.y2);
      const e = this.at(s.x, s.y);
      this.doc.curveTo(c1.x, c1.y, c2.x, c2.y, e.x, e.y);
      return;
    }
    const { x, y } = this.at(s.x, s.y);
    if (s.op === 'M') this.doc.moveTo(x, y);
    else this.doc.lineTo(x, y);
  }

  private at(x: number, y: number): Point {
    return { x: this.fit.x + x * this.fit.scale, y: this.fit.y + y * this.fit.scale };
  }

  /** Sets colours, line width, dash and opacity for one drawing, and restores the state after it. */
  private withPaint(fill: Rgba | null, stroke: Rgba | null, line: Stroke | null, draw: () => void): void {
    const doc = this.doc;
    doc.saveGraphicsState();
    if (fill) doc.setFillColor(fill.r, fill.g, fill.b);
    if (stroke) doc.setDrawColor(stroke.r, stroke.g, stroke.b);
    if (line) {
      doc.setLineWidth(line.width * this.fit.scale);
      doc.setLineDashPattern(line.dash?.map((d) => d * this.fit.scale) ?? [], 0);
    }
    const fillAlpha = fill?.a ?? 1;
    const strokeAlpha = stroke?.a ?? 1;
    if (fillAlpha < 1 || strokeAlpha < 1) doc.setGState(new GState({ opacity: fillAlpha, 'stroke-opacity': strokeAlpha }));
    draw();
    doc.restoreGraphicsState();
  }
}

type PaintStyle = 'F' | 'S' | 'FD';

function paintStyle(fill: boolean, stroke: boolean): PaintStyle | null {
  if (fill && stroke) return 'FD';
  if (fill) return 'F';
  if (stroke) return 'S';
  return null;
}

function* flatten(items: readonly SceneItem[]): Generator<Exclude<SceneItem, { type: 'group' }>> {
  for (const item of items) {
    if (item.type === 'group') yield* flatten(item.items);
    else yield item;
  }
}

/** Registers Liberation Sans regular and bold with this document, from the font files' bytes. */
function addFonts(doc: jsPDF, fonts: FontFiles): void {
  // Each face under its own name, so the PDF's font list names both instead of one name twice.
  for (const face of ['regular', 'bold'] as const) {
    const file = `${FONTS[face]}.ttf`;
    doc.addFileToVFS(file, binaryString(fonts[face]));
    doc.addFont(file, FONTS[face], 'normal', 'normal', 'Identity-H');
  }
}

/**
 * jsPDF's file store takes a string: a TrueType file (it starts with 00 01 00 00) as one
 * character per byte, which jsPDF recognises as is, so no base64 (and no atob/Buffer) is needed.
 */
function binaryString(bytes: Uint8Array): string {
  if (bytes[0] !== 0 || bytes[1] !== 1 || bytes[2] !== 0 || bytes[3] !== 0) throw new Error('The PDF can embed TrueType fonts only.');
  let out = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

const NAMED: Readonly<Record<string, Rgba>> = {
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
  none: { r: 0, g: 0, b: 0, a: 0 },
};

/** Reads the colour forms the scene uses: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb(), rgba() and a few names. */
export function parseColor(text: string): Rgba {
  const s = text.trim().toLowerCase();
  const named = NAMED[s];
  if (named) return named;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] ? 100 : 1);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: Math.min(1, Math.max(0, alpha)) };
  }
  // A scene is built by our own code: an unknown colour is a bug there, not something to guess.
  throw new Error(`The PDF cannot read the colour "${text}".`);
}
