import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawRequirements } from '../../shared/analysis/law/requirements';
import { restoreText } from '../../shared/file/restore';
import type { BodyId, MemberId } from '../../shared/model/ids';
import { makeAccountable, makeBody, makeCoordination, makeDocument, makeMember, makeMembership, makeModel } from '../factories';

const ks = makeAccountable('ks');
const police = makeBody('lpo', { kind: 'external_organisation', level: 'external' });
const status = (r: ReturnType<typeof lawRequirements>) => Object.fromEntries(r.requirements.map((q) => [q.id, q.status]));

describe('lawRequirements', () => {
  it('lists every requirement as missing on a map without documents', () => {
    const r = lawRequirements(makeModel({ bodies: [ks] }), '2024-01-01');
    expect(r.lawInForce).toBe(true);
    expect(status(r)).toEqual({ situational_picture: 'missing', action_plan: 'missing', coordination_function: 'missing', cooperation_agreement: 'missing' });
    expect(r.braSteps.map((s) => s.done)).toEqual([false, false, false, false, false]);
  });

  it('goes from missing to met with a lägesbild, an åtgärdsplan, a coordinator and a signed agreement, naming what meets each', () => {
    const chair = makeMember('ordf');
    const head = makeMember('chef', { organisation: 'Polismyndigheten' });
    const model = makeModel({
      bodies: [ks, police, makeBody('sg', { kind: 'steering_group' })],
      members: [chair, head],
      memberships: [makeMembership('ordf', 'ks', { role: 'chair' }), makeMembership('chef', 'sg')],
      documents: [
        makeDocument('lb', { title: 'Lägesbild 2024', kind: 'situational_picture', decidedOn: '2024-02-01' }),
        makeDocument('ap', { title: 'Åtgärdsplan 2024–2027', kind: 'action_plan', decidedBy: 'ks' as BodyId, decidedOn: '2024-03-01', reviewBy: '2025-03-01' }),
        makeDocument('sa', { kind: 'cooperation_agreement', signatories: ['ordf', 'chef'] as MemberId[] }),
        makeDocument('ml', { kind: 'citizen_promise' }),
      ],
      coordination: [makeCoordination('c', { body: 'sg' as BodyId, validFrom: '2023-07-01' })],
    });
    const r = lawRequirements(model, '2024-06-01');
    expect(status(r)).toEqual({ situational_picture: 'met', action_plan: 'met', coordination_function: 'met', cooperation_agreement: 'met' });
    expect(r.requirements.map((q) => q.meetsBy)).toEqual(['Lägesbild 2024', 'Åtgärdsplan 2024–2027', 'SG', 'Document sa']);
    expect(r.braSteps.map((s) => s.done)).toEqual([true, true, true, true, true]);
  });

  it("says stale for an old picture (by the map's setting), a plan older than the picture and an expired agreement", () => {
    const model = makeModel({
      bodies: [ks],
      documents: [
        makeDocument('lb', { kind: 'situational_picture', decidedOn: '2021-01-01' }),
        makeDocument('ap', { kind: 'action_plan', decidedBy: 'ks' as BodyId, decidedOn: '2020-06-01' }),
        makeDocument('sa', { kind: 'cooperation_agreement', validTo: '2023-12-31' }),
      ],
    });
    const r = lawRequirements(model, '2024-06-01');
    expect(status(r)).toMatchObject({ situational_picture: 'stale', action_plan: 'stale', cooperation_agreement: 'stale' });
    expect(r.requirements[0]?.detail.en).toContain("the map's setting");
    const lenient = lawRequirements({ ...model, settings: { ...model.settings, situationalPictureMaxAgeMonths: 60 } }, '2024-06-01');
    expect(lenient.requirements[0]?.status).toBe('met');
  });

  it('reads the sample as the sources leave it after the act: the agreement in force but unsigned, the rest missing', () => {
    const restored = restoreText(readFileSync(join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8'));
    if (!restored.ok) throw new Error(restored.error.message.en);
    const r = lawRequirements(restored.model, '2023-09-01');
    expect(status(r)).toEqual({ situational_picture: 'missing', action_plan: 'missing', coordination_function: 'missing', cooperation_agreement: 'stale' });
    expect(r.requirements[3]?.document).toBe('doc-sao');
    expect(lawRequirements(restored.model, '2022-06-01').lawInForce).toBe(false);
  });
});
