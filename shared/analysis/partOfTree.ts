import type { MandatModel } from '../model/types';

/** Steps walked up a part-of chain before the tree's numbers are made. */
const WALK = 32;

interface Numbers {
  readonly entry: Map<string, number>;
  readonly exit: Map<string, number>;
}

/** Entry and exit numbers of a depth-first walk of the part-of forest (iterative: a chain of thousands would overflow the call stack). */
function numberTree(model: MandatModel): Numbers {
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const b of model.bodies.values()) {
    const p = b.partOf && model.bodies.has(b.partOf) ? b.partOf : null;
    if (p === null) roots.push(b.id);
    else {
      const list = children.get(p);
      if (list) list.push(b.id);
      else children.set(p, [b.id]);
    }
  }
  const entry = new Map<string, number>();
  const exit = new Map<string, number>();
  let n = 0;
  const stack: { id: string; next: number }[] = [];
  for (const root of roots) {
    entry.set(root, n++);
    stack.push({ id: root, next: 0 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const kids = children.get(top.id);
      if (kids && top.next < kids.length) {
        const child = kids[top.next++] as string;
        entry.set(child, n++);
        stack.push({ id: child, next: 0 });
      } else {
        exit.set(top.id, n);
        stack.pop();
      }
    }
  }
  return { entry, exit };
}

/**
 * Whether `anc` is above `id` (whose partOf is `parent`) in the map's part-of tree. Chains
 * are short, so a walk without allocating answers; a chain longer than WALK is answered by
 * the numbers of one depth-first walk of the tree (anc is above id when id's entry number
 * lies within anc's), made once, in linear time and room. A set of ancestors kept for every
 * body was quadratic in room: a 20,000-body chain took the command line past 4 GB.
 */
export function partOfAbove(model: MandatModel): (anc: string, id: string, parent: string | null) => boolean {
  let numbers: Numbers | null = null;
  return (anc, id, parent) => {
    let cur = parent;
    for (let step = 0; cur && step < WALK; step++) {
      if (cur === anc) return true;
      cur = model.bodies.get(cur)?.partOf ?? null;
    }
    if (!cur) return false;
    numbers ??= numberTree(model);
    const a = numbers.entry.get(anc);
    const i = numbers.entry.get(id);
    if (a !== undefined && i !== undefined) return a < i && i < (numbers.exit.get(anc) as number);
    // Not reached from a root: id hangs in a ring (restore refuses one; a hand-built model
    // might hold it). Walked to its end, each body once.
    const seen = new Set<string>();
    while (cur && !seen.has(cur)) {
      if (cur === anc) return true;
      seen.add(cur);
      cur = model.bodies.get(cur)?.partOf ?? null;
    }
    return false;
  };
}
