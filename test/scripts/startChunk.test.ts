import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { startChunkGroup, startChunkGroups } from '../../scripts/build/startChunk';

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

describe('startChunkGroups', () => {
  const libGraph = {
    'index.html': ['main.tsx'],
    'main.tsx': ['/w/renderer/src/reactRoot.ts', 'editor.ts'],
    '/w/renderer/src/reactRoot.ts': ['/x/node_modules/react-dom/client.js'],
    '/x/node_modules/react-dom/client.js': ['/x/node_modules/react/index.js'],
    '/x/node_modules/react/index.js': [],
    'editor.ts': ['/x/node_modules/yjs/dist/yjs.mjs'],
    '/x/node_modules/yjs/dist/yjs.mjs': ['/x/node_modules/lib0/decoding.js'],
    '/x/node_modules/lib0/decoding.js': [],
    'bare.html': ['bare.tsx'],
    'bare.tsx': ['/x/node_modules/react/index.js'],
    'lazy.tsx': ['/x/node_modules/lib0/schema.js'],
  };

  it('puts the libraries that make errors while loading into small chunks of their own, before the start group', () => {
    const [library, start] = startChunkGroups('index.html', ['bare.html']);
    const ctx = contextOf(libGraph);
    expect(library.priority).toBeGreaterThan(0);
    expect(library.name('/x/node_modules/lib0/decoding.js', ctx)).toBe('lib0');
    // Yjs itself makes no error while loading: it stays in the start chunk.
    expect(library.name('/x/node_modules/yjs/dist/yjs.mjs', ctx)).toBeNull();
    expect(start.name('/x/node_modules/yjs/dist/yjs.mjs', ctx)).toBe('start');
    expect(library.name('/x/node_modules/react-dom/client.js', ctx)).toBe('react');
    expect(library.name('/w/renderer/src/reactRoot.ts', ctx)).toBe('react');
    // React is shared with the bare page: still its own chunk, which that page loads too.
    expect(library.name('/x/node_modules/react/index.js', ctx)).toBe('react');
    expect(library.name('main.tsx', ctx)).toBeNull();
    expect(start.name('main.tsx', ctx)).toBe('start');
  });

  it('leaves a library module the editor does not load at start to rolldown', () => {
    const [library] = startChunkGroups('index.html', []);
    expect(library.name('/x/node_modules/lib0/schema.js', contextOf(libGraph))).toBeNull();
  });
});
