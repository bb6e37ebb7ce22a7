import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check';
import { serializeMap } from '../../shared/file/serialize';
import type { BodyId, DocumentId, MemberId } from '../../shared/model/ids';
import { makeAccountable, makeCoordination, makeDocument, makeMember, makeModel, makeView } from '../factories';

describe('mandat check --format json', () => {
  it('lists the governing documents and coordination periods, each marked in force or not on the day checked', async () => {
    const model = makeModel({
      bodies: [makeAccountable('ks')],
      members: [makeMember('m')],
      documents: [
        makeDocument('agr', { title: 'Samverkansöverenskommelse', kind: 'cooperation_agreement', decidedBy: 'ks' as BodyId, validFrom: '2024-01-01', validTo: '2027-12-31' }),
        makeDocument('old', { title: 'Handlingsplan 2020', kind: 'yearly_plan', parent: 'agr' as DocumentId, validTo: '2020-12-31' }),
      ],
      coordination: [makeCoordination('c1', { member: 'm' as MemberId, validFrom: '2024-01-01' })],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'mandat-docs-')), 'karta.mandat');
    writeFileSync(file, serializeMap(model, null));
    const r = await runCheck({ file, asOf: '2025-03-01', format: 'json', lang: 'sv' });
    const json = JSON.parse(r.out);
    expect(json.documents.map((d: { id: string; kindLabel: string; inForce: boolean; decidedBy: string }) => [d.id, d.kindLabel, d.inForce, d.decidedBy])).toEqual([
      ['agr', 'Samverkansöverenskommelse', true, 'ks'],
      ['old', 'Handlingsplan/årsplan', false, null],
    ]);
    expect(json.coordination).toEqual([{ id: 'c1', body: null, member: 'm', validFrom: '2024-01-01', validTo: null, notes: '', inForce: true }]);
  });

  it('lists the saved views in presentation order', async () => {
    const model = makeModel({
      bodies: [makeAccountable('ks')],
      views: [makeView('b', { order: 1, focus: 'ks' as BodyId }), makeView('a', { order: 2 }), makeView('c', { order: 0, name: 'Först' })],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'mandat-views-')), 'karta.mandat');
    writeFileSync(file, serializeMap(model, null));
    const json = JSON.parse((await runCheck({ file, asOf: '2025-03-01', format: 'json', lang: 'sv' })).out);
    expect(json.views.map((v: { id: string; name: string; focus: string | null }) => [v.id, v.focus])).toEqual([
      ['c', null],
      ['b', 'ks'],
      ['a', null],
    ]);
    expect(json.views[0]).toEqual(makeView('c', { order: 0, name: 'Först' }));
  });
});
