import { withoutControlCharactersIn } from '../file/controlCharacters';
import { text } from '../i18n/text';
import { LOCAL_ORIGIN, type MapDocument } from '../model/document';
import { isPlainObject, parseChanges, parseObject } from '../model/fields';
import { newId } from '../model/ids';
import type { Issue } from '../model/issue';
import { DECLARATIONS, META_SPEC, SETTINGS_SPEC, referencesOf, type Declarations } from '../model/declarations';
import { elementViolations } from '../model/invariants';
import { readPath } from '../model/specs';
import type { CollectionName } from '../model/types';
import { checkAuthor, commentInput, planEditComment, planResolveThread } from './comments';
import { planView } from './planView';
import { notFound as missing } from './notFound';
import { Plan, deepMerge } from './plan';
import type { Command } from './types';

export type CommandResult =
  | { readonly ok: true; readonly created: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Entity = Record<string, unknown>;

/** The plan being made and the declarations it is checked against. */
interface Context {
  readonly plan: Plan;
  readonly declarations: Declarations;
}

/** Each add command: the collection it adds to and the key of the new element in the command. */
const ADD: Partial<Record<Command['type'], [CollectionName, string]>> = {
  addBody: ['bodies', 'body'],
  addMember: ['members', 'member'],
  addMembership: ['memberships', 'membership'],
  connectReport: ['reportingLines', 'line'],
  addInitiative: ['initiatives', 'initiative'],
  addFunding: ['fundingLines', 'funding'],
  addDocument: ['documents', 'document'],
  addCoordination: ['coordination', 'coordination'],
  addTask: ['tasks', 'task'],
  addAssignment: ['assignments', 'assignment'],
  addAudit: ['audits', 'audit'],
  addRecommendation: ['recommendations', 'recommendation'],
  addAnswer: ['answers', 'answer'],
  addAction: ['actions', 'action'],
  acknowledgeFinding: ['acknowledgements', 'acknowledgement'],
  addComment: ['comments', 'comment'],
  addView: ['views', 'view'],
};
const UPDATE: Partial<Record<Command['type'], CollectionName>> = {
  updateBody: 'bodies',
  updateMember: 'members',
  updateMembership: 'memberships',
  updateReportingLine: 'reportingLines',
  updateInitiative: 'initiatives',
  updateFunding: 'fundingLines',
  updateDocument: 'documents',
  updateCoordination: 'coordination',
  updateTask: 'tasks',
  updateAssignment: 'assignments',
  updateAudit: 'audits',
  updateRecommendation: 'recommendations',
  updateAnswer: 'answers',
  updateAction: 'actions',
  updateView: 'views',
};
const REMOVE: Partial<Record<Command['type'], CollectionName>> = {
  removeBody: 'bodies',
  removeMember: 'members',
  removeMembership: 'memberships',
  removeReportingLine: 'reportingLines',
  removeInitiative: 'initiatives',
  removeFunding: 'fundingLines',
  removeDocument: 'documents',
  removeCoordination: 'coordination',
  removeTask: 'tasks',
  removeAssignment: 'assignments',
  removeAudit: 'audits',
  removeRecommendation: 'recommendations',
  removeAnswer: 'answers',
  removeAction: 'actions',
  withdrawAcknowledgement: 'acknowledgements',
  removeView: 'views',
};

/**
 * Applies one command to the document in one transaction with `origin` (by default
 * the local origin, which the undo manager tracks). Nothing is written unless the
 * whole command is valid; the issues say what is wrong, in both languages.
 */
export function applyCommand(doc: MapDocument, command: Command, origin: unknown = LOCAL_ORIGIN, declarations: Declarations = DECLARATIONS): CommandResult {
  const plan = new Plan(doc);
  const issues: Issue[] = [];
  // Control characters pasted into a name or a note do not reach the map (nor its file).
  planCommand({ plan, declarations }, withoutControlCharactersIn(command), '', issues);
  if (issues.length > 0) return { ok: false, issues };
  plan.commit(origin);
  return { ok: true, created: plan.created };
}

function planCommand(ctx: Context, command: Command, path: string, issues: Issue[]): void {
  const { plan } = ctx;
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
    command.commands.forEach((c, i) => planCommand(ctx, c, `${path}commands[${i}].`, issues));
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
    if (checkAuthor(plan, raw.id, raw.by, path, issues)) planRemove(ctx, 'comments', raw.id, path, issues);
    return;
  }
  const add = ADD[command.type];
  if (add) return planAdd(ctx, add, raw[add[1]], `${path}${add[1]}`, issues);
  const update = UPDATE[command.type];
  if (update) return planUpdate(ctx, update, raw.id, raw.changes, path, issues);
  const remove = REMOVE[command.type];
  if (remove) return planRemove(ctx, remove, raw.id, path, issues);
  issues.push({ code: 'unknown-command', path: `${path}type`, message: text(`okänt kommando "${command.type}"`, `unknown command "${command.type}"`) });
}

