/**
 * What the browser benchmark (browser.ts) runs inside the page. `installBenchHelpers` is
 * given to Playwright as an init script, so it runs in every document before the page's
 * own scripts and leaves `window.__bench`; the benchmark then calls those helpers with
 * page.evaluate. Everything here must be self-contained: Playwright sends the function's
 * source text, not its closure.
 *
 * Type-checked with the DOM in test/e2e/tsconfig.json, like the browser tests.
 */

/** When a map counts as drawn (see `watchDrawn`). */
export interface DrawnSpec {
  /** The data-id of a node of the map; without it, any node. It must be in the DOM and not hidden. */
  readonly node?: string;
  /** The data-id of an edge of the map, which must be in the DOM too. */
  readonly edge?: string;
  /** Also wait for the findings tab to show its count "(N)". */
  readonly findings?: boolean;
}

/** Times on the page's clock (ms since navigation start) at which a map became drawn. */
export interface Drawn {
  /** The DOM had what DrawnSpec asks for (at the end of the commit that put it there). */
  readonly dom: number;
  /** The next animation frame began. */
  readonly frame: number;
  /** That frame was rendered: the first task after it. */
  readonly painted: number;
  /** Nodes and edges in the DOM then. */
  readonly nodes: number;
  readonly edges: number;
}

export interface DragTarget {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly transform: string;
}

export interface EditResult {
  readonly ms: number;
  readonly before: string;
  readonly after: string;
}

export interface BenchHelpers {
  /** Starts watching for a drawn map; the promise is kept in `drawn`. */
  watchDrawn(spec: DrawnSpec): void;
  drawn: Promise<Drawn> | null;
  /** Keeps a text in the page (sent once, before anything is timed). */
  text: string;
  /** Drops `text` as a file on the editor's window, as the browser tests do; returns the time of the drop. */
  dropText(fileName: string): number;
  /** Posts `text` to the bare page; returns the time of posting. */
  postText(): number;
  /**
   * Resolves once the editor's idle autosave has written a copy after `since` (page clock):
   * true, or false after `timeoutMs`. The copy's text is made in a worker, which the frames
   * of `quiet` do not show; on two cores it slows what the main thread does meanwhile.
   */
  autosavedSince(since: number, timeoutMs: number): Promise<boolean>;
  /** Resolves once `frames` animation frames in a row came within `limitMs` of each other (or after `timeoutMs`). */
  quiet(frames: number, limitMs: number, timeoutMs: number): Promise<boolean>;
  /** Starts recording animation frame timestamps. */
  startFrames(): void;
  /** Waits `after` more frames, stops recording and returns the intervals between frames. */
  stopFrames(after: number): Promise<number[]>;
  /** A node near the left of the canvas with room to drag it right and down; the canvas is `selector`. */
  pickNode(selector: string): DragTarget;
  /** The CSS transform of a node now. */
  transformOf(id: string): string;
  /** Clicks the button named `button` and resolves when the findings tab's count has changed. */
  editToFindings(button: string, timeoutMs: number): Promise<EditResult>;
  /**
   * Clicks the button named `button`, then watches the main thread for `forMs`: resolves with
   * the longest task (over 50 ms, as Chromium's long tasks are; 0 for none) that began then.
   */
  longestTaskAfter(button: string, forMs: number): Promise<number>;
}

export interface BenchWindow {
  __bench: BenchHelpers;
}

