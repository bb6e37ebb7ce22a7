import type { ExportRequest } from '../../../shared/export/exportMap';
import { FORMAT_EXTENSION, type Arrangement, type ExportFormat, type PageChoice, type TileSize } from '../../../shared/export/options';
import type { Language, Level } from '../../../shared/model/vocabulary';

/** What the user chose in the Export dialog; kept for the next export in this session. */
export interface ExportChoices {
  readonly format: ExportFormat;
  /** 'auto' (PDF only): the smallest page on which body names print at 8 pt or more. */
  readonly page: PageChoice;
  readonly landscape: boolean;
  /** '1', '2' (times the diagram's size) or 'page' (the page at 300 dpi). */
  readonly pngSize: '1' | '2' | 'page';
  readonly transparent: boolean;
  readonly onlySelection: boolean;
  readonly levels: readonly Level[];
  readonly legend: boolean;
  readonly badges: boolean;
  readonly funding: boolean;
  /** The governing documents in the diagram, as the canvas shows them. */
  readonly documents: boolean;
  readonly findings: boolean;
  /** The comments in the report. */
  readonly comments: boolean;
  readonly lang: Language;
  /** Where the bodies stand: as on the map, or in ELK's layers. */
  readonly arrangement: Arrangement;
  /** A PDF as one page, or as a poster on A4 or A3 sheets. */
  readonly tiles: TileSize | 'none';
  readonly decidedBy: boolean;
  /** One page per body after the diagram (PDF and Word). */
  readonly bodyPages: boolean;
}

let remembered: Partial<ExportChoices> = {};

/** The choices to start the dialog with: the last ones, else what suits a meeting document. */
export function initialChoices(lang: Language, levels: readonly Level[]): ExportChoices {
  return {
    format: 'pdf',
    page: 'auto',
    landscape: true,
    pngSize: '2',
    transparent: false,
    onlySelection: false,
    legend: true,
    badges: true,
    funding: false,
    documents: false,
    findings: true,
    comments: false,
    arrangement: 'map',
    tiles: 'none',
    decidedBy: false,
    bodyPages: false,
    ...remembered,
    levels,
    lang: remembered.lang ?? lang,
  };
}

export function rememberChoices(c: ExportChoices): void {
  remembered = c;
}

/** The next dialog starts with *Bara markerade organ* on (a focus view exported as its own page). */
export function preferOnlySelection(): void {
  remembered = { ...remembered, onlySelection: true };
}

/** The request for shared/export from the dialog's choices and the editor's state. */
export function requestOf(c: ExportChoices, asOf: string, selection: readonly string[], date: string, version: string): ExportRequest {
  return {
    format: c.format,
    asOf,
    lang: c.lang,
    levels: c.levels,
    ...(c.onlySelection && selection.length > 0 ? { selection } : {}),
    // A page PNG at 300 dpi of A0 would be some 140 million pixels: 'auto' is for the PDF.
    page: c.page === 'auto' && c.format !== 'pdf' ? 'a4' : c.page,
    landscape: c.landscape,
    png: c.pngSize === 'page' ? { dpi: 300 } : { scale: Number(c.pngSize) },
    transparent: c.transparent,
    legend: c.legend,
    badges: c.badges,
    funding: c.funding,
    ...(c.documents ? { documents: true } : {}),
    findings: c.findings,
    ...(c.format === 'docx' && c.comments ? { comments: true } : {}),
    ...(c.arrangement !== 'map' ? { arrangement: c.arrangement } : {}),
    ...(c.format === 'pdf' && c.tiles !== 'none' ? { tiles: c.tiles } : {}),
    ...(c.decidedBy ? { decidedBy: true } : {}),
    ...((c.format === 'pdf' || c.format === 'docx') && c.bodyPages ? { bodyPages: true } : {}),
    date,
    ...(version ? { version } : {}),
  };
}

/** A file name for the export: the map's name, the date shown, the right extension. */
export function exportFileName(mapName: string, asOf: string, format: ExportFormat): string {
  const base = (mapName || 'karta').replace(/[\\/:*?"<>|]+/g, '-').trim() || 'karta';
  return `${base} ${asOf}.${FORMAT_EXTENSION(format)}`;
}
