import { useEffect, useState } from 'react';
import type { ExportRequest } from '../../../shared/export/exportMap';
import type { MandatModel, Position } from '../../../shared/model/types';

/**
 * Where the export puts the bodies, for the preview: undefined (their places on the map)
 * until ELK's layered layout is ready, when the request asks for it. `pending` says it is
 * still being worked out.
 */
export function useArrangedPositions(model: MandatModel, request: ExportRequest): { positions: ReadonlyMap<string, Position> | undefined; pending: boolean } {
  const [state, setState] = useState<{ key: unknown; positions: ReadonlyMap<string, Position> | undefined }>({ key: null, positions: undefined });
  const layered = request.arrangement === 'layered';
  useEffect(() => {
    if (!layered) return;
    let live = true;
    void import('../../../shared/export/request')
      .then(({ requestPositions }) => requestPositions(model, request))
      .then((positions) => {
        if (live) setState({ key: request, positions });
      });
    return () => {
      live = false;
    };
  }, [layered, model, request]);
  if (!layered) return { positions: undefined, pending: false };
  return state.key === request ? { positions: state.positions, pending: false } : { positions: undefined, pending: true };
}
