import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check';
import { serializeMap } from '../../shared/file/serialize';
import { makeAccountable, makeAssignment, makeBody, makeModel, makeTask } from '../factories';

describe('mandat check --format json', () => {
  it('lists the tasks and assignments, each marked in force or not on the day checked', async () => {
    const model = makeModel({
      bodies: [makeAccountable('ks'), makeBody('bra')],
      tasks: [makeTask('t1', { name: 'Rapportera till KS', validFrom: '2024-01-01' }), makeTask('t0', { name: 'Gammal', validTo: '2020-12-31' })],
      assignments: [makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'bra', 'R', { validTo: '2024-12-31', source: '2023, 3.1.4' })],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'mandat-tasks-')), 'karta.mandat');
    writeFileSync(file, serializeMap(model, null));
    const json = JSON.parse((await runCheck({ file, asOf: '2025-03-01', format: 'json', lang: 'sv' })).out);
    expect(json.tasks.map((t: { id: string; inForce: boolean }) => [t.id, t.inForce])).toEqual([
      ['t0', false],
      ['t1', true],
    ]);
    expect(json.assignments.map((a: { body: string; role: string; inForce: boolean; source: string }) => [a.body, a.role, a.inForce, a.source])).toEqual([
      ['bra', 'R', false, '2023, 3.1.4'],
      ['ks', 'A', true, ''],
    ]);
  });
});
