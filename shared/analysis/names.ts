import type { IsoDate, MandatModel, ReportingLine } from '../model/types';
import { labelOn } from '../time/names';

/**
 * What a finding's sentence needs to name things: the map and the date, nothing of the
 * analysis context. A lazily made message keeps this, not the context: a message that kept
 * the context kept all its indexes (about 2 MB on a 5,800-body map) alive as long as the
 * findings, so the garbage collector copied them with the findings at every analysis.
 */
export class Names {
  constructor(
    readonly model: MandatModel,
    readonly asOf: IsoDate,
  ) {}

  /** The label (short name or name) a body had on the date, or its id when the map has no such body. */
  label(id: string): string {
    const b = this.model.bodies.get(id);
    return b ? labelOn(b, this.asOf) : id;
  }

  /** A line as "from → to", by the bodies' labels on the date. */
  lineLabel(l: Pick<ReportingLine, 'from' | 'to'>): string {
    return `${this.label(l.from)} → ${this.label(l.to)}`;
  }

  /** A member's name, or its id when the map has no such member. */
  memberName(id: string): string {
    return this.model.members.get(id)?.name ?? id;
  }
}
