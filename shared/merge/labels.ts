import { text, type Text } from '../i18n/text';
import { ELEMENT_NOUNS } from '../model/nouns';
import type { CollectionName, MandatModel } from '../model/types';
import { entitiesOf, type Entity } from './entities';
import type { MergeScope } from './types';


/** What an element of a scope is called ("organ" / "body"); the map's details and settings by their own names. */
export function scopeNoun(scope: MergeScope): Text {
  if (scope === 'meta') return text('kartans uppgifter', 'the map details');
  if (scope === 'settings') return text('inställningar', 'settings');
  return ELEMENT_NOUNS[scope] ?? text(scope, scope);
}

/** The name of element `id` of `collection` in the first model that has it, else the id. */
function nameIn(models: readonly MandatModel[], collection: CollectionName, id: unknown): string {
  if (typeof id !== 'string') return '?';
  for (const m of models) {
    const e = entitiesOf(m, collection)?.get(id);
    if (e) return typeof e.name === 'string' && e.name ? e.name : id;
  }
  return id;
}

const quoted = (s: string): string => `"${s}"`;
const same = (s: string): Text => text(s, s);

/**
 * A readable label for an element: bodies, members and initiatives by name, lines as
 * "A → B", memberships as "member in body"; references are named from `models` in turn
 * (the merged map first, then the copies). Collections added later fall back to a
 * `name`, `title` or `text` field, then the id.
 */
export function elementLabel(scope: MergeScope, id: string, entity: Entity, models: readonly MandatModel[]): Text {
  if (scope === 'meta' || scope === 'settings') return scopeNoun(scope);
  switch (scope) {
    case 'memberships': {
      const member = quoted(nameIn(models, 'members', entity.member));
      const body = quoted(nameIn(models, 'bodies', entity.body));
      return text(`${member} i ${body}`, `${member} in ${body}`);
    }
    case 'reportingLines':
      return same(`${quoted(nameIn(models, 'bodies', entity.from))} → ${quoted(nameIn(models, 'bodies', entity.to))}`);
    case 'fundingLines':
      return same(`${quoted(nameIn(models, 'bodies', entity.funder))} → ${quoted(nameIn(models, 'bodies', entity.receiver))} (${String(entity.year)})`);
    case 'acknowledgements':
      return same(quoted(String(entity.findingKey ?? id)));
    case 'coordination': {
      // A period of the coordination function is known by who holds it.
      const who = typeof entity.body === 'string' ? nameIn(models, 'bodies', entity.body) : nameIn(models, 'members', entity.member);
      return text(`samordningsfunktion: ${quoted(who)}`, `coordination function: ${quoted(who)}`);
    }
    case 'assignments': {
      // An assignment is known by its role, its task and who holds it.
      const who = typeof entity.body === 'string' ? nameIn(models, 'bodies', entity.body) : nameIn(models, 'members', entity.member);
      const task = quoted(nameIn(models, 'tasks', entity.task));
      return text(`${String(entity.role)} för ${task}: ${quoted(who)}`, `${String(entity.role)} for ${task}: ${quoted(who)}`);
    }
  }
  for (const field of ['name', 'title', 'text']) {
    const v = entity[field];
    if (typeof v === 'string' && v.trim() !== '') return same(quoted(v.length > 60 ? `${v.slice(0, 57)}…` : v));
  }
  return same(quoted(id));
}
