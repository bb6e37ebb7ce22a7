import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/analysis/types';
import { findingChanges } from '../../../shared/diff/findings';
import type { FindingChange, MapDifference } from '../../../shared/diff';

// A finding with a key joined as the checks join it (`rule:subject`, a cons string); the rest is filler.
const finding = (rule: string, subject: string): Finding =>
  ({
    rule,
    severity: 'warning',
    key: `${rule}:` + subject,
    elements: { bodies: [subject], members: [], reportingLines: [], initiatives: [], fundingLines: [] },
    message: { sv: subject, en: subject },
    fix: { sv: '', en: '' },
  }) as unknown as Finding;

/** The plain reference: two key sets. */
function reference(before: readonly Finding[], after: readonly Finding[]): Omit<MapDifference['findings'], 'persistsCount'> {
  const a = new Set(before.map((f) => f.key));
  const b = new Set(after.map((f) => f.key));
  const c = (status: FindingChange['status'], f: Finding): FindingChange => ({
    status,
    key: f.key,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    bodies: f.elements.bodies,
    lines: f.elements.reportingLines,
  });
  return {
    appeared: after.filter((f) => !a.has(f.key)).map((f) => c('appeared', f)),
    resolved: before.filter((f) => !b.has(f.key)).map((f) => c('resolved', f)),
    persists: after.filter((f) => a.has(f.key)).map((f) => c('persists', f)),
  };
}

// Few rules and subjects, so that lists share keys, repeat them and interleave rules.
const findings = fc.array(fc.tuple(fc.constantFrom('overlap', 'no-chair', 'empty-body'), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'a|b', 'b|a')).map(([r, s]) => finding(r, s)), { maxLength: 40 });

const RULES = ['overlap', 'no-chair', 'empty-body'];
/** A list as `analyse` gives it: each rule's findings together (rules in an order of its own), each rule's in their own order. */
const grouped = fc.tuple(findings, fc.shuffledSubarray(RULES, { minLength: 3, maxLength: 3 })).map(([list, order]) =>
  [...list].sort((x, y) => order.indexOf(x.rule) - order.indexOf(y.rule)),
);

describe('matching the findings of two sides', () => {
  it('gives what two plain key sets give, in the same order, on random lists grouped by rule (as analyse lists them) and not', () => {
    fc.assert(
      fc.property(fc.oneof(grouped, findings), fc.oneof(grouped, findings), (before, after) => {
        const got = findingChanges(before, after);
        const want = reference(before, after);
        expect(got.appeared).toEqual(want.appeared);
        expect(got.resolved).toEqual(want.resolved);
        expect(got.persistsCount).toBe(want.persists.length);
        expect(got.persists).toEqual(want.persists);
        // Read twice: the same list.
        expect(got.persists).toBe(got.persists);
      }),
      { numRuns: 500 },
    );
  });

  it('matches a list with itself and with an empty one', () => {
    const list = [finding('overlap', 'a|b'), finding('overlap', 'a|b'), finding('no-chair', 'c')];
    expect(findingChanges(list, list).persistsCount).toBe(3);
    expect(findingChanges(list, []).resolved.map((f) => f.key)).toEqual(['overlap:a|b', 'overlap:a|b', 'no-chair:c']);
    expect(findingChanges([], list).appeared).toHaveLength(3);
  });
});
