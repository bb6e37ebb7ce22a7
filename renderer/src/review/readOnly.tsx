import type { ReactNode } from 'react';
import { useEditor } from '../store/editor';
import { useReviewMode } from './reviewMode';

/** True where the map cannot be changed from this window: review mode, or a viewer's invitation to a live session. */
export function useMapReadOnly(): boolean {
  const review = useReviewMode();
  const viewer = useEditor((s) => s.collab?.readOnly ?? false);
  return review || viewer;
}

/**
 * Disables every field and button of a panel while the map is read-only: a disabled
 * fieldset does that for all its controls at once, and a form added later is covered too.
 * Details/summary (the members list) still open, so everything stays readable.
 */
export function ReadOnlyWhenReviewing({ children }: { children: ReactNode }) {
  const readOnly = useMapReadOnly();
  return (
    <fieldset className="read-only-guard" disabled={readOnly}>
      {children}
    </fieldset>
  );
}
