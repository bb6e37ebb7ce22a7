import type { Entity } from './types';

/** The value at a dotted path (`mandate.decidedBy`), or undefined. */
export function valueAt(entity: Entity, path: string): unknown {
  // Most paths are one field: no splitting (this runs for every membership of a large map).
  if (!path.includes('.')) return entity[path];
  let v: unknown = entity;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A copy of `entity` with the value at `path` replaced (nested objects copied, not changed). */
export function withValueAt(entity: Entity, path: string, value: unknown): Entity {
  const dot = path.indexOf('.');
  if (dot < 0) return { ...entity, [path]: value };
  const head = path.slice(0, dot);
  const inner = entity[head];
  const base = inner !== null && typeof inner === 'object' ? (inner as Entity) : {};
  return { ...entity, [head]: withValueAt(base, path.slice(dot + 1), value) };
}
