import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FontFiles } from '../shared/export/options';
import type { ExportHost } from '../shared/export/exportMap';
import { APP_ROOT } from './appRoot';

const FONT_DIR = new URL('assets/fonts/', APP_ROOT);
const fontPath = (name: string): string => fileURLToPath(new URL(name, FONT_DIR));

/** The fonts every export uses, from the project's assets. */
export function readFonts(): FontFiles {
  return { regular: readFileSync(fontPath('LiberationSans-Regular.ttf')), bold: readFileSync(fontPath('LiberationSans-Bold.ttf')) };
}

/**
 * The command line's export host: resvg draws the SVG with the project's own fonts and no
 * system fonts, so a PNG looks the same on every machine.
 */
export const cliExportHost: ExportHost = {
  fonts: () => Promise.resolve(readFonts()),
  async rasterise(svg, width, height) {
    const { renderAsync } = await import('@resvg/resvg-js');
    // In a worker thread: a report's text is built meanwhile (see exportMap).
    const image = await renderAsync(svg, {
      fitTo: { mode: 'original' },
      font: {
        fontFiles: [fontPath('LiberationSans-Regular.ttf'), fontPath('LiberationSans-Bold.ttf')],
        loadSystemFonts: false,
        defaultFontFamily: 'Liberation Sans',
        sansSerifFamily: 'Liberation Sans',
      },
    });
    const png = new Uint8Array(image.asPng());
    if (image.width !== width || image.height !== height)
      throw new Error(`rasterised to ${image.width}×${image.height}, asked for ${width}×${height}`);
    return png;
  },
};
