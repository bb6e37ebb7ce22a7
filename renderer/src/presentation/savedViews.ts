import { z } from 'zod';
import type { NewView } from '../../../shared/commands/types';
import type { Body, SavedView } from '../../../shared/model/types';
import { BODY_KINDS, LEVELS, type BodyKind, type Level } from '../../../shared/model/vocabulary';
import { isIsoDate } from '../../../shared/time/isoDate';
import { idIn, idsIn } from '../modelIds';

export type { SavedView };

/** What a view is taken from: the editor's state and the canvas's viewport and size. */
export interface ViewSource {
  readonly asOf: string;
  readonly selectedBodies: readonly string[];
  /** The map the selection is in: its ids are looked up there. */
  readonly model: { readonly bodies: ReadonlyMap<string, Body> };
  readonly levels: ReadonlySet<Level>;
  readonly kind: BodyKind | 'all';
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number };
  readonly canvas: { readonly width: number; readonly height: number };
}

/**
 * The view the canvas shows now, under a name, as a new element of the map: the canvas point
 * at the centre of the screen and the zoom (so it fits a screen of another size), the first
 * selected body as its focus.
 */
export function captureView(name: string, order: number, s: ViewSource): NewView {
  const zoom = s.viewport.zoom > 0 ? s.viewport.zoom : 1;
  return {
    name,
    asOf: s.asOf,
    viewport: { x: (s.canvas.width / 2 - s.viewport.x) / zoom, y: (s.canvas.height / 2 - s.viewport.y) / zoom, zoom },
    focus: idIn(s.model.bodies, s.selectedBodies[0]),
    filters: { levels: LEVELS.filter((l) => s.levels.has(l)), kind: s.kind, showFunding: s.showFunding, showDecidedBy: s.showDecidedBy },
    order,
  };
}

/** The map's views in presentation order (ties, as after a merge, by id so every copy agrees). */
export function inOrder(views: ReadonlyMap<string, SavedView>): SavedView[] {
  return [...views.values()].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The order changes that move the view at `from` to `to` and number all of them 0…n-1 (one batch, one undo step). */
export function reordered(views: readonly SavedView[], from: number, to: number): { id: SavedView['id']; order: number }[] {
  if (from < 0 || to < 0 || from >= views.length || to >= views.length) return [];
  const list = [...views];
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved as SavedView);
  return list.flatMap((v, order) => (v.order === order ? [] : [{ id: v.id, order }]));
}

/** The next step and the one before, staying within the list (no wrapping: a talk has an end). */
export function stepTo(current: number, delta: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(count - 1, Math.max(0, current + delta));
}

const finite = z.number().refine(Number.isFinite);
/** A view as the version before kept it in the browser's storage (a framed box, the selection). */
const legacyViewSchema = z.object({
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
 * The views the version before kept in storage, as new elements of the map: the box's centre
 * and the zoom that fits it on `canvas`, the first selected body that still exists as focus.
 * A view that does not read as one is left out (storage is an edge: anything can be there).
 */
export function legacyViews(text: string | null, canvas: { width: number; height: number }, bodies: ReadonlyMap<string, Body>, firstOrder: number): NewView[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const parsed = data.flatMap((v) => {
    const one = legacyViewSchema.safeParse(v);
    return one.success ? [one.data] : [];
  });
  return parsed.map((v, i) => {
    const fit = canvas.width > 0 && canvas.height > 0 ? Math.min(canvas.width / v.box.width, canvas.height / v.box.height) : 1;
    const zoom = Math.min(100, Math.max(0.01, fit));
    return {
      name: v.name.trim() || `${i + 1}`,
      asOf: v.asOf,
      viewport: { x: v.box.x + v.box.width / 2, y: v.box.y + v.box.height / 2, zoom },
      focus: idsIn(bodies, v.selectedBodies)[0] ?? null,
      filters: { levels: v.levels, kind: v.kind, showFunding: v.showFunding, showDecidedBy: v.showDecidedBy },
      order: firstOrder + i,
    };
  });
}
