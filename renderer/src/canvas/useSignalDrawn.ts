import { useEffect } from 'react';
import { mapDrawn } from '../store/mapDrawn';

/**
 * Says when map version `version` is on screen: two animation frames after the commit
 * that put its nodes in the page (the first frame lets React Flow measure them and show
 * them, the second comes after that frame was drawn).
 */
export function useSignalDrawn(version: number, committed: boolean): void {
  useEffect(() => {
    if (!committed) return;
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => mapDrawn(version));
    });
    return () => cancelAnimationFrame(id);
  }, [version, committed]);
}
