import { z } from 'zod';
import { BODY_KINDS, LEVELS, type BodyKind, type Level } from '../../../shared/model/vocabulary';
import { isIsoDate } from '../../../shared/time/isoDate';

/** The part of the map a saved view frames, in canvas coordinates (so it fits any screen). */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One step of a presentation: a date, what is framed, what is selected and which filters are on. */
export interface SavedView {
  readonly id: string;
  readonly name: string;
  readonly asOf: string;
  readonly box: ViewBox;
  readonly selectedBodies: readonly string[];
  readonly levels: readonly Level[];
  readonly kind: BodyKind | 'all';
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
}

/** What a view is taken from: the editor's state and the canvas's viewport and size. */
export interface ViewSource {
  readonly asOf: string;
  readonly selectedBodies: readonly string[];
  readonly levels: ReadonlySet<Level>;
  readonly kind: BodyKind | 'all';
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number };
  readonly canvas: { readonly width: number; readonly height: number };
}

/** The view the canvas shows now, under a name. */
export function captureView(id: string, name: string, s: ViewSource): SavedView {
  const zoom = s.viewport.zoom > 0 ? s.viewport.zoom : 1;
  return {
    id,
    name,
    asOf: s.asOf,
    box: { x: -s.viewport.x / zoom, y: -s.viewport.y / zoom, width: s.canvas.width / zoom, height: s.canvas.height / zoom },
    selectedBodies: [...s.selectedBodies],
    levels: LEVELS.filter((l) => s.levels.has(l)),
    kind: s.kind,
    showFunding: s.showFunding,
    showDecidedBy: s.showDecidedBy,
  };
}

const finite = z.number().refine(Number.isFinite);
const savedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  asOf: z.string().refine(isIsoDate),
  box: z.object({ x: finite, y: finite, width: finite.refine((v) => v > 0), height: finite.refine((v) => v > 0) }),
  selectedBodies: z.array(z.string()),
  levels: z.array(z.enum(LEVELS)),
  kind: z.union([z.enum(BODY_KINDS), z.literal('all')]),
  showFunding: z.boolean(),
  showDecidedBy: z.boolean(),
});

/**
 * The saved views of a map, read from what storage held; a view that does not read as one
 * is left out rather than spoiling the others (storage is an edge: anything can be there).
 */
export function parseViews(text: string | null): SavedView[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((v) => {
    const parsed = savedViewSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The next step and the one before, staying within the list (no wrapping: a talk has an end). */
export function stepTo(current: number, delta: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(count - 1, Math.max(0, current + delta));
}
