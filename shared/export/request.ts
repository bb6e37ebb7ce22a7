import { analyse } from '../analysis/analyse';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language, Level } from '../model/vocabulary';
import { diagramScene } from './diagram';
import type { ExportFormat, PageChoice } from './options';
import type { Scene } from './scene';

/** How big a PNG is: a multiple of the diagram's own size, or a page at a resolution. */
export type PngSize = { readonly scale: number } | { readonly dpi: number };

/** Everything the Export dialog and `mandat export` ask. */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly asOf: IsoDate;
  readonly lang: Language;
  readonly levels?: readonly Level[];
  readonly selection?: readonly string[];
  /** 'auto' picks the page and which way round (landscape is then ignored). */
  readonly page: PageChoice;
  readonly landscape: boolean;
  readonly png: PngSize;
  readonly transparent: boolean;
  readonly legend: boolean;
  readonly badges: boolean;
  readonly funding: boolean;
  /** The governing documents in the diagram (default false). */
  readonly documents?: boolean;
  /** The findings in the report and the spreadsheet. */
  readonly findings: boolean;
  /** The comments in the report (default false). */
  readonly comments?: boolean;
  /** Today, for the title page. */
  readonly date: IsoDate;
  /** For the title block: when the map was saved, or its version. */
  readonly version?: string;
}

/** The diagram of a request: the map on the date with the chosen filters. */
export function requestScene(model: MandatModel, request: ExportRequest): Scene {
  const result = analyse(model, { asOf: request.asOf });
  const scene = diagramScene(model, result.findings, {
    asOf: request.asOf,
    lang: request.lang,
    ...(request.levels ? { levels: request.levels } : {}),
    ...(request.selection ? { selection: request.selection } : {}),
    badges: request.badges,
    legend: request.legend,
    funding: request.funding,
    ...(request.documents ? { documents: true } : {}),
    ...(request.version ? { version: request.version } : {}),
  });
  return request.transparent ? { ...scene, background: null } : scene;
}
