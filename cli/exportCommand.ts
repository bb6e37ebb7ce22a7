import { extname } from 'node:path';
import { exportMap, type ExportRequest, type PngSize } from '../shared/export/exportMap';
import { ARRANGEMENTS, EXPORT_FORMATS, PAGE_SIZES, TILE_SIZES, type Arrangement, type ExportFormat, type PageChoice, type TileSize } from '../shared/export/options';
import { planPage } from '../shared/export/compactPage';
import { pageWarning } from '../shared/export/pageFit';
import { drawnNames, glyphWarning, type DrawnWith } from '../shared/export/glyphs';
import { requestPositions, requestScene } from '../shared/export/request';
import { say } from '../shared/i18n/text';
import { planTiles, posterTooSmall } from '../shared/export/pdfTiles';
import { openMapDocument } from '../shared/file/open';
import { readModel } from '../shared/model/document';
import { LEVELS, type Language, type Level } from '../shared/model/vocabulary';
import { isIsoDate, isValidOn, today } from '../shared/time/isoDate';
import type { BodyId } from '../shared/model/ids';
import type { Body } from '../shared/model/types';
import { writeFileAtomic } from './atomicWrite';
import { loadMap } from './loadMap';
import { inputError } from './messages';
import { repairNotes } from './repairNotes';
import { cliExportHost } from './rasterise';
import { writeError } from './writeError';

export interface ExportArgs {
  readonly file: string;
  readonly output?: string;
  readonly format?: string;
  readonly asOf?: string;
  readonly lang: Language | null;
  readonly page?: string;
  readonly landscape?: boolean;
  readonly only?: string;
  readonly select?: string;
  readonly scale?: string;
  readonly dpi?: string;
  readonly transparent?: boolean;
  readonly noLegend?: boolean;
  readonly noBadges?: boolean;
  readonly noFindings?: boolean;
  readonly funding?: boolean;
  readonly comments?: boolean;
  /** --layout map|layered */
  readonly layout?: string;
  /** --tiles a4|a3 */
  readonly tiles?: string;
  readonly bodyPages?: boolean;
  readonly decidedBy?: boolean;
  /** --documents: the governing documents in the diagram, as the window's export option `documents`. */
  readonly documents?: boolean;
  /** Where the lines about repairs made while reading go (stderr on the command line). */
  readonly note?: (line: string) => void;
}

function formatOf(a: ExportArgs, output: string): ExportFormat {
  const given = a.format ?? extname(output).slice(1).toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(given)) return given as ExportFormat;
  if (a.format === undefined)
    throw inputError(`Ange formatet med --format ${EXPORT_FORMATS.join('|')} (filnamnet ${output} säger inte vilket).`, `Give the format with --format ${EXPORT_FORMATS.join('|')} (the name ${output} does not say which).`);
  throw inputError(`--format ska vara ett av ${EXPORT_FORMATS.join(', ')}, inte "${given}".`, `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${given}".`);
}

function levelsOf(only: string | undefined): Level[] | undefined {
  if (only === undefined) return undefined;
  const words = only.split(',').map((w) => w.trim()).filter(Boolean);
  const wrong = words.filter((w) => !(LEVELS as readonly string[]).includes(w));
  if (wrong.length > 0 || words.length === 0)
    throw inputError(`--only tar nivåer bland ${LEVELS.join(', ')}, inte "${only}".`, `--only takes levels among ${LEVELS.join(', ')}, not "${only}".`);
  return words as Level[];
}

function pngSizeOf(a: ExportArgs): PngSize {
  if (a.scale !== undefined && a.dpi !== undefined) throw inputError('Ange --scale eller --dpi, inte båda.', 'Give --scale or --dpi, not both.');
  if (a.dpi !== undefined) {
    const dpi = Number(a.dpi);
    if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600) throw inputError(`--dpi ska vara ett heltal 72–600, inte "${a.dpi}".`, `--dpi must be a whole number 72–600, not "${a.dpi}".`);
    return { dpi };
  }
  const scale = Number(a.scale ?? '1');
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) throw inputError(`--scale ska vara ett tal över 0 och högst 8, inte "${a.scale}".`, `--scale must be a number above 0 and at most 8, not "${a.scale}".`);
  return { scale };
}

const PAGE_WORDS = [...PAGE_SIZES, 'auto'].join('|');

/** --page: a size, or auto; by default auto for a PDF (names at 8 pt or more) and A4 for a page PNG. */
function pageOf(a: ExportArgs, format: ExportFormat): PageChoice {
  if (a.page === undefined) return format === 'pdf' ? 'auto' : 'a4';
  const page = a.page.toLowerCase();
  if (page === 'auto' || (PAGE_SIZES as readonly string[]).includes(page)) return page as PageChoice;
  throw inputError(`--page ska vara ${PAGE_WORDS}, inte "${a.page}".`, `--page must be ${PAGE_WORDS}, not "${a.page}".`);
}

/** --layout: 'map' (the default) or 'layered'. */
function arrangementOf(layout: string | undefined): Arrangement {
  if (layout === undefined) return 'map';
  if ((ARRANGEMENTS as readonly string[]).includes(layout)) return layout as Arrangement;
  throw inputError(`--layout ska vara ${ARRANGEMENTS.join('|')}, inte "${layout}".`, `--layout must be ${ARRANGEMENTS.join('|')}, not "${layout}".`);
}

