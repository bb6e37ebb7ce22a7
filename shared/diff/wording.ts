import { ROLE_LABELS } from '../export/labels';
import { text, type Text } from '../i18n/text';
import { scopeNoun } from '../merge/labels';
import type { MandatModel } from '../model/types';
import type { Role } from '../model/vocabulary';
import { nameHistory } from '../time/nameHistory';
import type { Body } from '../model/types';
import { nameIn } from './values';
import type { DiffScope, Entity, FieldChange } from './types';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const q = (s: string): string => `"${s}"`;

/** `Organ "KS"` / `Body "KS"`: the noun of the collection and the element's label. */
function subject(scope: DiffScope, label: Text): Text {
  const noun = scopeNoun(scope);
  return text(`${capital(noun.sv)} ${label.sv}`, `${capital(noun.en)} ${label.en}`);
}

function role(e: Entity): Text {
  return ROLE_LABELS[e.role as Role] ?? text(String(e.role), String(e.role));
}

/**
 * An element that B has and A has not. A membership reads as someone joining a body; on
 * two dates, an element that began in between says when.
 */
export function describeAdded(scope: DiffScope, label: Text, e: Entity, model: MandatModel, dated: boolean): Text {
  const since = dated && typeof e.validFrom === 'string' ? text(` (från ${e.validFrom})`, ` (from ${e.validFrom})`) : text('', '');
  if (scope === 'memberships') {
    const member = q(nameIn(model, 'members', String(e.member)));
    const body = q(nameIn(model, 'bodies', String(e.body)));
    const r = role(e);
    return text(`${member} har gått in i ${body} som ${r.sv.toLowerCase()}${since.sv}`, `${member} joined ${body} as ${r.en.toLowerCase()}${since.en}`);
  }
  const s = subject(scope, label);
  return text(`${s.sv} har tillkommit${since.sv}`, `${s.en} was added${since.en}`);
}

/**
 * An element that A has and B has not. On two dates a body that ended in between says
 * when, and the names it carried after date A (a council renamed, then dissolved).
 */
export function describeRemoved(scope: DiffScope, label: Text, e: Entity, model: MandatModel, dated: { from: string; to: string; model: MandatModel } | null): Text {
  const ended = dated && typeof e.validTo === 'string' ? text(` (upphörde ${e.validTo})`, ` (ended ${e.validTo})`) : text('', '');
  if (scope === 'memberships') {
    const member = q(nameIn(model, 'members', String(e.member)));
    const body = q(nameIn(model, 'bodies', String(e.body)));
    // Still running on date B by its own dates: it went with its body.
    const withBody = dated && (e.validTo === null || (e.validTo as string) >= dated.to) && (e.validFrom === null || (e.validFrom as string) <= dated.to);
    if (withBody) return text(`${member} är inte längre med i ${body} (organet finns inte längre)`, `${member} is no longer in ${body} (the body is gone)`);
    return text(`${member} har lämnat ${body}${ended.sv}`, `${member} left ${body}${ended.en}`);
  }
  const s = subject(scope, label);
  let renamed = text('', '');
  if (scope === 'bodies' && dated) {
    // The snapshot carries the name of date A; the model itself knows the names after it.
    const body = dated.model.bodies.get(String(e.id)) ?? (e as unknown as Body);
    const later = nameHistory(body).filter((p) => p.from !== null && p.from > dated.from && p.from <= dated.to);
    if (later.length > 0) {
      const names = later.map((p) => `${q(p.name)} ${p.from}`);
      renamed = text(`; bytte namn till ${names.join(', ')}`, `; renamed ${names.join(', ')}`);
    }
  }
  return dated
    ? text(`${s.sv} finns inte längre${ended.sv}${renamed.sv}`, `${s.en} is no longer there${ended.en}${renamed.en}`)
    : text(`${s.sv} har tagits bort`, `${s.en} was removed`);
}

/** One field's change: `Slag: Råd → Beredning`. */
function fieldChange(f: FieldChange): Text {
  return text(`${f.label.sv.toLowerCase()}: ${f.beforeText.sv} → ${f.afterText.sv}`, `${f.label.en.toLowerCase()}: ${f.beforeText.en} → ${f.afterText.en}`);
}

/**
 * An element both have, in other shape. A body's new name comes first with the old one
 * (with its short name; the list of former names, which grows with the rename, is not repeated); a
 * membership's changes read as the member's in the body.
 */
export function describeChanged(scope: DiffScope, label: Text, fields: readonly FieldChange[]): Text {
  const s = subject(scope, label);
  const name = scope === 'bodies' ? fields.find((f) => f.field === 'name') : undefined;
  const short = name ? fields.find((f) => f.field === 'shortName') : undefined;
  const rest = fields.filter((f) => !(name && (f.field === 'formerNames' || f.field === 'name' || f.field === 'shortName')));
  const parts = rest.map(fieldChange);
  const sv: string[] = [];
  const en: string[] = [];
  if (name) {
    const was = short && typeof short.before === 'string' && short.before !== '' ? text(`, ${short.before}`, `, ${short.before}`) : text('', '');
    sv.push(`${s.sv} har bytt namn (tidigare ${name.beforeText.sv}${was.sv})`);
    en.push(`${s.en} was renamed (formerly ${name.beforeText.en}${was.en})`);
  }
  if (parts.length > 0) {
    sv.push(`${name ? '' : `${s.sv} har ändrats: `}${parts.map((p) => p.sv).join('; ')}`);
    en.push(`${name ? '' : `${s.en} changed: `}${parts.map((p) => p.en).join('; ')}`);
  }
  return text(sv.join('; '), en.join('; '));
}
