import { useEffect, useState } from 'react';
import { whenDrawnAndIdle } from './mapDrawn';

/**
 * True once map version `version` is on the canvas and the page has been idle after it
 * (see whenDrawnAndIdle). For parts of the window that show a map but are no part of
 * drawing it: rendered with the map, a large map's hundreds of them held its first
 * drawing up; rendered after it, they come a moment later.
 */
export function useDrawnAndIdle(version: number): boolean {
  const [ready, setReady] = useState(-1);
  useEffect(() => whenDrawnAndIdle(version, () => setReady(version)), [version]);
  return ready === version;
}
