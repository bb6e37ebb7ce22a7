import type { Language } from '../model/vocabulary';
import type { ViewOptions } from './view';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'docx', 'html', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type PageSize = 'a4' | 'a3';

/** Page sizes in millimetres, portrait. */
export const PAGE_MM: Readonly<Record<PageSize, { readonly width: number; readonly height: number }>> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
};

/** The margin around a diagram on a page, in millimetres. */
export const PAGE_MARGIN_MM = 12;

/** What a diagram shows and how. */
export interface DiagramOptions extends ViewOptions {
  readonly lang: Language;
  /** A finding count badge on each body with findings. */
  readonly badges: boolean;
  readonly legend: boolean;
  /** Show funding lines of the date's year. */
  readonly funding: boolean;
  /** For the title block: when the map was saved or its version, in words. */
  readonly version?: string;
}

/** The bytes of the fonts the PDF embeds and the PNG rasteriser uses (Liberation Sans). */
export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}
