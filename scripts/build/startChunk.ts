import type { ChunkingContext } from 'rolldown';

/** What each module id is: loaded at start by the editor's page only, or also by another page of the build. */
type StartSets = { editor: Set<string>; others: Set<string> };

function staticallyReachable(ctx: ChunkingContext, entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Libraries that create Error objects while their module is evaluated: react-dom's client
 * makes five, lib0's decoding (under Yjs) two. Where an inspector is attached (the browser
 * tests, the benchmark, DevTools), V8 records the stack of every new error with line numbers,
 * and to number the frame of a chunk's top-level code it parses that chunk's whole text again.
 * In a profile of a bench start that was 120 ms of one core for the start chunk, most of what
 * evaluating it cost. Each such library gets a small chunk of its own (loaded at start beside
 * the start chunk), so that the parse is of that small chunk.
 */
export const EAGER_ERROR_LIBRARIES: readonly (readonly [chunk: string, pattern: RegExp])[] = [
  // lib0 (the errors) apart from Yjs: the parse is of lib0's 19 kB, not of Yjs's 80 kB too.
  ['lib0', /[\\/]node_modules[\\/]lib0[\\/]/],
  ['react', /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]|[\\/]renderer[\\/]src[\\/]reactRoot\.ts$/],
];

/**
 * Rolldown splits the modules the editor's page loads at start into ~30 chunks (a module
 * shared by the entry and some lazy chunk gets a chunk of its own). Each is a request, and a
 * browser fetches at most six at a time from one HTTP/1.1 host, so on a busy machine the page
 * waited for its last small chunk far longer than it ran the code. This group puts them in
 * one chunk, "start". Modules that another page of the build also loads at start (the browser
 * benchmark's bare page, `otherEntries`) go into a chunk of their own, "shared", so that the
 * other page loads none of the editor.
 */
export function startChunkGroup(editorEntry: string, otherEntries: readonly string[]) {
  let sets: StartSets | null = null;
  const setsOf = (ctx: ChunkingContext): StartSets => ({ editor: staticallyReachable(ctx, [editorEntry]), others: staticallyReachable(ctx, otherEntries) });
  return {
    debugName: 'start',
    name: (id: string, ctx: ChunkingContext): string | null => {
      sets ??= setsOf(ctx);
      if (!sets.editor.has(id)) return null;
      return sets.others.has(id) ? 'shared' : 'start';
    },
    tags: ['$initial' as const],
  };
}

/**
 * The groups of the web build: the libraries of EAGER_ERROR_LIBRARIES that the editor loads at
 * start, each in its chunk (which another page of the build may load too), then the start group for the rest. A
 * group of its own because rolldown merges a chunk that only the entry imports back into
 * the entry's chunk when the names come from one group; a group with a higher priority stays.
 */
export function startChunkGroups(editorEntry: string, otherEntries: readonly string[]) {
  const start = startChunkGroup(editorEntry, otherEntries);
  const library = {
    debugName: 'start libraries',
    priority: 1,
    name: (id: string, ctx: ChunkingContext): string | null => {
      if (start.name(id, ctx) === null) return null;
      return EAGER_ERROR_LIBRARIES.find(([, pattern]) => pattern.test(id))?.[0] ?? null;
    },
    tags: ['$initial' as const],
  };
  const groups: [typeof library, typeof start] = [library, start];
  return groups;
}
