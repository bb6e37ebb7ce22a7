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
