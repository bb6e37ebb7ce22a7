import type { Body, IsoDate, MandatModel } from '../model/types';
import { LEVELS, type Language, type Level } from '../model/vocabulary';
import { nameOn } from '../time/names';
import { mapView, type ViewBody } from './view';

/** What every section of the report needs: the map, the date, the language and the bodies shown. */
export interface ReportContext {
  readonly model: MandatModel;
  readonly asOf: IsoDate;
  readonly lang: Language;
  /** The bodies the report covers, in report order. */
  readonly bodies: readonly ViewBody[];
  /** Their ids. */
  readonly shown: ReadonlySet<string>;
  /** True when levels or a selection narrow the report to some bodies. */
  readonly filtered: boolean;
}

/** "Kommunstyrelsen (KS)": the name with the short name, unless the name already says it ("SSPF (socialtjänst …)"). */
export function fullName(name: string, shortName: string): string {
  return shortName && !name.includes(shortName) ? `${name} (${shortName})` : name;
}

/** A body's name on the report's date; an id that names no body is shown as it is. */
export function bodyName(ctx: ReportContext, id: string | null): string {
  const body = id === null ? undefined : ctx.model.bodies.get(id);
  if (!body) return id ?? '';
  const n = nameOn(body, ctx.asOf);
  return fullName(n.name, n.shortName);
}

const LEVEL_ORDER = new Map(LEVELS.map((l, i) => [l, i]));

/** Political first, then administrative, operative and external; by name within a level. */
export function reportOrder(bodies: readonly ViewBody[], lang: Language): ViewBody[] {
  const locale = lang === 'sv' ? 'sv' : 'en';
  const level = (b: Body) => LEVEL_ORDER.get(b.level) as number;
  return [...bodies].sort((a, b) => level(a.body) - level(b.body) || a.name.localeCompare(b.name, locale) || a.body.id.localeCompare(b.body.id));
}

/** What narrows a report or publication: the date, the language, and optionally levels or a selection. */
export interface ReportScope {
  readonly asOf: IsoDate;
  readonly lang: Language;
  readonly levels?: readonly Level[];
  readonly selection?: readonly string[];
}

/** The context every section of a report or publication starts from: the bodies shown on the date, in report order. */
export function reportContext(model: MandatModel, scope: ReportScope): ReportContext {
  const { asOf, lang } = scope;
  const view = mapView(model, {
    asOf,
    ...(scope.levels ? { levels: scope.levels } : {}),
    ...(scope.selection ? { selection: scope.selection } : {}),
  });
  const bodies = reportOrder(view.bodies, lang);
  return {
    model,
    asOf,
    lang,
    bodies,
    shown: new Set(bodies.map((b) => b.body.id)),
    filtered: (scope.levels?.length ?? 0) > 0 || (scope.selection?.length ?? 0) > 0,
  };
}
