import type { ModelView } from '../model/invariants';
import type { Plan } from './plan';

/** The map a command sees, its planned writes on top, as the invariant checks read it. */
export function planView(plan: Plan): ModelView {
  return {
    get: (c, id) => plan.get(c, id),
    has: (c, id) => plan.has(c, id),
    parentOf: (id) => {
      const next: unknown = plan.fieldOf('bodies', id, 'partOf');
      return typeof next === 'string' ? next : null;
    },
    *membershipsOf(member, body) {
      for (const [id, b] of plan.scan('memberships', 'body')) {
        if (b !== body) continue;
        const m = plan.get('memberships', id);
        if (m && m.member === member) yield m;
      }
    },
  };
}
