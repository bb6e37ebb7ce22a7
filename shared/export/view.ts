import { bandLayout } from '../layout/bandLayout';
import type { Body, FundingLine, IsoDate, MandatModel, Position, ReportingLine } from '../model/types';
import type { Level } from '../model/vocabulary';
import { isValidOn, yearOf } from '../time/isoDate';
import { nameOn } from '../time/names';

/** What an export shows: the date, and optionally only some levels or some bodies. */
export interface ViewOptions {
  readonly asOf: IsoDate;
  /** Only bodies of these levels; all levels when absent or empty. */
  readonly levels?: readonly Level[];
  /** Only these bodies (the editor's selection); all when absent or empty. */
  readonly selection?: readonly string[];
  /** Where to draw the bodies instead of their places on the canvas (a layout made for print). */
  readonly positions?: ReadonlyMap<string, Position>;
}

/** A body as it stood on the date, with its name then and the seats it had. */
export interface ViewBody {
  readonly body: Body;
  readonly name: string;
  readonly shortName: string;
  /** Regular members (not invited guests) on the date. */
  readonly members: number;
  readonly chair: string | null;
  readonly position: Position;
}

/** The part of a map an export shows, on one date. */
export interface MapView {
  readonly asOf: IsoDate;
  readonly bodies: readonly ViewBody[];
  /** Lines between two shown bodies, valid on the date. */
  readonly lines: readonly ReportingLine[];
  /** Funding in the date's year between two shown bodies. */
  readonly funding: readonly FundingLine[];
}

/** Regular members (not invited guests) and the chair of each body on the date, as the canvas and the exports show them. */
export function seatsOn(model: MandatModel, asOf: IsoDate): Map<string, { count: number; chair: string | null }> {
  const seats = new Map<string, { count: number; chair: string | null }>();
  for (const m of model.memberships.values()) {
    if (m.role === 'invited' || !isValidOn(m, asOf)) continue;
    const e = seats.get(m.body) ?? { count: 0, chair: null };
    e.count++;
    if (m.role === 'chair') e.chair = model.members.get(m.member)?.name ?? null;
    seats.set(m.body, e);
  }
  return seats;
}

/**
 * The map as it stood on `asOf`, filtered by level and selection: what the canvas shows
 * for the same date and filters. Bodies without a position get the band layout the
 * editor uses.
 */
export function mapView(model: MandatModel, options: ViewOptions): MapView {
  const { asOf } = options;
  const levels = options.levels && options.levels.length > 0 ? new Set(options.levels) : null;
  const selection = options.selection && options.selection.length > 0 ? new Set(options.selection) : null;
  const shown = [...model.bodies.values()].filter(
    (b) => isValidOn(b, asOf) && (levels === null || levels.has(b.level)) && (selection === null || selection.has(b.id)),
  );
  const fallback = shown.some((b) => b.position === null) ? bandLayout(shown) : new Map<string, Position>();
  const seats = seatsOn(model, asOf);
  const bodies = shown.map((body): ViewBody => {
    const names = nameOn(body, asOf);
    const seat = seats.get(body.id);
    return {
      body,
      name: names.name,
      shortName: names.shortName,
      members: seat?.count ?? 0,
      chair: seat?.chair ?? null,
      position: options.positions?.get(body.id) ?? body.position ?? fallback.get(body.id) ?? { x: 0, y: 0 },
    };
  });
  const ids = new Set(shown.map((b) => b.id));
  const lines = [...model.reportingLines.values()].filter((l) => isValidOn(l, asOf) && ids.has(l.from) && ids.has(l.to));
  const year = yearOf(asOf);
  const funding = [...model.fundingLines.values()].filter((f) => f.year === year && ids.has(f.funder) && ids.has(f.receiver));
  return { asOf, bodies, lines, funding };
}
