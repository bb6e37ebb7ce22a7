import type { jsPDF } from 'jspdf';
import { text, type Text } from '../i18n/text';
import type { Language } from '../model/vocabulary';
import { PAGE_MARGIN_MM, PAGE_MM, type FontFiles, type TileSize } from './options';
import { MIN_NAME_PT, smallestNamePx } from './pageFit';
import { tagPages, type PageTagger } from './pdfTags';
import { drawScene, fitToPage, newPdfDocument, useFont } from './pdf';
import type { Scene } from './scene';

const PT_PER_MM = 72 / 25.4;
/** How much of the picture two neighbouring sheets both show, to glue them over each other. */
export const OVERLAP_MM = 10;
/** How long the cut marks at the corners of the printed area are. */
const MARK_MM = 5;
const MARK_GAP_MM = 1.5;
/** No poster of more sheets than this: a map that needs more should be split by bodies or levels. */
export const MAX_SHEETS = 64;

/** How a poster is cut into sheets: which way round, how many, and how large it prints. */
export interface TilePlan {
  readonly sheet: TileSize;
  readonly landscape: boolean;
  readonly columns: number;
  readonly rows: number;
  /** Points per scene pixel on every sheet. */
  readonly scale: number;
  /** The smallest body name, in points; null for a scene without bodies. */
  readonly namePt: number | null;
  /** False when even MAX_SHEETS sheets cannot print the names at 8 pt (the plan then uses MAX_SHEETS). */
  readonly fits: boolean;
}

interface Sheet {
  readonly width: number;
  readonly height: number;
  /** The printed area, inside the margins. */
  readonly innerW: number;
  readonly innerH: number;
}

function sheetOf(size: TileSize, landscape: boolean): Sheet {
  const mm = PAGE_MM[size];
  const [w, h] = landscape ? [mm.height, mm.width] : [mm.width, mm.height];
  const margin = PAGE_MARGIN_MM * PT_PER_MM;
  return { width: w * PT_PER_MM, height: h * PT_PER_MM, innerW: w * PT_PER_MM - 2 * margin, innerH: h * PT_PER_MM - 2 * margin };
}

/** How many sheets side by side hold `length` points with OVERLAP_MM shared between neighbours. */
function count(length: number, inner: number): number {
  const overlap = OVERLAP_MM * PT_PER_MM;
  return Math.max(1, Math.ceil((length - overlap) / (inner - overlap) - 1e-9));
}

function planFor(scene: Scene, size: TileSize, landscape: boolean): TilePlan {
  const sheet = sheetOf(size, landscape);
  const overlap = OVERLAP_MM * PT_PER_MM;
  const px = smallestNamePx(scene);
  const whole = fitToPage(scene, sheet.width, sheet.height).scale;
  // As small as 8 pt names allow; never smaller than the whole map on one sheet.
  let scale = Math.max(whole, px === null ? whole : MIN_NAME_PT / px);
  let columns = count(scene.width * scale, sheet.innerW);
  let rows = count(scene.height * scale, sheet.innerH);
  let fits = true;
  while (columns * rows > MAX_SHEETS) {
    fits = false;
    scale *= 0.95;
    columns = count(scene.width * scale, sheet.innerW);
    rows = count(scene.height * scale, sheet.innerH);
  }
  // Then as large as the same sheets allow: the poster fills them.
  scale = Math.min((columns * (sheet.innerW - overlap) + overlap) / scene.width, (rows * (sheet.innerH - overlap) + overlap) / scene.height);
  return { sheet: size, landscape, columns, rows, scale, namePt: px === null ? null : Math.round(px * scale * 10) / 10, fits };
}

/** The poster of a scene on sheets of this size: the way round that needs fewer sheets (then the larger names). */
export function planTiles(scene: Scene, size: TileSize): TilePlan {
  const [a, b] = [planFor(scene, size, true), planFor(scene, size, false)];
  const sheets = (p: TilePlan): number => p.columns * p.rows;
  return sheets(a) < sheets(b) || (sheets(a) === sheets(b) && a.scale >= b.scale) ? a : b;
}

