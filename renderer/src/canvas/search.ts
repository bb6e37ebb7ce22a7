import type { MandatModel } from '../../../shared/model/types';

/**
 * The bodies a search matches: by name, short name, former names, mandate and notes,
 * or through the name or title of one of their members. Null when there is no search.
 */
export function searchHits(model: MandatModel, query: string): Set<string> | null {
  const q = query.trim().toLocaleLowerCase('sv');
  if (q === '') return null;
  const hits = new Set<string>();
  for (const b of model.bodies.values()) {
    const text = [b.name, b.shortName, b.notes, b.mandate.text, b.mandate.decisionRef, ...b.formerNames.map((f) => `${f.name} ${f.shortName}`)].join(' ');
    if (text.toLocaleLowerCase('sv').includes(q)) hits.add(b.id);
  }
  const members = new Set<string>();
  for (const m of model.members.values()) if (`${m.name} ${m.title} ${m.organisation} ${m.notes}`.toLocaleLowerCase('sv').includes(q)) members.add(m.id);
  if (members.size > 0) for (const s of model.memberships.values()) if (members.has(s.member)) hits.add(s.body);
  return hits;
}
