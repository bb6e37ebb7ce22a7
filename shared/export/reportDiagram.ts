import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun, type IImageOptions } from 'docx';
import type { ReportContext } from './reportContext';
import { heading, mm, para } from './reportDocx';
import { mapAsOf, nothingToShow, w } from './reportWords';

/** The diagram as the caller rasterised it: a PNG at print resolution, and the SVG where there is one. */
export interface ReportDiagram {
  readonly png: Uint8Array;
  /** The size the diagram is meant to have, in CSS pixels (its aspect ratio is kept). */
  readonly widthPx: number;
  readonly heightPx: number;
  readonly svg?: string;
  /** What the diagram shows in words: the image's alt text. */
  readonly description: string;
}

/** The landscape page the diagram gets, in millimetres, and its margins. */
export const DIAGRAM_PAGE = { width: 297, height: 210, margin: 12 } as const;
/** Room on the page for the heading above the image and the caption below it. */
const HEADING_AND_CAPTION_MM = 26;
const PX_PER_MM = 96 / 25.4;

/** The largest size with the diagram's aspect ratio that fits the landscape page's text area, in pixels. */
export function diagramFit(widthPx: number, heightPx: number): { width: number; height: number } {
  const boxW = (DIAGRAM_PAGE.width - 2 * DIAGRAM_PAGE.margin) * PX_PER_MM;
  const boxH = (DIAGRAM_PAGE.height - 2 * DIAGRAM_PAGE.margin - HEADING_AND_CAPTION_MM) * PX_PER_MM;
  const w0 = Math.max(1, widthPx);
  const h0 = Math.max(1, heightPx);
  const scale = Math.min(boxW / w0, boxH / h0);
  return { width: Math.round(w0 * scale), height: Math.round(h0 * scale) };
}

/** The diagram's text width on its page, in twips, for the footer's tab stop. */
export const DIAGRAM_CONTENT_TWIPS = mm(DIAGRAM_PAGE.width - 2 * DIAGRAM_PAGE.margin);

/**
 * The diagram section's content: a heading, the image with alt text (SVG with the PNG as
 * fallback when both are given, so Word prints it sharp and older readers still show it),
 * and a caption.
 */
export function diagramContent(ctx: ReportContext, diagram: ReportDiagram | undefined, mapName: string): Paragraph[] {
  const { lang } = ctx;
  const out: Paragraph[] = [heading(w('diagram', lang), 1)];
  if (ctx.bodies.length === 0 || diagram === undefined) return [...out, para(nothingToShow('diagram', ctx.asOf, lang), { italics: true })];
  const size = diagramFit(diagram.widthPx, diagram.heightPx);
  const common = {
    transformation: size,
    altText: { title: `${mapName}: ${mapAsOf(ctx.asOf, lang)}`, description: diagram.description, name: w('diagram', lang) },
  };
  const image: IImageOptions =
    diagram.svg !== undefined
      ? { ...common, type: 'svg', data: new TextEncoder().encode(diagram.svg), fallback: { type: 'png', data: diagram.png } }
      : { ...common, type: 'png', data: diagram.png };
  out.push(
    // Single line spacing: Word stretches a line with a picture by the document's 1.15, which would push the caption off the page.
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, children: [new ImageRun(image)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${lang === 'sv' ? 'Figur 1' : 'Figure 1'}. ${mapAsOf(ctx.asOf, lang)}.`, italics: true, color: '595959', size: 18 })],
    }),
  );
  return out;
}