/** --tiles: a sheet size for a poster PDF. */
function tilesOf(tiles: string | undefined, format: ExportFormat): TileSize | undefined {
  if (tiles === undefined) return undefined;
  if (format !== 'pdf') throw inputError('--tiles gäller bara pdf.', '--tiles applies to pdf only.');
  const size = tiles.toLowerCase();
  if ((TILE_SIZES as readonly string[]).includes(size)) return size as TileSize;
  throw inputError(`--tiles ska vara ${TILE_SIZES.join('|')}, inte "${tiles}".`, `--tiles must be ${TILE_SIZES.join('|')}, not "${tiles}".`);
}

/** `mandat export FILE --format … -o OUT`: the diagram, the report or the membership matrix. */
export async function runExport(a: ExportArgs): Promise<string> {
  if (!a.output) throw inputError('Ange vart exporten ska sparas med -o UT.', 'Say where to save the export with -o OUT.');
  const output = a.output;
  const format = formatOf(a, output);
  const asOf = a.asOf ?? today();
  if (!isIsoDate(asOf)) throw inputError(`--as-of ska vara ett datum ÅÅÅÅ-MM-DD, inte "${asOf}".`, `--as-of must be a date YYYY-MM-DD, not "${asOf}".`);
  const page = pageOf(a, format);
  const arrangement = arrangementOf(a.layout);
  const tiles = tilesOf(a.tiles, format);
  const levels = levelsOf(a.only);
  const png = pngSizeOf(a);
  const loaded = await loadMap(a.file);
  for (const line of repairNotes(loaded.repairs, a.lang ?? loaded.model.settings.language)) a.note?.(line);
  const model = loaded.yjsState ? readModel(openMapDocument(loaded.model, loaded.yjsState).doc) : loaded.model;
  const selection = a.select?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = (selection ?? []).filter((id) => !model.bodies.has(id));
  if (unknown.length > 0) throw inputError(`--select: inget organ med id ${unknown.join(', ')}.`, `--select: no body with id ${unknown.join(', ')}.`);
  // A selected body not in force on the date is drawn by no export: said on stderr (with none left the file is a "nothing to show" page, as asked).
  const outOfDate = (selection ?? []).filter((id) => !isValidOn(model.bodies.get(id as BodyId) as Body, asOf));
  if (outOfDate.length > 0) {
    const lang = a.lang ?? model.settings.language;
    const spans = outOfDate.map((id) => {
      const b = model.bodies.get(id as BodyId) as Body;
      return `${b.shortName || b.name} (${b.validFrom ?? '…'}–${b.validTo ?? '…'})`;
    });
    const sv = `--select: ${spans.join(', ')} gäller inte ${asOf}; ange ett datum då ${outOfDate.length === 1 ? 'det gäller' : 'de gäller'} med --as-of.`;
    const en = `--select: ${spans.join(', ')} ${outOfDate.length === 1 ? 'is' : 'are'} not in force on ${asOf}; give a date when ${outOfDate.length === 1 ? 'it is' : 'they are'} with --as-of.`;
    a.note?.(lang === 'sv' ? sv : en);
  }
  const request: ExportRequest = {
    format,
    asOf,
    lang: a.lang ?? model.settings.language,
    ...(levels ? { levels } : {}),
    ...(selection && selection.length > 0 ? { selection } : {}),
    page,
    landscape: a.landscape ?? false,
    png,
    transparent: a.transparent ?? false,
    legend: !a.noLegend,
    badges: !a.noBadges,
    funding: a.funding ?? false,
    findings: !a.noFindings,
    comments: a.comments ?? false,
    date: today(),
    ...(arrangement !== 'map' ? { arrangement } : {}),
    ...(tiles ? { tiles } : {}),
    ...(a.bodyPages ? { bodyPages: true } : {}),
    ...(a.decidedBy ? { decidedBy: true } : {}),
    ...(a.documents ? { documents: true } : {}),
  };
  // Where the diagram is drawn with the export font alone: characters it lacks are said on stderr.
  const drawn: DrawnWith | null = format === 'pdf' || format === 'png' || format === 'docx' ? format : null;
  // Undefined where the saved positions are drawn as they are.
  const positions = drawn ? await requestPositions(model, request) : undefined;
  if (drawn) {
    const glyphs = glyphWarning(requestScene(model, request, positions), drawn, drawnNames(model));
    if (glyphs) a.note?.(say(glyphs, request.lang));
  }
  // Names that print below 8 pt are said on stderr; the file is still written, as asked.
  if (format === 'pdf' || (format === 'png' && 'dpi' in png)) {
    if (tiles) {
      const plan = planTiles(requestScene(model, request, positions), tiles);
      if (!plan.fits) a.note?.(say(posterTooSmall(plan.namePt ?? 0), request.lang));
    } else {
      // A PDF page where the compact layout reads at 8 pt needs no warning (compactPage.ts).
      const fitted = format === 'pdf' ? planPage(model, request, positions) : null;
      const warning = fitted?.fits ? null : pageWarning(requestScene(model, request, positions), page, request.landscape);
      if (warning) a.note?.(say(warning, request.lang));
    }
  }
  const file = await exportMap(model, request, cliExportHost);
  try {
    writeFileAtomic(output, file.bytes);
  } catch (e) {
    writeError(output, e);
  }
  return `${output}\n`;
}