/** What to say when a poster of MAX_SHEETS sheets still prints names below 8 pt. */
export function posterTooSmall(namePt: number): Text {
  return text(
    `Organens namn blir ${String(namePt).replace('.', ',')} pt även på en affisch av ${MAX_SHEETS} blad, mindre än ${MIN_NAME_PT} pt: dela upp kartan (välj organ eller nivåer).`,
    `The body names print at ${namePt} pt even on a poster of ${MAX_SHEETS} sheets, below ${MIN_NAME_PT} pt: split the map (choose bodies or levels).`,
  );
}

export interface TileOptions {
  readonly sheet: TileSize;
  readonly fonts: FontFiles;
  readonly lang: Language;
  readonly title?: string;
  readonly author?: string;
  /** Pages to add after the poster's sheets (the body pages). */
  readonly after?: (doc: jsPDF, tagger: PageTagger) => void;
}

const WORDS = {
  overview: {
    sv: (n: number, c: number, r: number, size: string, pt: string) =>
      `Affisch på ${n} ${size}-blad (${c} × ${r}), organens namn ${pt} pt. Skriv ut i verklig storlek (100 %), skär längs skärmärkena och lägg bladen omlott med ${OVERLAP_MM} mm.`,
    en: (n: number, c: number, r: number, size: string, pt: string) =>
      `Poster on ${n} ${size} sheets (${c} × ${r}), body names at ${pt} pt. Print at actual size (100 %), cut along the cut marks and overlap the sheets by ${OVERLAP_MM} mm.`,
  },
  sheet: {
    sv: (i: number, n: number, row: number, col: number) => `Blad ${i} av ${n} · rad ${row}, kolumn ${col}`,
    en: (i: number, n: number, row: number, col: number) => `Sheet ${i} of ${n} · row ${row}, column ${col}`,
  },
} as const;

/**
 * A poster PDF: first the whole map on one sheet with the grid of sheets numbered over it
 * (how to put the poster together), then one sheet for each part of the map at the scale
 * that prints body names at 8 pt or more, neighbours overlapping by OVERLAP_MM, with cut
 * marks at the corners of the printed area and each sheet's number and place in the margin.
 */
