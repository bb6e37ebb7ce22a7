import type { IsoDate, MandatModel } from '../../model/types';
import { isValidOn } from '../../time/isoDate';

/** Which side a signatory signs for: a seat in an external body (the police) or in the municipality's own. */
export type Side = 'municipality' | 'police';
const POLICE = /polis/i;

/**
 * The sides each of `signatories` signs for on `asOf`: by the organisation they are from
 * (one naming the police is the police's side, a police chief may well sit in the
 * municipality's steering group; any other is the municipality's), and only for those with
 * no organisation, by their seats in bodies that exist then (an external body is the
 * police's side). The pass over the memberships is made only when someone is left.
 */
export function signatorySides(model: MandatModel, asOf: IsoDate, signatories: ReadonlySet<string>): Map<string, Set<Side>> {
  const sides = new Map<string, Set<Side>>();
  const add = (member: string, side: Side): void => {
    const set = sides.get(member);
    if (set) set.add(side);
    else sides.set(member, new Set([side]));
  };
  const unknown = new Set<string>();
  for (const id of signatories) {
    const organisation = model.members.get(id)?.organisation.trim() ?? '';
    if (organisation === '') unknown.add(id);
    else add(id, POLICE.test(organisation) ? 'police' : 'municipality');
  }
  if (unknown.size === 0) return sides;
  model.memberships.forEach((m) => {
    if (!unknown.has(m.member) || !isValidOn(m, asOf)) return;
    const body = model.bodies.get(m.body);
    if (body && isValidOn(body, asOf)) add(m.member, body.level === 'external' || body.kind === 'external_organisation' ? 'police' : 'municipality');
  });
  return sides;
}

/** The sides no signatory of `signatories` signs for. */
export function missingSides(signatories: readonly string[], sides: ReadonlyMap<string, ReadonlySet<Side>>): Side[] {
  const signed = new Set<Side>();
  for (const s of signatories) sides.get(s)?.forEach((side) => signed.add(side));
  return (['municipality', 'police'] as const).filter((side) => !signed.has(side));
}
