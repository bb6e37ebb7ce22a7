/**
 * The editor store (renderer/src/store/editor.ts) builds a map's document when the page is
 * idle, where `requestIdleCallback` exists, else on a timer. Its tests run under Node,
 * whose type check has no DOM library: these two declarations are all it needs of it.
 */
declare function requestIdleCallback(callback: () => void, options?: { timeout?: number }): number;
declare function cancelIdleCallback(handle: number): void;