/** The init script: defines `window.__bench`. */
export function installBenchHelpers(): void {
  const findingsTab = (): Element | undefined =>
    [...document.querySelectorAll('[role=tab]')].find((t) => /^(Fynd|Findings)/.test((t.textContent ?? '').trim()));
  const countIn = (text: string): string => /\((\d+)\)/.exec(text)?.[1] ?? '';
  const nodeById = (id: string): HTMLElement | null => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  // The toolbar's buttons are icons named by aria-label; others by their text.
  const buttonNamed = (name: string): HTMLButtonElement | undefined => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);

  let frames: number[] = [];
  let recording = false;
  const record = (t: number): void => {
    if (!recording) return;
    frames.push(t);
    requestAnimationFrame(record);
  };

  const helpers: BenchHelpers = {
    drawn: null,
    text: '',
    watchDrawn(spec) {
      const isDrawn = (): boolean => {
        if (spec.node) {
          const node = nodeById(spec.node);
          // React Flow hides a node (inline style) until it has its size.
          if (!node || node.style.visibility === 'hidden') return false;
        } else if (!document.querySelector('.react-flow__node')) return false;
        if (spec.edge && !document.querySelector(`.react-flow__edge[data-id="${CSS.escape(spec.edge)}"]`)) return false;
        if (spec.findings && countIn(findingsTab()?.textContent ?? '') === '') return false;
        return true;
      };
      helpers.drawn = new Promise<Drawn>((resolve) => {
        const done = (): void => {
          const dom = performance.now();
          requestAnimationFrame(() => {
            const frame = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({
                dom,
                frame,
                painted: performance.now(),
                nodes: document.querySelectorAll('.react-flow__node').length,
                edges: document.querySelectorAll('.react-flow__edge').length,
              });
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => {
          if (!isDrawn()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style'] });
      });
    },
    dropText(fileName) {
      const data = new DataTransfer();
      data.items.add(new File([helpers.text], fileName, { type: 'application/json' }));
      const target = document.querySelector('.app');
      if (!target) throw new Error('no .app element to drop on');
      const t0 = performance.now();
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      return t0;
    },
    postText() {
      const t0 = performance.now();
      window.postMessage(helpers.text, location.origin);
      return t0;
    },
    autosavedSince(since, timeoutMs) {
      return new Promise<boolean>((resolve) => {
        const started = performance.now();
        const poll = (): void => {
          // The mark the editor makes (renderer/src/autosaveLoop.ts AUTOSAVED_MARK).
          if (performance.getEntriesByName('mandat:autosaved', 'mark').some((m) => m.startTime > since)) resolve(true);
          else if (performance.now() - started > timeoutMs) resolve(false);
          else setTimeout(poll, 50);
        };
        poll();
      });
    },
    quiet(count, limitMs, timeoutMs) {
      return new Promise<boolean>((resolve) => {
        const started = performance.now();
        let last = -1;
        let calm = 0;
        const tick = (t: number): void => {
          calm = last >= 0 && t - last <= limitMs ? calm + 1 : 0;
          last = t;
          if (calm >= count) resolve(true);
          else if (t - started > timeoutMs) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    startFrames() {
      frames = [];
      recording = true;
      requestAnimationFrame(record);
    },
    stopFrames(after) {
      return new Promise<number[]>((resolve) => {
        let left = after;
        const tick = (): void => {
          if (--left > 0) {
            requestAnimationFrame(tick);
            return;
          }
          recording = false;
          resolve(frames.slice(1).map((t, i) => t - (frames[i] as number)));
        };
        requestAnimationFrame(tick);
      });
    },
    pickNode(selector) {
      const canvas = document.querySelector(selector)?.getBoundingClientRect();
      if (!canvas) throw new Error(`no ${selector}`);
      const dx = canvas.width * 0.3;
      const dy = canvas.height * 0.15;
      // Aim a little left of the middle, above it; the drag must end inside the canvas and
      // clear of the minimap and the controls.
      const aimX = canvas.left + canvas.width * 0.45;
      const aimY = canvas.top + canvas.height * 0.35;
      const panels = [...document.querySelectorAll('.react-flow__minimap, .react-flow__controls')].map((e) => e.getBoundingClientRect());
      const clear = (x: number, y: number): boolean =>
        x > canvas.left + 10 && x < canvas.right - 10 && y > canvas.top + 10 && y < canvas.bottom - 10 && panels.every((r) => x < r.left - 10 || x > r.right + 10 || y < r.top - 10 || y > r.bottom + 10);
      const candidates: { node: HTMLElement; rect: DOMRect; distance: number }[] = [];
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const rect = node.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        if (rect.width < 2 || rect.height < 2 || !clear(x, y) || !clear(x + dx, y + dy)) continue;
        candidates.push({ node, rect, distance: Math.hypot(x - aimX, y - aimY) });
      }
      candidates.sort((a, b) => a.distance - b.distance);
      // The mouse goes to whole pixels; the pixel must hit the node itself, not one of its
      // handles (which at a small zoom cover much of it) nor an edge or a label over it.
      for (const { node, rect } of candidates.slice(0, 50)) {
        for (let y = Math.ceil(rect.top); y < rect.bottom; y++) {
          for (let x = Math.ceil(rect.left + rect.width / 2 - 2); x < rect.right; x++) {
            const hit = document.elementFromPoint(x, y);
            if (hit?.closest('.react-flow__node') === node && !hit.closest('.react-flow__handle'))
              return { id: node.dataset.id ?? '', x, y, dx: Math.round(dx), dy: Math.round(dy), transform: helpers.transformOf(node.dataset.id ?? '') };
          }
        }
      }
      throw new Error('no node to drag inside the canvas');
    },
    transformOf(id) {
      return nodeById(id)?.style.transform ?? '';
    },
    editToFindings(name, timeoutMs) {
      const tab = findingsTab();
      const button = buttonNamed(name);
      if (!tab || !button) return Promise.reject(new Error(`no findings tab or no button "${name}"`));
      const before = countIn(tab.textContent ?? '');
      return new Promise<EditResult>((resolve, reject) => {
        let t0 = 0;
        const observer = new MutationObserver(() => {
          const after = countIn(tab.textContent ?? '');
          if (after === before) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms: performance.now() - t0, before, after });
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the findings count stayed ${before} for ${timeoutMs} ms after "${name}"`));
        }, timeoutMs);
        observer.observe(tab, { childList: true, subtree: true, characterData: true });
        t0 = performance.now();
        button.click();
      });
    },
    longestTaskAfter(name, forMs) {
      const button = buttonNamed(name);
      if (!button) return Promise.reject(new Error(`no button "${name}"`));
      return new Promise<number>((resolve) => {
        let longest = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
        });
        observer.observe({ type: 'longtask' });
        button.click();
        setTimeout(() => {
          for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
          observer.disconnect();
          resolve(longest);
        }, forMs);
      });
    },
  };
  (window as unknown as BenchWindow).__bench = helpers;
}
