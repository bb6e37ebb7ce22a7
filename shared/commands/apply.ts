import { text } from '../i18n/text';
import { LOCAL_ORIGIN, type MapDocument } from '../model/document';
import { isPlainObject, parseChanges, parseObject } from '../model/fields';
import { newId } from '../model/ids';
import type { Issue } from '../model/issue';
import { ENTITY_SPECS, META_SPEC, REFERENCES, SETTINGS_SPEC, readPath, referencedIds } from '../model/specs';
import type { CollectionName } from '../model/types';
import { checkAuthor, checkComment, commentInput, planEditComment, planResolveThread } from './comments';
import { notFound as missing } from './notFound';
import { Plan, deepMerge } from './plan';
import type { Command } from './types';

export type CommandResult =
  | { readonly ok: true; readonly created: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Entity = Record<string, unknown>;

const ADD: Partial<Record<Command['type'], [CollectionName, string, string]>> = {
  addBody: ['bodies', 'body', 'body'],
  addMember: ['members', 'member', 'member'],
  addMembership: ['memberships', 'membership', 'ms'],
  connectReport: ['reportingLines', 'line', 'line'],
  addInitiative: ['initiatives', 'initiative', 'init'],
  addFunding: ['fundingLines', 'funding', 'fund'],
  acknowledgeFinding: ['acknowledgements', 'acknowledgement', 'ack'],
  addComment: ['comments', 'comment', 'comment'],
};
const UPDATE: Partial<Record<Command['type'], CollectionName>> = {
  updateBody: 'bodies',
  updateMember: 'members',
  updateMembership: 'memberships',
  updateReportingLine: 'reportingLines',
  updateInitiative: 'initiatives',
  updateFunding: 'fundingLines',
};
const REMOVE: Partial<Record<Command['type'], CollectionName>> = {
  removeBody: 'bodies',
  removeMember: 'members',
  removeMembership: 'memberships',
  removeReportingLine: 'reportingLines',
  removeInitiative: 'initiatives',
  removeFunding: 'fundingLines',
  withdrawAcknowledgement: 'acknowledgements',
};

/**
 * Applies one command to the document in one transaction with `origin` (by default
 * the local origin, which the undo manager tracks). Nothing is written unless the
 * whole command is valid; the issues say what is wrong, in both languages.
 */
export function applyCommand(doc: MapDocument, command: Command, origin: unknown = LOCAL_ORIGIN): CommandResult {
  const plan = new Plan(doc);
  const issues: Issue[] = [];
  planCommand(plan, command, '', issues);
  if (issues.length > 0) return { ok: false, issues };
  plan.commit(origin);
  return { ok: true, created: plan.created };
}

function planCommand(plan: Plan, command: Command, path: string, issues: Issue[]): void {
  const raw = command as unknown as Entity;
  if (!isPlainObject(raw) || typeof raw.type !== 'string') {
    issues.push({ code: 'unknown-command', path, message: text('okänt kommando', 'unknown command') });
    return;
  }
  if (command.type === 'batch') {
    if (!Array.isArray(command.commands)) {
      issues.push({ code: 'invalid-field', path: `${path}commands`, message: text('ska vara en lista', 'must be a list') });
      return;
    }
    command.commands.forEach((c, i) => planCommand(plan, c, `${path}commands[${i}].`, issues));
    return;
  }
  if (command.type === 'updateMeta' || command.type === 'updateSettings') {
    const spec = command.type === 'updateMeta' ? META_SPEC : SETTINGS_SPEC;
    const before = issues.length;
    const changes = isPlainObject(command.changes) ? parseChanges(spec, command.changes, `${path}changes`, issues) : {};
    if (issues.length > before) return;
    if (command.type === 'updateMeta') plan.patchMeta(changes);
    else plan.patchSettings(changes);
    return;
  }
  if (command.type === 'editComment') return planEditComment(plan, raw.id, raw.text, raw.by, path, issues);
  if (command.type === 'resolveThread') return planResolveThread(plan, raw.id, raw.resolved, path, issues);
  if (command.type === 'deleteComment') {
    if (checkAuthor(plan, raw.id, raw.by, path, issues)) planRemove(plan, 'comments', raw.id, path, issues);
    return;
  }
  const add = ADD[command.type];
  if (add) return planAdd(plan, add, raw[add[1]], `${path}${add[1]}`, issues);
  const update = UPDATE[command.type];
  if (update) return planUpdate(plan, update, raw.id, raw.changes, path, issues);
  const remove = REMOVE[command.type];
  if (remove) return planRemove(plan, remove, raw.id, path, issues);
  issues.push({ code: 'unknown-command', path: `${path}type`, message: text(`okänt kommando "${command.type}"`, `unknown command "${command.type}"`) });
}

function planAdd(plan: Plan, [collection, , prefix]: [CollectionName, string, string], given: unknown, path: string, issues: Issue[]): void {
  if (!isPlainObject(given)) {
    issues.push({ code: 'invalid-field', path, message: text('saknas', 'is missing') });
    return;
  }
  const input = collection === 'comments' ? commentInput(plan, given) : given;
  let id = input.id;
  if (id === undefined) {
    do id = newId(prefix);
    while (plan.has(collection, id as string));
  }
  const before = issues.length;
  const entity = parseObject(ENTITY_SPECS[collection], { ...input, id }, path, issues);
  if (issues.length > before) return;
  if (plan.has(collection, entity.id as string)) {
    issues.push({ code: 'duplicate-id', path: `${path}.id`, message: text(`id "${String(id)}" används redan`, `id "${String(id)}" is already in use`) });
    return;
  }
  if (!checkEntity(plan, collection, entity, path, issues)) return;
  plan.put(collection, entity.id as string, entity);
}

function planUpdate(plan: Plan, collection: CollectionName, id: unknown, changes: unknown, path: string, issues: Issue[]): void {
  const current = typeof id === 'string' ? plan.get(collection, id) : undefined;
  if (!current) {
    issues.push(missing(collection, id, `${path}id`));
    return;
  }
  if (!isPlainObject(changes)) {
    issues.push({ code: 'invalid-field', path: `${path}changes`, message: text('saknas', 'is missing') });
    return;
  }
  if ('id' in changes) {
    issues.push({ code: 'id-change', path: `${path}changes.id`, message: text('ett id kan inte ändras', 'an id cannot be changed') });
    return;
  }
  const before = issues.length;
  parseChanges(ENTITY_SPECS[collection], changes, `${path}changes`, issues);
  if (issues.length > before) return;
  const merged = deepMerge(current, changes);
  parseObject(ENTITY_SPECS[collection], merged, `${path}changes`, issues);
  if (issues.length > before) return;
  if (!checkEntity(plan, collection, merged, `${path}changes`, issues)) return;
  plan.patch(collection, id as string, changes);
}


/** Checks what one element says about others: references exist, dates in order, no loops. */
function checkEntity(plan: Plan, collection: CollectionName, e: Entity, path: string, issues: Issue[]): boolean {
  const before = issues.length;
  for (const ref of REFERENCES) {
    if (ref.collection !== collection) continue;
    for (const target of referencedIds(ref, e)) if (!plan.has(ref.target, target)) issues.push(missing(ref.target, target, `${path}.${ref.field}`));
  }
  if (e.validFrom && e.validTo && (e.validTo as string) < (e.validFrom as string))
    issues.push({
      code: 'validity-reversed',
      path: `${path}.validTo`,
      message: text(`${String(e.validTo)} ligger före giltig från (${String(e.validFrom)})`, `${String(e.validTo)} is before valid from (${String(e.validFrom)})`),
      detail: { kind: 'dates-reversed', from: String(e.validFrom), to: String(e.validTo) },
    });
  if (collection === 'reportingLines' && e.from === e.to)
    issues.push({
      code: 'self-line',
      path: `${path}.to`,
      message: text('ett organ kan inte rapportera till sig självt', 'a body cannot report to itself'),
    });
  if (collection === 'bodies' && e.partOf !== null && partOfLoops(plan, e.id as string, e.partOf as string))
    issues.push({
      code: 'part-of-cycle',
      path: `${path}.partOf`,
      message: text('organet skulle bli en del av sig självt', 'the body would become a part of itself'),
    });
  if (collection === 'memberships' && overlapsExisting(plan, e))
    issues.push({
      code: 'duplicate-membership',
      path: `${path}.member`,
      message: text('ledamoten sitter redan i organet under samma tid', 'the member already sits in the body during that time'),
    });
  if (collection === 'comments') checkComment(plan, e, path, issues);
  return issues.length === before;
}

/** Whether `id` would be among its own parents: one walk up from `parent`, each body once, reading only `partOf`. */
function partOfLoops(plan: Plan, id: string, parent: string): boolean {
  const seen = new Set<string>();
  let cur: string | null = parent;
  while (cur !== null && !seen.has(cur)) {
    if (cur === id) return true;
    seen.add(cur);
    const next: unknown = plan.fieldOf('bodies', cur, 'partOf');
    cur = typeof next === 'string' ? next : null;
  }
  return false;
}

function overlapsExisting(plan: Plan, e: Entity): boolean {
  for (const [otherId, body] of plan.scan('memberships', 'body')) {
    if (otherId === e.id || body !== e.body) continue;
    const other = plan.get('memberships', otherId);
    if (!other || other.member !== e.member) continue;
    const startsBeforeOtherEnds = !e.validFrom || !other.validTo || (e.validFrom as string) <= (other.validTo as string);
    const otherStartsBeforeEnd = !other.validFrom || !e.validTo || (other.validFrom as string) <= (e.validTo as string);
    if (startsBeforeOtherEnds && otherStartsBeforeEnd) return true;
  }
  return false;
}

function planRemove(plan: Plan, collection: CollectionName, id: unknown, path: string, issues: Issue[]): void {
  if (typeof id !== 'string' || !plan.has(collection, id)) {
    issues.push(missing(collection, id, `${path}id`));
    return;
  }
  plan.remove(collection, id);
  removeDependants(plan, collection, id);
}

/**
 * What pointed at a removed element: elements that mean nothing without it go too
 * (and what pointed at those: a line's comments when its body goes); fields that only
 * mention it are cleared. All in the same undo step.
 */
function removeDependants(plan: Plan, collection: CollectionName, id: string): void {
  for (const ref of REFERENCES) {
    if (ref.target !== collection) continue;
    for (const [otherId, value] of [...plan.scan(ref.collection, ref.field)]) {
      if (ref.list) {
        const list = value as string[] | undefined;
        if (list?.includes(id)) plan.patch(ref.collection, otherId, setPath(ref.field, list.filter((x) => x !== id)));
      } else if (value === id) {
        if (ref.when && readPath(plan.get(ref.collection, otherId), ref.when.field) !== ref.when.equals) continue;
        if (ref.dangling === 'drop') {
          if (plan.has(ref.collection, otherId)) {
            plan.remove(ref.collection, otherId);
            removeDependants(plan, ref.collection, otherId);
          }
        } else plan.patch(ref.collection, otherId, setPath(ref.field, null));
      }
    }
  }
}

function setPath(field: string, value: unknown): Entity {
  const parts = field.split('.');
  let out: unknown = value;
  for (let i = parts.length - 1; i >= 0; i--) out = { [parts[i] as string]: out };
  return out as Entity;
}
