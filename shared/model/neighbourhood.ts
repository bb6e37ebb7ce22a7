import { isValidOn } from '../time/isoDate';
import type { IsoDate, MandatModel } from './types';

/** The bodies of a focus view, with how far each is from the body in focus. */
export interface Neighbourhood {
  readonly centre: string;
  /** Each body within reach, with the fewest steps to it (0 for the centre). */
  readonly steps: ReadonlyMap<string, number>;
}

/**
 * A focus view's bodies: the body and everything within `reach` steps on the date, a step
 * being a reporting line either way (who it reports to, who reports to it), *part of*
 * either way, or a member the two bodies share. Empty when the body does not exist then.
 */
export function neighbourhood(model: MandatModel, centre: string, asOf: IsoDate, reach: number): Neighbourhood {
  const alive = (id: string): boolean => {
    const b = model.bodies.get(id);
    return b !== undefined && isValidOn(b, asOf);
  };
  const links = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  };
  for (const l of model.reportingLines.values()) if (isValidOn(l, asOf)) link(l.from, l.to);
  for (const b of model.bodies.values()) if (b.partOf) link(b.id, b.partOf);
  // Shared members as member → bodies and body → members, not as pairs of bodies: a
  // member in fifty bodies would otherwise make 1,225 links.
  const bodiesOf = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>();
  for (const m of model.memberships.values()) {
    if (!isValidOn(m, asOf)) continue;
    bodiesOf.set(m.member, [...(bodiesOf.get(m.member) ?? []), m.body]);
    membersOf.set(m.body, [...(membersOf.get(m.body) ?? []), m.member]);
  }
  const steps = new Map<string, number>();
  if (!alive(centre)) return { centre, steps };
  steps.set(centre, 0);
  let frontier = [centre];
  for (let step = 1; step <= reach && frontier.length > 0; step++) {
    const next: string[] = [];
    const reached = (to: string): void => {
      if (steps.has(to) || !alive(to)) return;
      steps.set(to, step);
      next.push(to);
    };
    for (const id of frontier) {
      for (const to of links.get(id) ?? []) reached(to);
      for (const member of membersOf.get(id) ?? []) for (const to of bodiesOf.get(member) ?? []) reached(to);
    }
    frontier = next;
  }
  return { centre, steps };
}
