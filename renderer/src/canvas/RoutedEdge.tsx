import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RoutePoint } from '../../../shared/layout/route/routeLines';
import { routePathData } from '../../../shared/layout/route/roundedCorners';
import { routeBetween } from './canvasRouting';
import { labelPoint } from './labelPoint';
import { useRoutes } from './routeStore';

/**
 * A line drawn along the route the shared router found around the bodies (the same
 * routes as the exports), with rounded bends. While its route is out of date (a body
 * being dragged, a routing still under way) it is drawn as a plain step line.
 */
function RoutedEdgeComponent(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, style, markerEnd, markerStart, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, interactionWidth } = props;
  const stored = useRoutes((s) => s.routes.get(id));
  const route = routeBetween(stored, { x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  let path: string;
  let at: RoutePoint;
  if (route) {
    path = routePathData(route);
    at = labelPoint(route);
  } else {
    const [d, x, y] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: 6 });
    path = d;
    at = { x, y };
  }
  return (
    <BaseEdge
      id={id}
      path={path}
      labelX={at.x}
      labelY={at.y}
      label={label}
      labelStyle={labelStyle}
      labelShowBg={labelShowBg}
      labelBgStyle={labelBgStyle}
      labelBgPadding={labelBgPadding}
      labelBgBorderRadius={labelBgBorderRadius}
      style={style}
      markerEnd={markerEnd}
      markerStart={markerStart}
      interactionWidth={interactionWidth}
      className={route ? 'routed-edge' : 'routed-edge is-unrouted'}
    />
  );
}

export const RoutedEdge = memo(RoutedEdgeComponent);
