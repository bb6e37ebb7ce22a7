import { defaultsOf } from './fields';
import { META_SPEC, SETTINGS_SPEC } from './specs';
import type { MandatModel, MapMeta, Settings } from './types';

export const DEFAULT_SETTINGS: Settings = defaultsOf(SETTINGS_SPEC) as unknown as Settings;

/** A map with nothing in it. */
export function emptyModel(meta: Partial<MapMeta> = {}): MandatModel {
  return {
    meta: { ...(defaultsOf(META_SPEC) as unknown as MapMeta), ...meta },
    settings: DEFAULT_SETTINGS,
    bodies: new Map(),
    members: new Map(),
    memberships: new Map(),
    reportingLines: new Map(),
    initiatives: new Map(),
    fundingLines: new Map(),
    acknowledgements: new Map(),
    documents: new Map(),
    coordination: new Map(),
    tasks: new Map(),
    assignments: new Map(),
    audits: new Map(),
    recommendations: new Map(),
    answers: new Map(),
    actions: new Map(),
    comments: new Map(),
    views: new Map(),
  };
}
