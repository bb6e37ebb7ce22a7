import type { MandatModel } from '../../../shared/model/types';
import { labelOn } from '../../../shared/time/names';
import type { Choice } from './RefListField';

const byLabel = (a: Choice, b: Choice): number => a.label.localeCompare(b.label, 'sv');

/** What a document's fields can point at, named as on the map's date and in Swedish order. */
export interface DocumentChoices {
  readonly bodies: readonly Choice[];
  readonly members: readonly Choice[];
  readonly initiatives: readonly Choice[];
  readonly lines: readonly Choice[];
  readonly documents: readonly Choice[];
}

export function documentChoices(model: MandatModel, asOf: string): DocumentChoices {
  const bodyLabel = (id: string): string => {
    const b = model.bodies.get(id);
    return b ? labelOn(b, asOf) : id;
  };
  return {
    bodies: [...model.bodies.values()].map((b) => ({ value: b.id as string, label: labelOn(b, asOf) })).sort(byLabel),
    members: [...model.members.values()].map((m) => ({ value: m.id as string, label: m.name })).sort(byLabel),
    initiatives: [...model.initiatives.values()].map((i) => ({ value: i.id as string, label: i.name })).sort(byLabel),
    lines: [...model.reportingLines.values()].map((l) => ({ value: l.id as string, label: `${bodyLabel(l.from)} → ${bodyLabel(l.to)}` })).sort(byLabel),
    documents: [...model.documents.values()].map((d) => ({ value: d.id as string, label: d.title })).sort(byLabel),
  };
}
