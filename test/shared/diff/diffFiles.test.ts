import { describe, expect, it } from 'vitest';
import { applyDifference, diffModels, isUnchanged } from '../../../shared/diff';
import type { Change, MapDifference } from '../../../shared/diff';
import { makeAccountable, makeBody, makeDocument, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

const all = (d: MapDifference): Change[] => d.groups.flatMap((g) => g.changes);
const only = (d: MapDifference, scope: string): Change[] => all(d).filter((c) => c.scope === scope);

const before = makeModel({
  bodies: [makeAccountable('ks', { name: 'Kommunstyrelsen' }), makeBody('g', { name: 'Gruppen', kind: 'working_group' }), makeBody('old', { name: 'Gamla rådet' })],
  members: [makeMember('a', { name: 'Anna' })],
  memberships: [makeMembership('a', 'g')],
  lines: [makeLine('g', 'ks', { id: 'l1' as never, documented: 'no', frequency: '' })],
});

const after = makeModel({
  bodies: [
    makeAccountable('ks', { name: 'Kommunstyrelsen' }),
    makeBody('g', { name: 'Styrgruppen', kind: 'steering_group', formerNames: [{ name: 'Gruppen', shortName: 'G', validTo: '2024-01-01' }], mandate: { text: 'Mandate of g', decidedBy: 'ks' as never, decisionRef: 'KS 2024-02-01 § 3', requiredMembers: [] } }),
    makeBody('new', { name: 'Nya beredningen', kind: 'drafting_committee' }),
  ],
  members: [makeMember('a', { name: 'Anna' })],
  memberships: [makeMembership('a', 'g', { role: 'chair' })],
  lines: [makeLine('g', 'ks', { id: 'l1' as never, documented: 'yes', frequency: 'varje månad', primary: true })],
  documents: [makeDocument('d1', { title: 'Trygghetsplan' })],
});

describe('diffModels: two files of one map', () => {
  const d = diffModels(before, after, { from: '2024-06-01' });

  it('renames with the old name and lists the other changed fields in the forms’ words', () => {
    const g = only(d, 'bodies').find((c) => c.id === 'g');
    expect(g?.kind).toBe('changed');
    expect(g?.description.en).toBe('Body "Styrgruppen" was renamed (formerly "Gruppen"); kind: Working group → Steering group; decided by: (empty) → "Kommunstyrelsen"; decision ref: "KS 2020-01-01 § 1" → "KS 2024-02-01 § 3"');
    expect(g?.description.sv).toContain('slag: Arbetsgrupp → Styrgrupp');
  });

  it('lists added and removed bodies', () => {
    const kinds = only(d, 'bodies').map((c) => `${c.kind}:${c.id}`);
    expect(kinds).toEqual(['added:new', 'changed:g', 'removed:old']);
  });

  it('names a role change and a line made documented, with frequency and primary', () => {
    expect(only(d, 'memberships')[0]?.description.en).toBe('Membership "Anna" in "Styrgruppen" changed: role: Member → Chair');
    const line = only(d, 'reportingLines')[0];
    expect(line?.fields.map((f) => f.field).sort()).toEqual(['documented', 'frequency', 'primary']);
    expect(line?.description.sv).toContain('primär mottagare: nej → ja');
  });

  it('shows a collection the change list was not written for (documents) without code of its own', () => {
    expect(only(d, 'documents').map((c) => c.description.en)).toEqual(['Governing document "Trygghetsplan" was added']);
    expect(d.groups.map((g) => g.scope)).toEqual(['bodies', 'memberships', 'reportingLines', 'documents']);
  });

  it('gives B when applied to A', () => {
    const applied = applyDifference(before, d);
    expect(isUnchanged(diffModels(applied, after, { from: '2024-06-01' }))).toBe(true);
  });

  it('lists the findings that went (the undocumented line) and keeps them apart from those that stay', () => {
    expect(d.findings.resolved.some((f) => f.rule === 'undocumented-report')).toBe(true);
    expect(d.findings.appeared.some((f) => f.rule === 'undocumented-report')).toBe(false);
  });

  it('finds nothing between a map and itself', () => {
    expect(isUnchanged(diffModels(after, after))).toBe(true);
  });
});

describe('diffModels: two municipalities’ maps', () => {
  const ours = makeModel({
    bodies: [makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' }), makeBody('brå', { name: 'Brottsförebyggande rådet', shortName: 'BRÅ' })],
    members: [makeMember('m1', { name: 'Kommundirektör' })],
    memberships: [makeMembership('m1', 'brå')],
    lines: [makeLine('brå', 'ks', { documented: 'no' })],
  });
  const theirs = makeModel({
    bodies: [makeAccountable('x-ks', { name: 'kommunstyrelsen', shortName: 'KS' }), makeBody('x-brå', { name: 'Lokala BRÅ', shortName: 'BRÅ' }), makeBody('x-sam', { name: 'Samverkansgruppen' })],
    members: [makeMember('x-m1', { name: 'Kommundirektör' })],
    memberships: [makeMembership('x-m1', 'x-brå')],
    lines: [makeLine('x-brå', 'x-ks', { documented: 'yes' })],
  });
  const d = diffModels(ours, theirs);

  it('matches bodies by name, then by short name, and says so', () => {
    expect(d.matchedByName.map((m) => `${m.idBefore}=${m.id}`).sort()).toEqual(['brå=x-brå', 'ks=x-ks', 'm1=x-m1']);
    expect(d.notes[0]?.en).toContain('matched by name');
    const bra = only(d, 'bodies').find((c) => c.id === 'x-brå');
    expect(bra?.kind).toBe('changed');
    expect(bra?.idBefore).toBe('brå');
  });

  it('pairs memberships and lines by what they connect, so only real differences show', () => {
    expect(only(d, 'memberships')).toEqual([]);
    expect(only(d, 'reportingLines').map((c) => c.fields.map((f) => f.field))).toEqual([['documented']]);
    expect(only(d, 'bodies').filter((c) => c.kind === 'added').map((c) => c.id)).toEqual(['x-sam']);
  });

  it('matches by id only when asked to', () => {
    const byId = diffModels(ours, theirs, { match: 'id' });
    expect(byId.matchedByName).toEqual([]);
    expect(only(byId, 'bodies').filter((c) => c.kind === 'removed')).toHaveLength(2);
  });
});
