import type { IsoDate, MandatModel } from '../../model/types';
import { isValidOn } from '../../time/isoDate';

/** Which side a signatory signs for: a seat in an external body (the police) or in the municipality's own. */
export type Side = 'municipality' | 'police';
const POLICE = /polis/i;

/**
 * The sides each of `signatories` can sign for on `asOf`: the police's when they come from
 * the police (their organisation names it: a police chief may sit in the municipality's
 * steering group), else by their seats in bodies that exist then (an external body is the
 * police's side), else the municipality's when they name another organisation.
 * One pass over the memberships, however many agreements ask.
 */
export function signatorySides(model: MandatModel, asOf: IsoDate, signatories: ReadonlySet<string>): Map<string, Set<Side>> {
  const sides = new Map<string, Set<Side>>();
  if (signatories.size === 0) return sides;
  const add = (member: string, side: Side): void => {
    const set = sides.get(member);
    if (set) set.add(side);
    else sides.set(member, new Set([side]));
  };
  for (const id of signatories) if (POLICE.test(model.members.get(id)?.organisation ?? '')) add(id, 'police');
  model.memberships.forEach((m) => {
    if (!signatories.has(m.member) || sides.get(m.member)?.has('police') || !isValidOn(m, asOf)) return;
    const body = model.bodies.get(m.body);
    if (body && isValidOn(body, asOf)) add(m.member, body.level === 'external' || body.kind === 'external_organisation' ? 'police' : 'municipality');
  });
  for (const id of signatories) {
    if (sides.has(id)) continue;
    const organisation = model.members.get(id)?.organisation.trim() ?? '';
    if (organisation !== '') add(id, POLICE.test(organisation) ? 'police' : 'municipality');
  }
  return sides;
}

/** The sides no signatory of `signatories` signs for. */
export function missingSides(signatories: readonly string[], sides: ReadonlyMap<string, ReadonlySet<Side>>): Side[] {
  const signed = new Set<Side>();
  for (const s of signatories) sides.get(s)?.forEach((side) => signed.add(side));
  return (['municipality', 'police'] as const).filter((side) => !signed.has(side));
}
