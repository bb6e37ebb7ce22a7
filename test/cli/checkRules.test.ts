import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check';
import { helpText } from '../../cli/help';
import { serializeMap } from '../../shared/file/serialize';
import { makeAccountable, makeBody, makeDocument, makeModel } from '../factories';

/** A map with a structural finding (a body with no members) and, after the act, the law's. */
function mapFile(rulesOff: string[] = []): string {
  const base = makeModel({ bodies: [makeAccountable('ks'), makeBody('sg', { kind: 'steering_group' })], documents: [makeDocument('p', { kind: 'plan_programme' })] });
  const model = { ...base, settings: { ...base.settings, rulesOff } };
  const file = join(mkdtempSync(join(tmpdir(), 'mandat-rules-')), 'karta.mandat');
  writeFileSync(file, serializeMap(model, null));
  return file;
}

const rulesIn = (out: string): string[] => [...new Set((JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule))].sort();

describe('mandat check --rules', () => {
  it('runs only the groups named', async () => {
    const file = mapFile();
    const all = rulesIn((await runCheck({ file, asOf: '2024-01-01', format: 'json', lang: 'en' })).out);
    expect(all).toEqual(expect.arrayContaining(['no-action-plan', 'empty-body', 'document-without-decision']));
    const law = rulesIn((await runCheck({ file, asOf: '2024-01-01', format: 'json', lang: 'en', rules: 'law' })).out);
    expect(law).toEqual(['no-action-plan', 'no-coordination-function', 'no-situational-picture']);
    const lawAndPlans = rulesIn((await runCheck({ file, asOf: '2024-01-01', format: 'json', lang: 'en', rules: 'law, plans' })).out);
    expect(lawAndPlans).toContain('document-without-decision');
    expect(lawAndPlans).not.toContain('empty-body');
  });

  it('takes a check id, and runs checks the map switched off when they are named', async () => {
    const file = mapFile(['law']);
    expect(rulesIn((await runCheck({ file, asOf: '2024-01-01', format: 'json', lang: 'en' })).out)).not.toContain('no-action-plan');
    expect(rulesIn((await runCheck({ file, asOf: '2024-01-01', format: 'json', lang: 'en', rules: 'no-action-plan' })).out)).toEqual(['no-action-plan']);
  });

  it('refuses an unknown group with the choices, in the chosen language', async () => {
    const file = mapFile();
    await expect(runCheck({ file, format: 'json', lang: 'sv', rules: 'lag' })).rejects.toMatchObject({ message: expect.stringContaining('law, police, plans') });
  });

  it('lists the law requirements in the JSON', async () => {
    const json = JSON.parse((await runCheck({ file: mapFile(), asOf: '2024-01-01', format: 'json', lang: 'sv' })).out);
    expect(json.lawRequirements.requirements.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ['situational_picture', 'missing'],
      ['action_plan', 'missing'],
      ['coordination_function', 'missing'],
      ['cooperation_agreement', 'missing'],
    ]);
    expect(json.lawRequirements.braSteps).toHaveLength(5);
  });

  it('is documented in the help, in both languages', () => {
    expect(helpText('check', 'sv')).toContain('--rules GRUPPER');
    expect(helpText('check', 'en')).toContain('law (the');
  });
});
