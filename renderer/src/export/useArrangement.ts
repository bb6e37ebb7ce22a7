import { useEffect, useMemo, useState } from 'react';
import type { ExportRequest } from '../../../shared/export/exportMap';
import type { MandatModel, Position } from '../../../shared/model/types';

/**
 * Where the export puts the bodies, for the preview: undefined (their places on the map)
 * until ELK's layered layout is ready, when the request asks for it. `pending` says it is
 * still being worked out.
 */
export function useArrangedPositions(model: MandatModel, request: ExportRequest): { positions: ReadonlyMap<string, Position> | undefined; pending: boolean } {
  const [state, setState] = useState<{ key: string; positions: ReadonlyMap<string, Position> | undefined }>({ key: '', positions: undefined });
  const layered = request.arrangement === 'layered';
  // Only what the layout depends on: ticking "decided-by lines" must not lay the map out again.
  const scope = useMemo(
    () => ({ asOf: request.asOf, lang: request.lang, levels: request.levels, selection: request.selection }),
    [request.asOf, request.lang, request.levels, request.selection],
  );
  const key = JSON.stringify(scope);
  useEffect(() => {
    if (!layered) return;
    let live = true;
    void import('../../../shared/export/request')
      .then(({ requestPositions }) => requestPositions(model, { ...request, ...scope }))
      .then((positions) => {
        if (live) setState({ key, positions });
      });
    return () => {
      live = false;
    };
    // The request's other choices do not change the layout.
  }, [layered, model, key]);
  if (!layered) return { positions: undefined, pending: false };
  return state.key === key ? { positions: state.positions, pending: false } : { positions: undefined, pending: true };
}
