import type { GoverningDocument } from '../../../shared/model/types';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/model/vocabulary';

const DAY = 86_400_000;
/** Days since 1970 of a `YYYY-MM-DD` date. */
export const dayOf = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY;

export interface TimelineBar {
  readonly document: GoverningDocument;
  /** Share of the strip's width where the bar starts and ends, 0–1. */
  readonly from: number;
  readonly to: number;
  /** The period runs on past the strip's end (no end date). */
  readonly openEnd: boolean;
}

export interface TimelineLane {
  readonly kind: DocumentKind;
  /** The first lane of its kind carries the kind's name. */
  readonly first: boolean;
  readonly bars: readonly TimelineBar[];
}

export interface Timeline {
  /** The first and last year the strip spans (whole years). */
  readonly years: readonly [number, number];
  readonly lanes: readonly TimelineLane[];
  /** Where the map's date stands, 0–1. */
  readonly marker: number;
}

/**
 * The strip's lanes: one per kind in the vocabulary's order (the law's documents first),
 * and another lane of the kind wherever two of its periods overlap, so an overlap shows as
 * two bars above each other and a gap as empty space in a lane. A document without a start
 * starts at the strip's start; one without an end runs to its end. The strip spans the whole
 * years of every date the documents give, and the map's date.
 */
export function timelineLanes(documents: readonly GoverningDocument[], asOf: string): Timeline {
  const years: number[] = [Number(asOf.slice(0, 4))];
  for (const d of documents) for (const x of [d.validFrom, d.validTo]) if (x) years.push(Number(x.slice(0, 4)));
  const first = Math.min(...years);
  // An open period shows a year past the last date, so its bar visibly runs on.
  const last = Math.max(...years) + (documents.some((d) => d.validTo === null) ? 1 : 0);
  const start = dayOf(`${first}-01-01`);
  const span = dayOf(`${last + 1}-01-01`) - start;
  const at = (d: string): number => Math.min(1, Math.max(0, (dayOf(d) - start) / span));
  const lanes: TimelineLane[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const bars = documents
      .filter((d) => d.kind === kind)
      .map((d) => ({ document: d, from: d.validFrom ? at(d.validFrom) : 0, to: d.validTo ? at(d.validTo) + 1 / span : 1, openEnd: d.validTo === null }))
      .sort((a, b) => a.from - b.from || a.to - b.to);
    const packed: TimelineBar[][] = [];
    for (const bar of bars) {
      const lane = packed.find((l) => (l[l.length - 1] as TimelineBar).to <= bar.from);
      if (lane) lane.push(bar);
      else packed.push([bar]);
    }
    packed.forEach((l, i) => lanes.push({ kind, first: i === 0, bars: l }));
  }
  return { years: [first, last], lanes, marker: at(asOf) };
}
