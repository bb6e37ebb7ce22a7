import { memo } from 'react';
import { ARROW_MARKERS } from './arrowheads';

/**
 * The markers, in an SVG of no size beside the canvas (a marker is drawn where it is used).
 * Fixed, so rendered once: the canvas renders again at every selection and drag step.
 */
export const ArrowheadDefs = memo(function ArrowheadDefs() {
  return (
    <svg className="arrow-markers" aria-hidden="true" width="0" height="0" focusable="false">
      <defs>
        {[...ARROW_MARKERS].map(([id, { shape, colour }]) => (
          <marker key={id} id={id} className="react-flow__arrowhead" markerWidth="12.5" markerHeight="12.5" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
            {shape === 'closed' ? (
              <polyline style={{ strokeWidth: 1, stroke: colour, fill: colour }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
            ) : (
              <polyline style={{ strokeWidth: 1, stroke: colour }} strokeLinecap="round" fill="none" strokeLinejoin="round" points="-5,-4 0,0 -5,4" />
            )}
          </marker>
        ))}
      </defs>
    </svg>
  );
});
