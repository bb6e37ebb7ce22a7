import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../../../shared/analysis/context';
import { RULES } from '../../../shared/analysis/rules';
import type { Finding } from '../../../shared/analysis/types';
import type { MandatModel } from '../../../shared/model/types';
import { generateMapWithAudits } from '../../bench/syntheticAudits';

/**
 * A rule's findings must not keep the analysis context alive: their lazily made messages
 * keep `ctx.names` (the map and the date), not the context, whose indexes would otherwise be
 * copied by the garbage collector with the findings at every analysis (names.ts says why).
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const model: MandatModel = generateMapWithAudits({ bodies: 200, members: 800, memberships: 4_000, lines: 400, tasks: 60, seed: 11 });
const DATES = ['2023-06-01', '2024-06-01'];

/** Runs `rule` on a context made here and lets the context go; returns the findings and a weak reference to the context. */
function runAndDrop(rule: (typeof RULES)[number], asOf: string): { findings: Finding[]; context: WeakRef<object> } {
  const ctx = buildContext(model, asOf, model.settings);
  return { findings: rule.run(ctx) as Finding[], context: new WeakRef(ctx) };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * Contexts made per rule and date. V8 may hold on to a recent one or two for reasons of its
 * own (a compilation in the background keeps what it specialises on, more so on a loaded
 * machine), so up to half may stay, and a test is tried again; a rule whose findings keep
 * their context keeps all of them, every time.
 */
const CONTEXTS = 6;

describe('findings and the analysis context', () => {
  // Every rule compiled before any is looked at.
  beforeAll(() => {
    for (const asOf of DATES) for (const rule of RULES) rule.run(buildContext(model, asOf, model.settings));
  });

  for (const rule of RULES) {
    it(`${rule.id}: its findings let the context go and still say the same`, { retry: 2 }, async () => {
      for (const asOf of DATES) {
        const runs = Array.from({ length: CONTEXTS }, () => runAndDrop(rule, asOf));
        // A WeakRef's target is kept until the current job ends; two collections with a turn between.
        await tick();
        collectGarbage();
        await tick();
        collectGarbage();
        const kept = runs.filter((r) => r.context.deref() !== undefined).length;
        expect(kept, `${rule.id} on ${asOf}: contexts its findings keep`).toBeLessThanOrEqual(CONTEXTS / 2);
        // The messages, made only now (after the contexts are gone), read as on a fresh context.
        const fresh = JSON.stringify(rule.run(buildContext(model, asOf, model.settings)));
        for (const r of runs) expect(JSON.stringify(r.findings)).toBe(fresh);
      }
    });
  }

  it('the map finds something for most rules (so the check above is not empty)', () => {
    const found = RULES.filter((r) => DATES.some((d) => r.run(buildContext(model, d, model.settings)).length > 0));
    expect(found.length).toBeGreaterThan(RULES.length / 2);
  });
});
