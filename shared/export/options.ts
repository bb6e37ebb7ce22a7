import type { Language } from '../model/vocabulary';
import type { ViewOptions } from './view';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'docx', 'html', 'xlsx', 'csv', 'followup'] as const;
/** The file extension of each format: the follow-up report is a Word document too. */
export const FORMAT_EXTENSION = (format: (typeof EXPORT_FORMATS)[number]): string => (format === 'followup' ? 'docx' : format);
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** ISO 216 A sizes, smallest first (the order an automatic choice tries them). */
export const PAGE_SIZES = ['a4', 'a3', 'a2', 'a1', 'a0'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** A page size, or 'auto': the smallest page (either way round) on which body names print at 8 pt or more. */
export type PageChoice = PageSize | 'auto';

/** Page sizes in millimetres, portrait. */
export const PAGE_MM: Readonly<Record<PageSize, { readonly width: number; readonly height: number }>> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  a2: { width: 420, height: 594 },
  a1: { width: 594, height: 841 },
  a0: { width: 841, height: 1189 },
};

/** The margin around a diagram on a page, in millimetres. */
export const PAGE_MARGIN_MM = 12;

/**
 * Where an export puts the bodies: where they stand on the canvas ('map'), or laid out by
 * ELK's layered algorithm ('layered', layeredArrangement.ts): the organisation's levels as
 * rows, fullmäktige on top, each row ordered so that as few lines cross as ELK can find.
 */
export const ARRANGEMENTS = ['map', 'layered'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

/** Poster printing: the diagram on several sheets of this size, names at 8 pt or more (pdfTiles.ts). */
export const TILE_SIZES = ['a4', 'a3'] as const;
export type TileSize = (typeof TILE_SIZES)[number];

/** What a diagram shows and how. */
export interface DiagramOptions extends ViewOptions {
  readonly lang: Language;
  /** A finding count badge on each body with findings. */
  readonly badges: boolean;
  readonly legend: boolean;
  /** Show funding lines of the date's year. */
  readonly funding: boolean;
  /** The governing documents in force on the date, as the canvas shows them (default false). */
  readonly documents?: boolean;
  /** Decided-by lines, as the canvas's toggle draws them (default false). */
  readonly decidedBy?: boolean;
  /** For the title block: when the map was saved or its version, in words. */
  readonly version?: string;
  /** Narrower boxes, names at full size on up to three lines (the compact page, compactPage.ts); default false. */
  readonly compact?: boolean;
}

/** The bytes of the fonts the PDF embeds and the PNG rasteriser uses (Liberation Sans). */
export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}
