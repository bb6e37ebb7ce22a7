/**
 * F6 / Shift+F6: focus moves between the window's regions — the toolbar (header), the
 * map, the side panel and the time control — as in Office and the browsers, so that a
 * keyboard user does not Tab through fifty controls to get from one to the next. The
 * regions are found by their landmarks, in the order they appear, so that a rebuilt
 * toolbar or a new region takes part without being listed here.
 */

import { cycleIndex } from './cycleIndex';

const REGIONS = 'header, [role="banner"], .canvas, aside, [role="complementary"], footer, [role="contentinfo"]';
const TABBABLE = 'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where focus last was in each region, to go back there. */
const lastFocus = new WeakMap<Element, HTMLElement>();

const shown = (el: Element): boolean => el.getClientRects().length > 0;

/** The regions of the window, outermost only, in document order. */
export function focusRegions(root: ParentNode = document): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(REGIONS)].filter((el) => shown(el) && !el.closest('[role="dialog"]'));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

function inView(el: Element, frame: DOMRect): boolean {
  const r = el.getBoundingClientRect();
  return r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
}

/** What to focus in a region: on the map the selected body or one in view; elsewhere where focus last was, else the first control; else the region itself. */
function focusTarget(region: HTMLElement): HTMLElement {
  if (region.matches('.canvas')) {
    const frame = region.getBoundingClientRect();
    const selected = region.querySelector<HTMLElement>('.react-flow__node.selected');
    if (selected) return selected;
    const last = lastFocus.get(region);
    if (last?.isConnected && region.contains(last) && inView(last, frame)) return last;
    const visible = [...region.querySelectorAll<HTMLElement>('.react-flow__node')].find((n) => inView(n, frame));
    if (visible) return visible;
  } else {
    const last = lastFocus.get(region);
    if (last?.isConnected && region.contains(last) && shown(last)) return last;
    const first = [...region.querySelectorAll<HTMLElement>(TABBABLE)].find(shown);
    if (first) return first;
  }
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  return region;
}

/** Moves focus to the next (or previous) region; false when there is none to move to (a dialog has focus). */
export function cycleRegions(backwards: boolean): boolean {
  const active = document.activeElement;
  if (active?.closest('[role="dialog"]')) return false;
  const regions = focusRegions();
  const at = regions.findIndex((r) => active !== null && r.contains(active));
  const next = regions[cycleIndex(at, regions.length, backwards)];
  if (!next) return false;
  focusTarget(next).focus();
  return true;
}

/** Keeps track of where focus is in each region, so F6 comes back to it. */
export function trackRegionFocus(): () => void {
  const onFocus = (e: FocusEvent): void => {
    const el = e.target as HTMLElement | null;
    if (!el || !(el instanceof HTMLElement)) return;
    const region = focusRegions().find((r) => r.contains(el));
    if (region && region !== el) lastFocus.set(region, el);
  };
  document.addEventListener('focusin', onFocus);
  return () => document.removeEventListener('focusin', onFocus);
}
