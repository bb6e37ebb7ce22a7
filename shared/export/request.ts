import { analyse } from '../analysis/analyse';
import type { IsoDate, MandatModel, Position } from '../model/types';
import type { Language, Level } from '../model/vocabulary';
import { diagramScene } from './diagram';
import { layeredPositions } from './layeredArrangement';
import type { Arrangement, ExportFormat, PageChoice, TileSize } from './options';
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
  /** Where the bodies stand: on the canvas ('map', the default) or in ELK's layered layout. */
  readonly arrangement?: Arrangement;
  /** A PDF as a poster on several sheets of this size, names at 8 pt or more, instead of one page. */
  readonly tiles?: TileSize;
  /** A PDF (and the report) with one page per body after the diagram. */
  readonly bodyPages?: boolean;
  /** Decided-by lines (the body that decided a body's mandate → that body), as the canvas's toggle shows them. */
  readonly decidedBy?: boolean;
}

/**
 * The diagram of a request: the map on the date with the chosen filters, the bodies at
 * `positions` when given (the layered arrangement, see requestPositions), in compact
 * boxes when asked (compactPage.ts).
 */
export function requestScene(model: MandatModel, request: ExportRequest, positions?: ReadonlyMap<string, Position>, compact = false): Scene {
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
    ...(request.decidedBy ? { decidedBy: true } : {}),
    ...(request.version ? { version: request.version } : {}),
    ...(positions ? { positions } : {}),
    ...(compact ? { compact: true } : {}),
  });
  return request.transparent ? { ...scene, background: null } : scene;
}

/** What the layered arrangement depends on: the same map and these give the same places. */
function arrangementKey(request: ExportRequest): string {
  return JSON.stringify([request.asOf, request.lang, request.levels ?? [], request.selection ?? []]);
}

/** Layered places already worked out, per map snapshot (a snapshot never changes), so the preview's are the export's. */
const arranged = new WeakMap<MandatModel, Map<string, Promise<ReadonlyMap<string, Position>>>>();
const KEPT_PER_MAP = 4;

/** Where a request puts the bodies: undefined for their canvas places, ELK's layered layout when it asks for it. */
export async function requestPositions(model: MandatModel, request: ExportRequest): Promise<ReadonlyMap<string, Position> | undefined> {
  if (request.arrangement !== 'layered') return undefined;
  const key = arrangementKey(request);
  const known = arranged.get(model) ?? new Map<string, Promise<ReadonlyMap<string, Position>>>();
  arranged.set(model, known);
  const hit = known.get(key);
  if (hit) return hit;
  const work = layeredPositions(model, {
    asOf: request.asOf,
    lang: request.lang,
    ...(request.levels ? { levels: request.levels } : {}),
    ...(request.selection ? { selection: request.selection } : {}),
  });
  if (known.size >= KEPT_PER_MAP) known.delete(known.keys().next().value as string);
  known.set(key, work);
  // A failed layout is not kept: the next export tries again.
  work.catch(() => known.delete(key));
  return work;
}
