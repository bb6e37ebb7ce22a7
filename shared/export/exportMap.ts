import type { jsPDF } from 'jspdf';
import { analyse } from '../analysis/analyse';
import type { MandatModel } from '../model/types';
import { bodySheets } from './bodySheets';
import { addBodyPages } from './pdfBodyPages';
import { matrixCsv, matrixWorkbook } from './matrix';
import { PAGE_MARGIN_MM, PAGE_MM, type ExportFormat, type FontFiles } from './options';
import { planPage } from './compactPage';
import { resolvePage } from './pageFit';
import { sceneToPdf } from './pdf';
import type { PageTagger } from './pdfTags';
import { sceneToTiledPdf } from './pdfTiles';
import { withPngDpi } from './pngDpi';
import { buildPublication } from './publication';
import { buildFollowUpReport } from './followUpReport';
import { buildReport } from './report';
import { diagramFit } from './reportDiagram';
import { requestPositions, requestScene, type ExportRequest } from './request';
import type { Scene, SceneItem } from './scene';
import { fitTransform, sceneToSvg } from './svg';

export type { ExportRequest, PngSize } from './request';

/** What the host (command line, window) does that shared code cannot: fonts and rasterising. */
export interface ExportHost {
  fonts(): Promise<FontFiles>;
  /** An SVG drawn to a PNG of exactly this many pixels. */
  rasterise(svg: string, width: number, height: number, fonts: FontFiles): Promise<Uint8Array>;
}

export interface ExportedFile {
  readonly bytes: Uint8Array;
  readonly mime: string;
  readonly extension: string;
}

export const MIME: Readonly<Record<ExportFormat, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  followup: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The resolution of the diagram in the report: 220 pixels per inch, what Word itself keeps
 * of a picture by default when it saves (File › Options › Advanced › Image Size and Quality).
 * At 300 the picture was twice the bytes, and drawing, encoding and zipping it took about a tenth
 * of a 300-body report's time for detail Word would discard on its first save.
 */
const REPORT_DPI = 220;
const CSS_DPI = 96;

/**
 * Text that would come out under this many pixels high cannot be read on any print; a
 * rasteriser spends most of its time laying text out, so such text is left out of PNGs.
 */
const MIN_TEXT_PX = 5;

/** The scene without the text that would be drawn smaller than MIN_TEXT_PX at `scale`. */
export function readableAt(scene: Scene, scale: number): Scene {
  const keep = (items: readonly SceneItem[]): SceneItem[] =>
    items.flatMap((i): SceneItem[] => {
      if (i.type === 'text') return i.size * scale >= MIN_TEXT_PX ? [i] : [];
      if (i.type === 'group') return [{ ...i, items: keep(i.items) }];
      return [i];
    });
  return { ...scene, items: keep(scene.items) };
}

/** An SVG of `scene` fitted into exactly `width` × `height` pixels, for a rasteriser. */
function rasterSvg(scene: Scene, width: number, height: number, margin: number): string {
  const fit = { width, height, margin };
  return sceneToSvg(readableAt(scene, fitTransform(scene, fit).scale), { fit });
}

/**
 * The PNG of a scene: at a scale of its own size, or fitted on a page at a resolution. The
 * SVG handed to the rasteriser already has the pixel size asked for, so no rounding on
 * the way can change it.
 */
export async function scenePng(scene: Scene, request: ExportRequest, host: ExportHost, fonts: FontFiles): Promise<Uint8Array> {
  if ('scale' in request.png) {
    const width = Math.max(1, Math.round(scene.width * request.png.scale));
    const height = Math.max(1, Math.round(scene.height * request.png.scale));
    return host.rasterise(rasterSvg(scene, width, height, 0), width, height, fonts);
  }
  const dpi = request.png.dpi;
  const { page, landscape } = resolvePage(scene, request.page, request.landscape);
  const mm = PAGE_MM[page];
  const [wMm, hMm] = landscape ? [mm.height, mm.width] : [mm.width, mm.height];
  const width = Math.round((wMm / 25.4) * dpi);
  const height = Math.round((hMm / 25.4) * dpi);
  const margin = (PAGE_MARGIN_MM / 25.4) * dpi;
  const png = await host.rasterise(rasterSvg(scene, width, height, margin), width, height, fonts);
  return withPngDpi(png, dpi);
}

