import { text, type Text } from '../i18n/text';
import { PAGE_MARGIN_MM, PAGE_MM, PAGE_SIZES, type PageChoice, type PageSize } from './options';
import type { Scene, SceneItem } from './scene';
import { fitTransform } from './svg';

/** The smallest size at which body names can be read on paper (the issue's and print designers' floor). */
export const MIN_NAME_PT = 8;
const PT_PER_MM = 72 / 25.4;

/** A page, which way round, and how big the body names print on it. */
export interface PageReading {
  readonly page: PageSize;
  readonly landscape: boolean;
  /** The smallest body name, in points; null when the diagram shows no body. */
  readonly namePt: number | null;
}

/**
 * The smallest body-name size in the scene, in scene pixels: the largest bold text of each
 * body's group is its name (the kind above it is regular, the short name below at most
 * as large). Null for a scene without bodies.
 */
export function smallestNamePx(scene: Pick<Scene, 'items'>): number | null {
  let smallest: number | null = null;
  const largestBold = (items: readonly SceneItem[]): number => {
    let size = 0;
    for (const i of items) {
      if (i.type === 'text' && i.bold && i.text.trim() !== '') size = Math.max(size, i.size);
      else if (i.type === 'group') size = Math.max(size, largestBold(i.items));
    }
    return size;
  };
  const walk = (items: readonly SceneItem[]): void => {
    for (const i of items) {
      if (i.type !== 'group') continue;
      if (i.id.startsWith('body-')) {
        const size = largestBold(i.items);
        if (size > 0) smallest = smallest === null ? size : Math.min(smallest, size);
      } else walk(i.items);
    }
  };
  walk(scene.items);
  return smallest;
}

/** How big the body names print when the scene is fitted on this page (as the PDF fits it). */
export function readPage(scene: Scene, page: PageSize, landscape: boolean): PageReading {
  const mm = PAGE_MM[page];
  const [w, h] = landscape ? [mm.height, mm.width] : [mm.width, mm.height];
  const { scale } = fitTransform(scene, { width: w * PT_PER_MM, height: h * PT_PER_MM, margin: PAGE_MARGIN_MM * PT_PER_MM });
  const px = smallestNamePx(scene);
  return { page, landscape, namePt: px === null ? null : Math.round(px * scale * 10) / 10 };
}

const readable = (r: PageReading): boolean => r.namePt === null || r.namePt >= MIN_NAME_PT;

/**
 * The smallest A size, either way round, on which every body name prints at 8 pt or more
 * (of two orientations that both do, the one with larger names); A0 the better way round
 * when none does, with `fits` false so the caller can say so.
 */
export function autoPage(scene: Scene): PageReading & { readonly fits: boolean } {
  let last: PageReading | null = null;
  for (const page of PAGE_SIZES) {
    const both = [readPage(scene, page, true), readPage(scene, page, false)].sort((a, b) => (b.namePt ?? 0) - (a.namePt ?? 0));
    const best = both[0] as PageReading;
    if (readable(best)) return { ...best, fits: true };
    last = best;
  }
  return { ...(last as PageReading), fits: false };
}

/** The page an export uses: the one chosen, or for 'auto' the one autoPage picks. */
export function resolvePage(scene: Scene, choice: PageChoice, landscape: boolean): PageReading & { readonly fits: boolean } {
  if (choice === 'auto') return autoPage(scene);
  const r = readPage(scene, choice, landscape);
  return { ...r, fits: readable(r) };
}

/** What to say when names come out too small: a bilingual sentence, or null when they read well. */
export function pageWarning(scene: Scene, choice: PageChoice, landscape: boolean): Text | null {
  const chosen = resolvePage(scene, choice, landscape);
  if (chosen.fits || chosen.namePt === null) return null;
  const better = autoPage(scene);
  const name = (r: PageReading): string => `${r.page.toUpperCase()} ${r.landscape ? 'liggande' : 'stående'}`;
  const nameEn = (r: PageReading): string => `${r.page.toUpperCase()} ${r.landscape ? 'landscape' : 'portrait'}`;
  const pt = (n: number, comma: boolean): string => (comma ? String(n).replace('.', ',') : String(n));
  if (!better.fits)
    return text(
      `Organens namn blir ${pt(chosen.namePt, true)} pt på ${name(chosen)}, mindre än ${MIN_NAME_PT} pt, och kartan är för stor för ${MIN_NAME_PT} pt ens på A0: skriv ut den som affisch på flera blad eller dela upp den (välj organ eller nivåer).`,
      `The body names print at ${chosen.namePt} pt on ${nameEn(chosen)}, below ${MIN_NAME_PT} pt, and the map is too large for ${MIN_NAME_PT} pt even on A0: print it as a poster on several sheets or split it (choose bodies or levels).`,
    );
  return text(
    `Organens namn blir ${pt(chosen.namePt, true)} pt på ${name(chosen)}, mindre än ${MIN_NAME_PT} pt. Välj ${name(better)} (eller automatisk sidstorlek) för ${pt(better.namePt ?? MIN_NAME_PT, true)} pt, eller skriv ut som affisch på flera ${chosen.page.toUpperCase()}-blad.`,
    `The body names print at ${chosen.namePt} pt on ${nameEn(chosen)}, below ${MIN_NAME_PT} pt. Choose ${nameEn(better)} (or the automatic page size) for ${better.namePt ?? MIN_NAME_PT} pt, or print a poster on several ${chosen.page.toUpperCase()} sheets.`,
  );
}
