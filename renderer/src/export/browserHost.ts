import regularUrl from '../../../assets/fonts/LiberationSans-Regular.ttf?url';
import boldUrl from '../../../assets/fonts/LiberationSans-Bold.ttf?url';
import { encodeBase64 } from '../../../shared/file/base64';
import type { ExportHost } from '../../../shared/export/exportMap';
import type { FontFiles } from '../../../shared/export/options';

let fonts: Promise<FontFiles> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The export fonts, fetched once, when the first export needs them. */
function loadFonts(): Promise<FontFiles> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e: unknown) => {
      fonts = null;
      throw e;
    });
  return fonts;
}

/**
 * An SVG drawn as an image cannot use the page's fonts, so the fonts go inside it, as
 * data URLs; otherwise the browser would draw with a fallback font of other widths and
 * text would overflow the boxes it was fitted to.
 */
function withFonts(svg: string, f: FontFiles): string {
  const face = (weight: number, bytes: Uint8Array): string =>
    `@font-face{font-family:'Liberation Sans';font-weight:${weight};src:url(data:font/ttf;base64,${encodeBase64(bytes)}) format('truetype');}`;
  const style = `<style>${face(400, f.regular)}${face(700, f.bold)}</style>`;
  return svg.replace(/<svg\b[^>]*>/, (open) => open + style);
}

/** Draws an SVG into a canvas of exactly `width` × `height` pixels and returns the PNG. */
async function rasterise(svg: string, width: number, height: number, f: FontFiles): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([withFonts(svg, f)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the picture (${width}×${height}) is too large for this browser`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The window's export host: fonts from the app's assets, PNGs drawn by the browser. */
export const browserExportHost: ExportHost = { fonts: loadFonts, rasterise };