export function sceneToTiledPdf(scene: Scene, options: TileOptions): { bytes: Uint8Array; plan: TilePlan } {
  const plan = planTiles(scene, options.sheet);
  const sheet = sheetOf(options.sheet, plan.landscape);
  const margin = PAGE_MARGIN_MM * PT_PER_MM;
  const overlap = OVERLAP_MM * PT_PER_MM;
  const doc = newPdfDocument(scene, sheet.width, sheet.height, { fonts: options.fonts, lang: options.lang, ...(options.title ? { title: options.title } : {}), ...(options.author ? { author: options.author } : {}) });
  const total = plan.columns * plan.rows;
  const size = options.sheet.toUpperCase();
  const pt = String(plan.namePt ?? MIN_NAME_PT);
  const instructions = WORDS.overview[options.lang](total, plan.columns, plan.rows, size, options.lang === 'sv' ? pt.replace('.', ',') : pt);
  // Every page one tagged figure: the overview says what the map shows and how the poster goes together, each sheet which part it is.
  const tagger = tagPages(doc, options.lang);
  tagger.figure(`${scene.description} ${instructions}`);

  // The overview: the whole map, the sheets' parts numbered over it, the instructions above.
  const fit = fitToPage(scene, sheet.width, sheet.height - 3 * margin);
  drawScene(doc, scene, { ...fit, y: fit.y + 2 * margin });
  note(doc, instructions, margin, margin + 4, 10, sheet.width - 2 * margin);
  const stepX = sheet.innerW - overlap;
  const stepY = sheet.innerH - overlap;
  for (let r = 0; r < plan.rows; r++)
    for (let c = 0; c < plan.columns; c++) {
      const k = fit.scale / plan.scale;
      const x = fit.x + c * stepX * k;
      const y = fit.y + 2 * margin + r * stepY * k;
      doc.setDrawColor(200, 30, 30);
      doc.setLineWidth(0.75);
      doc.setLineDashPattern([4, 3], 0);
      doc.rect(x, y, sheet.innerW * k, sheet.innerH * k, 'S');
      doc.setLineDashPattern([], 0);
      useFont(doc, true);
      doc.setFontSize(14);
      doc.setTextColor(200, 30, 30);
      doc.text(String(r * plan.columns + c + 1), x + 6, y + 18);
    }

  for (let r = 0; r < plan.rows; r++)
    for (let c = 0; c < plan.columns; c++) {
      doc.addPage([sheet.width, sheet.height], plan.landscape ? 'landscape' : 'portrait');
      const index = r * plan.columns + c + 1;
      tagger.figure(`${WORDS.sheet[options.lang](index, total, r + 1, c + 1)}: ${options.lang === 'sv' ? 'en del av affischen' : 'part of the poster'}. ${scene.description}`);
      doc.saveGraphicsState();
      doc.rect(margin, margin, sheet.innerW, sheet.innerH, null);
      doc.clip();
      doc.discardPath();
      drawScene(doc, scene, { scale: plan.scale, x: margin - c * stepX, y: margin - r * stepY });
      doc.restoreGraphicsState();
      cutMarks(doc, sheet, margin);
      overlapMarks(doc, sheet, margin, overlap, { left: c > 0, top: r > 0 });
      note(doc, WORDS.sheet[options.lang](index, total, r + 1, c + 1), margin + (MARK_MM + 2 * MARK_GAP_MM) * PT_PER_MM, sheet.height - margin / 2, 8, sheet.innerW);
    }
  options.after?.(doc, tagger);
  return { bytes: new Uint8Array(doc.output('arraybuffer')), plan };
}

function note(doc: jsPDF, text: string, x: number, y: number, size: number, width: number): void {
  useFont(doc, false);
  doc.setFontSize(size);
  doc.setTextColor(60, 60, 60);
  doc.text(doc.splitTextToSize(text, width) as string[], x, y, { baseline: 'alphabetic' });
}

/** Short lines in the margin at each corner of the printed area, where the sheet is cut. */
function cutMarks(doc: jsPDF, sheet: Sheet, margin: number): void {
  const len = MARK_MM * PT_PER_MM;
  const gap = MARK_GAP_MM * PT_PER_MM;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.5);
  for (const x of [margin, margin + sheet.innerW])
    for (const y of [margin, margin + sheet.innerH]) {
      const sx = x === margin ? -1 : 1;
      const sy = y === margin ? -1 : 1;
      doc.line(x + sx * gap, y, x + sx * (gap + len), y);
      doc.line(x, y + sy * gap, x, y + sy * (gap + len));
    }
}

/** Where the sheet before (left, above) ends on this one: glue that sheet's edge along these ticks. */
function overlapMarks(doc: jsPDF, sheet: Sheet, margin: number, overlap: number, sides: { left: boolean; top: boolean }): void {
  const len = MARK_MM * PT_PER_MM;
  doc.setDrawColor(200, 30, 30);
  doc.setLineWidth(0.5);
  if (sides.left) {
    const x = margin + overlap;
    doc.line(x, margin - len, x, margin - MARK_GAP_MM);
    doc.line(x, margin + sheet.innerH + MARK_GAP_MM, x, margin + sheet.innerH + len);
  }
  if (sides.top) {
    const y = margin + overlap;
    doc.line(margin - len, y, margin - MARK_GAP_MM, y);
    doc.line(margin + sheet.innerW + MARK_GAP_MM, y, margin + sheet.innerW + len, y);
  }
}
