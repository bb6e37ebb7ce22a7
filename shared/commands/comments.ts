import { text } from '../i18n/text';
import { resolveReplyViolation } from '../model/invariants';
import type { Issue } from '../model/issue';
import { ENTITY_SPECS } from '../model/specs';
import { nowWithOffset } from '../time/dateTime';
import { notFound } from './notFound';
import type { Plan } from './plan';

type Entity = Record<string, unknown>;

/** The input of `addComment` as the generic add takes it: now as `at`, and a reply about what its thread is about. */
export function commentInput(plan: Plan, input: Entity): Entity {
  const out = { ...input };
  if (out.at === undefined) out.at = nowWithOffset();
  if (out.target === undefined && typeof out.replyTo === 'string') {
    const root = plan.get('comments', out.replyTo);
    if (root) out.target = root.target;
  }
  return out;
}

/** The comment `id`, or undefined with the reason in `issues`. */
function existing(plan: Plan, id: unknown, path: string, issues: Issue[]): Entity | undefined {
  const comment = typeof id === 'string' ? plan.get('comments', id) : undefined;
  if (!comment) issues.push(notFound('comments', id, `${path}id`));
  return comment;
}

/** True when `by` wrote the comment; otherwise says that only its writer may change or delete it. */
export function checkAuthor(plan: Plan, id: unknown, by: unknown, path: string, issues: Issue[]): boolean {
  const comment = existing(plan, id, path, issues);
  if (!comment) return false;
  if (typeof by === 'string' && by.trim() !== '' && by === comment.author) return true;
  issues.push({
    code: 'not-author',
    path: `${path}by`,
    message: text(
      `bara den som skrev kommentaren (${String(comment.author)}) kan ändra eller ta bort den`,
      `only the writer of the comment (${String(comment.author)}) can change or delete it`,
    ),
  });
  return false;
}

/** `editComment`: the writer's new text, checked as a comment's text is. */
export function planEditComment(plan: Plan, id: unknown, value: unknown, by: unknown, path: string, issues: Issue[]): void {
  if (!checkAuthor(plan, id, by, path, issues)) return;
  const checked = ENTITY_SPECS.comments.text!.check(value);
  if (!checked.ok) {
    issues.push({ code: 'invalid-field', path: `${path}text`, message: checked.message });
    return;
  }
  plan.patch('comments', id as string, { text: value });
}

/** `resolveThread`: settles a thread or opens it again, on its first comment. */
export function planResolveThread(plan: Plan, id: unknown, resolved: unknown, path: string, issues: Issue[]): void {
  const comment = existing(plan, id, path, issues);
  if (!comment) return;
  const checked = ENTITY_SPECS.comments.resolved!.check(resolved);
  if (!checked.ok) {
    issues.push({ code: 'invalid-field', path: `${path}resolved`, message: checked.message });
    return;
  }
  if (comment.replyTo !== null) {
    const v = resolveReplyViolation(id);
    issues.push({ code: v.code, path: `${path}id`, message: v.message });
    return;
  }
  plan.patch('comments', id as string, { resolved });
}
