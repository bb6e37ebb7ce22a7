import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { buildContext } from '../../../shared/analysis/context';
import { defineRule, elements } from '../../../shared/analysis/finding';
import { RULE_IDS, RULES } from '../../../shared/analysis/rules';
import { text } from '../../../shared/i18n/text';
import type { BodyId } from '../../../shared/model/ids';
import { makeBody, makeModel } from '../../factories';
import { generateMap } from '../../bench/synthetic';

describe('defineRule', () => {
  const toy = defineRule({
    id: 'toy-rule',
    severity: 'info',
    description: text('Leksak', 'Toy'),
    find: (ctx) =>
      ctx.bodies.map((b, i) => ({
        subject: `${b.id}|x`,
        elements: elements({ bodies: [b.id] }),
        message: text(`om ${b.id}`, `about ${b.id}`),
        fix: text('gör så', 'do so'),
        ...(i === 1 ? { chain: [b.id, 'a' as BodyId] } : {}),
      })),
  });

  it("stamps every finding with the rule's id and severity and makes the key from its subject", () => {
    const model = makeModel({ bodies: [makeBody('a'), makeBody('b')] });
    const found = toy.run(buildContext(model, '2023-06-01', model.settings));
    expect(found.map((f) => [f.rule, f.severity, f.key])).toEqual([
      ['toy-rule', 'info', 'toy-rule:a|x'],
      ['toy-rule', 'info', 'toy-rule:b|x'],
    ]);
    expect(found[0]?.message.en).toBe('about a');
    expect('chain' in (found[0] as object)).toBe(false);
    expect(found[1]?.chain).toEqual(['b', 'a']);
  });

  it('keeps the fields of a finding in the order files and exports list them', () => {
    const model = makeModel({ bodies: [makeBody('a'), makeBody('b')] });
    const [plain, chained] = toy.run(buildContext(model, '2023-06-01', model.settings));
    expect(Object.keys(plain as object)).toEqual(['rule', 'severity', 'key', 'elements', 'message', 'fix']);
    expect(Object.keys(chained as object)).toEqual(['rule', 'severity', 'key', 'elements', 'chain', 'message', 'fix']);
  });
});

describe('the list of rules', () => {
  it('gives each rule one id, and the ids in the order of the list', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
  });

  it('holds every rule module under shared/analysis/rules, each with exactly one rule', async () => {
    const dir = join(__dirname, '../../../shared/analysis/rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    const listed = new Set<unknown>(RULES);
    const found: string[] = [];
    for (const file of files) {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v) => typeof v === 'object' && v !== null && 'run' in v && 'severity' in v);
      expect(rules, file).toHaveLength(1);
      expect(listed.has(rules[0]), file).toBe(true);
      found.push((rules[0] as unknown as { id: string }).id);
    }
    expect(found.sort()).toEqual([...RULE_IDS].sort());
  });

  it("gives every finding its rule's severity and a key that starts with the rule's id", () => {
    const model = generateMap({ bodies: 120, members: 480, memberships: 2_400, lines: 250, seed: 5 });
    const severity = new Map<string, string>(RULES.map((r) => [r.id, r.severity]));
    const result = analyse(model, { asOf: '2023-06-01' });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(f.severity, f.key).toBe(severity.get(f.rule));
      expect(f.key.startsWith(`${f.rule}:`), f.key).toBe(true);
    }
  });
});
