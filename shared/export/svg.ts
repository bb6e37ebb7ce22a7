import { FONT_FAMILY, FONT_STACK, type PathSegment, type Scene, type SceneItem, type ScenePath, type Stroke } from './scene';
import { arrowHead, type Point } from './sceneGeometry';
import { xmlText } from './xmlText';

/** A box the scene is scaled into, keeping its proportions, with a margin all round (px of the output). */
export interface FitBox {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

export interface SvgOptions {
  /** Draw the scene scaled and centred in a box of this size; the SVG gets the box's size. */
  readonly fit?: FitBox;
  /**
   * The fonts as base64 TTF, put inside the SVG: a browser drawing the SVG as an image (to
   * rasterise it) cannot use the page's fonts and would measure with another font.
   */
  readonly embedFonts?: { readonly regular: string; readonly bold: string };
}

/** How a scene sits in a fit box: scaled by `scale`, then moved by (`dx`, `dy`). */
export function fitTransform(scene: { readonly width: number; readonly height: number }, fit: FitBox): { scale: number; dx: number; dy: number } {
  const room = { width: Math.max(0, fit.width - 2 * fit.margin), height: Math.max(0, fit.height - 2 * fit.margin) };
  const scale = scene.width > 0 && scene.height > 0 ? Math.min(room.width / scene.width, room.height / scene.height) : 1;
  return { scale, dx: (fit.width - scene.width * scale) / 2, dy: (fit.height - scene.height * scale) / 2 };
}

/** A number with at most two decimals, as short as it gets. */
function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Only the characters XML 1.0 allows: no control characters, no lone surrogates. */
/** Text safe inside an element or a quoted attribute; characters XML forbids are dropped. */
function esc(text: string): string {
  return xmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An id attribute from a model id: letters, digits, "-", "_" and "." only, starting with a letter. */
function safeId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `g-${clean}`;
}

function strokeAttrs(s: Stroke | null): string {
  if (s === null) return ' stroke="none"';
  const dash = s.dash && s.dash.length > 0 ? ` stroke-dasharray="${s.dash.map(num).join(' ')}"` : '';
  return ` stroke="${esc(s.color)}" stroke-width="${num(s.width)}"${dash}`;
}

function pathData(segments: readonly PathSegment[], closed: boolean): string {
  const parts = segments.map((s) =>
    s.op === 'C' ? `C${num(s.x1)} ${num(s.y1)} ${num(s.x2)} ${num(s.y2)} ${num(s.x)} ${num(s.y)}` : `${s.op}${num(s.x)} ${num(s.y)}`,
  );
  return parts.join(' ') + (closed ? ' Z' : '');
}

/** The point the last segment arrives from: a curve's last distinct control point, or the previous point. */
function arrivesFrom(segments: readonly PathSegment[]): Point | null {
  const end = segments[segments.length - 1];
  if (!end) return null;
  const candidates: Point[] = end.op === 'C' ? [{ x: end.x2, y: end.y2 }, { x: end.x1, y: end.y1 }] : [];
  for (let i = segments.length - 2; i >= 0; i--) candidates.push(segments[i] as PathSegment);
  return candidates.find((p) => Math.hypot(p.x - end.x, p.y - end.y) > 1e-6) ?? null;
}

/**
 * A path, and for an arrow a drawn triangle (not an SVG marker: Word and LibreOffice
 * draw markers badly or not at all). The shaft stops inside the head.
 */
function path(p: ScenePath): string {
  const end = p.segments[p.segments.length - 1];
  const from = p.arrow ? arrivesFrom(p.segments) : null;
  if (!end || !from) return `<path d="${pathData(p.segments, p.closed)}" fill="${p.fill === null ? 'none' : esc(p.fill)}"${strokeAttrs(p.stroke)}/>`;
  const head = arrowHead(from, end, p.stroke.width);
  const shaft = [...p.segments.slice(0, -1), { ...end, x: head.shaftEnd.x, y: head.shaftEnd.y }];
  const corners = head.corners.map((c) => `${num(c.x)},${num(c.y)}`).join(' ');
  return (
    `<path d="${pathData(shaft, p.closed)}" fill="${p.fill === null ? 'none' : esc(p.fill)}"${strokeAttrs(p.stroke)}/>` +
    `<polygon points="${corners}" fill="${esc(p.stroke.color)}"/>`
  );
}

function item(i: SceneItem): string {
  switch (i.type) {
    case 'rect':
      return (
        `<rect x="${num(i.x)}" y="${num(i.y)}" width="${num(i.width)}" height="${num(i.height)}"` +
        (i.radius > 0 ? ` rx="${num(i.radius)}"` : '') +
        ` fill="${i.fill === null ? 'none' : esc(i.fill)}"${strokeAttrs(i.stroke)}/>`
      );
    case 'path':
      return path(i);
    case 'text':
      return (
        `<text x="${num(i.x)}" y="${num(i.y)}" font-size="${num(i.size)}"` +
        (i.bold ? ' font-weight="700"' : '') +
        (i.anchor !== 'start' ? ` text-anchor="${i.anchor}"` : '') +
        ` fill="${esc(i.color)}">${esc(i.text)}</text>`
      );
    case 'group':
      return `<g id="${esc(safeId(i.id))}"><title>${esc(i.title)}</title>${i.items.map(item).join('')}</g>`;
  }
}

function fontFaces(fonts: { readonly regular: string; readonly bold: string }): string {
  const face = (weight: number, base64: string): string =>
    `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${base64}) format('truetype');}`;
  return `<defs><style>${face(400, fonts.regular)}${face(700, fonts.bold)}</style></defs>`;
}

/**
 * The scene as a standalone SVG document: real shapes and `<text>` (selectable, and
 * readable by Word and LibreOffice; never foreignObject), in Liberation Sans with
 * metric-compatible fallbacks, at the scene's size or fitted into `options.fit`.
 */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const width = options.fit ? options.fit.width : scene.width;
  const height = options.fit ? options.fit.height : scene.height;
  const t = options.fit ? fitTransform(scene, options.fit) : null;
  const body = scene.items.map(item).join('\n');
  const content = t ? `<g transform="translate(${num(t.dx)} ${num(t.dy)}) scale(${t.scale})">\n${body}\n</g>` : body;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}"` +
      ` role="img" aria-labelledby="scene-title scene-desc" font-family="${esc(FONT_STACK)}">`,
    `<title id="scene-title">${esc(scene.title)}</title>`,
    `<desc id="scene-desc">${esc(scene.description)}</desc>`,
    ...(options.embedFonts ? [fontFaces(options.embedFonts)] : []),
    ...(scene.background !== null ? [`<rect width="${num(width)}" height="${num(height)}" fill="${esc(scene.background)}"/>`] : []),
    content,
    '</svg>',
    '',
  ].join('\n');
}
