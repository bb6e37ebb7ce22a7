import { useEffect } from 'react';
import { dismissInfoNotices } from '../store/editor';

/** For a dialog over the map: the information notices on screen when it opens go (they would lie over it); errors stay. */
export function useClearsInfoNotices(): void {
  useEffect(() => dismissInfoNotices(), []);
}
