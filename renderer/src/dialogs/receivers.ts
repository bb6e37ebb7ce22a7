import type { Body, MandatModel } from '../../../shared/model/types';
import type { BodyKind } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';

export interface ReceiverOption {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly kind: string;
}

/**
 * The bodies a line from `from` can go to on the date, political ones first (where most
 * reports end) and then by label: every body that exists then, except `from` itself.
 */
export function receiverOptions(model: MandatModel, from: string, asOf: string, label: (b: Body) => string, name: (b: Body) => string, kindName: (k: BodyKind) => string): ReceiverOption[] {
  const order = { political: 0, administrative: 1, operative: 2, external: 3 } as const;
  return [...model.bodies.values()]
    .filter((b) => b.id !== from && isValidOn(b, asOf))
    .sort((a, b) => order[a.level] - order[b.level] || label(a).localeCompare(label(b), 'sv'))
    .map((b) => ({ id: b.id, label: label(b), name: name(b), kind: kindName(b.kind) }));
}