function planAdd({ plan, declarations }: Context, [collection]: [CollectionName, string], given: unknown, path: string, issues: Issue[]): void {
  const { fields, idPrefix: prefix } = declarations[collection];
  if (!isPlainObject(given)) {
    issues.push({ code: 'invalid-field', path, message: text('saknas', 'is missing') });
    return;
  }
  const input = collection === 'comments' ? commentInput(plan, given) : given;
  const id = input.id === undefined ? freshId(plan, collection, prefix) : input.id;
  const before = issues.length;
  const entity = parseObject(fields, { ...input, id }, path, issues);
  // The declaration's id field has checked it: a string here.
  if (issues.length > before || typeof entity.id !== 'string') return;
  if (plan.has(collection, entity.id)) {
    issues.push({ code: 'duplicate-id', path: `${path}.id`, message: text(`id "${entity.id}" används redan`, `id "${entity.id}" is already in use`) });
    return;
  }
  if (!checkEntity(plan, collection, entity, path, issues, declarations)) return;
  plan.put(collection, entity.id, entity);
}

function planUpdate({ plan, declarations }: Context, collection: CollectionName, id: unknown, changes: unknown, path: string, issues: Issue[]): void {
  const { fields } = declarations[collection];
  const current = typeof id === 'string' ? plan.get(collection, id) : undefined;
  if (!current || typeof id !== 'string') {
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
  parseChanges(fields, changes, `${path}changes`, issues);
  if (issues.length > before) return;
  const merged = deepMerge(current, changes);
  parseObject(fields, merged, `${path}changes`, issues);
  if (issues.length > before) return;
  if (!checkEntity(plan, collection, merged, `${path}changes`, issues, declarations)) return;
  plan.patch(collection, id, changes);
}

/** An id no element of the collection has, made from its declaration's prefix. */
function freshId(plan: Plan, collection: CollectionName, prefix: string): string {
  let id: string;
  do id = newId(prefix);
  while (plan.has(collection, id));
  return id;
}


/** Checks what one element says about others (references exist, dates in order, no loops), as the invariants say it. */
function checkEntity(plan: Plan, collection: CollectionName, e: Entity, path: string, issues: Issue[], declarations: Declarations): boolean {
  const violations = elementViolations(collection, e, planView(plan), declarations);
  for (const v of violations) issues.push(v.detail ? { code: v.code, path: `${path}.${v.field}`, message: v.message, detail: v.detail } : { code: v.code, path: `${path}.${v.field}`, message: v.message });
  return violations.length === 0;
}

function planRemove({ plan, declarations }: Context, collection: CollectionName, id: unknown, path: string, issues: Issue[]): void {
  if (typeof id !== 'string' || !plan.has(collection, id)) {
    issues.push(missing(collection, id, `${path}id`));
    return;
  }
  plan.remove(collection, id);
  removeDependants(plan, collection, id, declarations);
}

/**
 * What pointed at a removed element: elements that mean nothing without it go too
 * (and what pointed at those: a line's comments when its body goes); fields that only
 * mention it are cleared. All in the same undo step.
 */
function removeDependants(plan: Plan, collection: CollectionName, id: string, declarations: Declarations): void {
  for (const ref of referencesOf(declarations)) {
    if (ref.target !== collection) continue;
    for (const [otherId, value] of [...plan.scan(ref.collection, ref.field)]) {
      if (ref.list) {
        if (Array.isArray(value) && value.includes(id)) plan.patch(ref.collection, otherId, setPath(ref.field, value.filter((x) => x !== id)));
      } else if (value === id) {
        if (ref.when && readPath(plan.get(ref.collection, otherId), ref.when.field) !== ref.when.equals) continue;
        if (ref.dangling === 'drop') {
          if (plan.has(ref.collection, otherId)) {
            plan.remove(ref.collection, otherId);
            removeDependants(plan, ref.collection, otherId, declarations);
          }
        } else plan.patch(ref.collection, otherId, setPath(ref.field, null));
      }
    }
  }
}

function setPath(field: string, value: unknown): Entity {
  const [head = field, ...rest] = field.split('.');
  return { [head]: rest.length === 0 ? value : setPath(rest.join('.'), value) };
}
