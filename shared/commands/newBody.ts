import { KIND_LABELS } from '../export/labels';
import type { Body } from '../model/types';
import { DEFAULT_LEVEL, type BodyKind, type Language, type Level } from '../model/vocabulary';

/**
 * The kinds that are accountable political bodies as soon as they exist: a municipality's
 * assembly (fullmäktige), executive board (kommunstyrelse) and committees (nämnder).
 * Left unmarked, a new one would at once be flagged as reporting to no accountable body.
 */
export const ACCOUNTABLE_KINDS: ReadonlySet<BodyKind> = new Set<BodyKind>(['assembly', 'executive_board', 'committee']);

/** What a body gets when a person adds one of a kind: its name, level and whether it is accountable. */
export interface NewBodyDefaults {
  readonly name: string;
  readonly kind: BodyKind;
  readonly level: Level;
  readonly accountable: boolean;
}

/**
 * The defaults for a new body of `kind` among `bodies`, named in `lang`: the first body of
 * a kind is called by the kind's name ("Kommunstyrelse"), later ones get the next free
 * number ("Styrgrupp 2", "Styrgrupp 3"), so that no two new bodies share a name.
 */
export function newBodyDefaults(bodies: Iterable<Pick<Body, 'name' | 'kind'>>, kind: BodyKind, lang: Language): NewBodyDefaults {
  const label = KIND_LABELS[kind][lang];
  const taken = new Set<string>();
  let sameKind = 0;
  // Only a name from the label's length up to the label, a space and ten digits can be one of
  // the names tried, so only those are lower-cased: lower-casing never shortens a name, and
  // lengthens one only by the dot of an İ, which no label has. Lower-casing every name of a
  // thousand bodies was a good part of what adding one cost before the count showed it.
  const shortest = label.length;
  const longest = label.length + 11;
  for (const b of bodies) {
    if (b.kind === kind) sameKind++;
    const name = b.name.trim();
    if (name.length >= shortest && name.length <= longest) taken.add(name.toLocaleLowerCase(lang));
  }
  const free = (name: string): boolean => !taken.has(name.toLocaleLowerCase(lang));
  let name = label;
  if (sameKind > 0 || !free(label)) {
    let n = Math.max(2, sameKind + 1);
    while (!free(`${label} ${n}`)) n++;
    name = `${label} ${n}`;
  }
  return { name, kind, level: DEFAULT_LEVEL[kind], accountable: ACCOUNTABLE_KINDS.has(kind) };
}
