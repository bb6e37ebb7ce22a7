import type { Comment, CommentTarget, MandatModel } from './types';

/** A first comment and its replies, oldest first. */
export interface Thread {
  readonly root: Comment;
  readonly replies: readonly Comment[];
}

/** A key that is the same for two targets exactly when they name the same thing: `map`, `body:ks`, `line:l1`. */
export function targetKey(target: CommentTarget): string {
  return target.kind === 'map' ? 'map' : `${target.kind}:${target.id}`;
}

/** True when the target still exists in the map (a merge can leave a comment on a deleted body). */
export function targetExists(model: MandatModel, target: CommentTarget): boolean {
  if (target.kind === 'map') return true;
  return target.kind === 'body' ? model.bodies.has(target.id) : model.reportingLines.has(target.id);
}

const byTime = (a: Comment, b: Comment): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every thread of the map, oldest first, grouped by target key; replies whose first
 * comment is gone (a merge can leave one) are left out, as restore would drop them.
 */
export function threadsByTarget(model: MandatModel): Map<string, Thread[]> {
  const replies = new Map<string, Comment[]>();
  for (const c of model.comments.values()) {
    if (c.replyTo === null) continue;
    const list = replies.get(c.replyTo);
    if (list) list.push(c);
    else replies.set(c.replyTo, [c]);
  }
  const out = new Map<string, Thread[]>();
  for (const root of [...model.comments.values()].filter((c) => c.replyTo === null).sort(byTime)) {
    const key = targetKey(root.target);
    const thread = { root, replies: (replies.get(root.id) ?? []).sort(byTime) };
    const list = out.get(key);
    if (list) list.push(thread);
    else out.set(key, [thread]);
  }
  return out;
}

/** The threads about one target, oldest first. */
export function threadsOf(model: MandatModel, target: CommentTarget): Thread[] {
  return threadsByTarget(model).get(targetKey(target)) ?? [];
}