/** One export, all formats through the same code in the window and on the command line. */
export async function exportMap(model: MandatModel, request: ExportRequest, host: ExportHost): Promise<ExportedFile> {
  const file = (bytes: Uint8Array): ExportedFile => ({ bytes, mime: MIME[request.format], extension: request.format });
  const view = {
    asOf: request.asOf,
    ...(request.levels ? { levels: request.levels } : {}),
    ...(request.selection ? { selection: request.selection } : {}),
  };
  // The layered arrangement is ELK's, which is asynchronous; the canvas places need nothing.
  const positions = ['svg', 'png', 'pdf', 'docx', 'html'].includes(request.format) ? await requestPositions(model, request) : undefined;
  switch (request.format) {
    case 'svg':
      return file(new TextEncoder().encode(sceneToSvg(requestScene(model, request, positions))));
    case 'png': {
      const fonts = await host.fonts();
      return file(await scenePng(requestScene(model, request, positions), request, host, fonts));
    }
    case 'pdf': {
      const fonts = await host.fonts();
      const after = request.bodyPages
        ? (doc: jsPDF, tagger: PageTagger): void => addBodyPages(doc, bodySheets(model, { ...view, lang: request.lang }, analyse(model, { asOf: request.asOf }).findings), request.lang, request.asOf, tagger)
        : undefined;
      if (request.tiles) {
        const scene = requestScene(model, request, positions);
        const poster = sceneToTiledPdf(scene, { sheet: request.tiles, fonts, lang: request.lang, title: scene.title, ...(model.meta.author ? { author: model.meta.author } : {}), ...(after ? { after } : {}) });
        return file(poster.bytes);
      }
      // 'auto' becomes the smallest page on which body names print at 8 pt or more.
      // When the names would print below 8 pt, the compact layout if it makes them readable (compactPage.ts).
      const { page, landscape, scene } = planPage(model, request, positions);
      return file(sceneToPdf(scene, { page, landscape, fonts, title: scene.title, author: model.meta.author, lang: request.lang, ...(after ? { after } : {}) }));
    }
    case 'docx': {
      const fonts = await host.fonts();
      const scene = requestScene(model, { ...request, transparent: false }, positions);
      // The image at the size it gets on the report's landscape page, at print resolution:
      // no page margins of its own inside the page's, and no pixels the page never shows.
      const box = diagramFit(scene.width, scene.height);
      const width = Math.max(1, Math.round((box.width * REPORT_DPI) / CSS_DPI));
      const height = Math.max(1, Math.round((box.height * REPORT_DPI) / CSS_DPI));
      // Not awaited here: where the host draws off the main thread, the rest of the report is built meanwhile.
      const diagram = host
        .rasterise(rasterSvg(scene, width, height, 0), width, height, fonts)
        .then((png) => ({ png: withPngDpi(png, REPORT_DPI), widthPx: box.width, heightPx: box.height, description: scene.description }));
      const bytes = await buildReport(model, {
        ...view,
        lang: request.lang,
        date: request.date,
        findings: request.findings,
        comments: request.comments ?? false,
        ...(request.bodyPages ? { bodyPages: true } : {}),
        ...(model.meta.author ? { author: model.meta.author } : {}),
        diagram,
      });
      return file(bytes);
    }
    case 'followup':
      return { bytes: await buildFollowUpReport(model, { asOf: request.asOf, lang: request.lang }), mime: MIME.followup, extension: 'docx' };
    case 'html': {
      const scene = requestScene(model, { ...request, transparent: false }, positions);
      const html = buildPublication(model, scene, { ...view, lang: request.lang, date: request.date, findings: request.findings });
      return file(new TextEncoder().encode(html));
    }
    case 'xlsx':
      return file(await matrixWorkbook(model, { ...view, lang: request.lang, findings: request.findings }));
    case 'csv':
      return file(new TextEncoder().encode(matrixCsv(model, { ...view, lang: request.lang })));
  }
}
