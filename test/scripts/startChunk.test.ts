import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { startChunkGroup } from '../../scripts/build/startChunk';

/** A module graph of static imports: id → what it imports. */
function contextOf(graph: Record<string, string[]>): ChunkingContext {
  return { getModuleInfo: (id) => (id in graph ? ({ id, importedIds: graph[id] } as unknown as ModuleInfo) : null) };
}

const graph = {
  'index.html': ['main.tsx'],
  'main.tsx': ['react-dom', 'editor.ts'],
  'editor.ts': ['yjs'],
  'bare.html': ['bare.tsx'],
  'bare.tsx': ['react-dom'],
  'react-dom': ['react'],
  react: [],
  yjs: [],
  'lazyPanel.tsx': ['yjs'],
};

describe('startChunkGroup', () => {
  it('puts every module the editor loads at start into one chunk when it is the only page', () => {
    const group = startChunkGroup('index.html', []);
    const ctx = contextOf(graph);
    expect(['main.tsx', 'editor.ts', 'yjs', 'react-dom', 'react'].map((id) => group.name(id, ctx))).toEqual(['start', 'start', 'start', 'start', 'start']);
    expect(group.tags).toEqual(['$initial']);
  });

  it('keeps what another page also loads in a chunk of its own, and leaves that page’s own modules alone', () => {
    const group = startChunkGroup('index.html', ['bare.html']);
    const ctx = contextOf(graph);
    expect(group.name('main.tsx', ctx)).toBe('start');
    expect(group.name('yjs', ctx)).toBe('start');
    expect(group.name('react-dom', ctx)).toBe('shared');
    expect(group.name('react', ctx)).toBe('shared');
    expect(group.name('bare.tsx', ctx)).toBeNull();
  });

  it('leaves modules the editor does not load at start to rolldown', () => {
    const group = startChunkGroup('index.html', ['bare.html']);
    expect(group.name('lazyPanel.tsx', contextOf(graph))).toBeNull();
  });
});
