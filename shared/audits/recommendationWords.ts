import type { BodyId } from '../model/ids';
import type { Recommendation } from '../model/types';
import { elements, type FindingElements } from '../analysis/finding';

/** A recommendation's text as a finding quotes it: its first 90 characters. */
export function quoted(rec: Recommendation): string {
  const t = rec.text.trim().replace(/\s+/g, ' ');
  return `"${t.length > 90 ? `${t.slice(0, 87)}…` : t}"`;
}

/** What a finding about a recommendation points at: the body it is addressed to, the bodies, lines and initiatives it concerns. */
export function recommendationElements(rec: Recommendation, extraBodies: readonly string[] = []): FindingElements {
  const bodies = [...new Set<string>([rec.addressedTo, ...rec.concernsBodies, ...extraBodies].filter((b): b is string => typeof b === 'string'))];
  return elements({ bodies: bodies as BodyId[], reportingLines: rec.concernsLines, initiatives: rec.concernsInitiatives });
}
