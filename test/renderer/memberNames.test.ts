import { describe, expect, it } from 'vitest';
import { seatByNames } from '../../renderer/src/panels/memberNames';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeMember, makeMembership, makeModel } from '../factories';

const model = makeModel({ bodies: [makeBody('sg'), makeBody('lg')], members: [makeMember('m1', { name: 'Anna Berg' })], memberships: [makeMembership('m1', 'lg')] });

describe('seating members by name', () => {
  it('seats several people typed with commas and semicolons, finding existing members by name', () => {
    const commands = seatByNames(model, 'sg' as BodyId, 'anna berg, Bo Ek; Cilla Dahl\n');
    expect(commands.map((c) => c.type)).toEqual(['addMembership', 'addMember', 'addMembership', 'addMember', 'addMembership']);
    expect(commands[0]).toMatchObject({ membership: { member: 'm1', body: 'sg' } });
    expect(commands.filter((c) => c.type === 'addMember').map((c) => (c.type === 'addMember' ? c.member.name : ''))).toEqual(['Bo Ek', 'Cilla Dahl']);
  });

  it('does not seat someone twice in the same body, nor a name given twice', () => {
    expect(seatByNames(model, 'lg' as BodyId, 'Anna Berg')).toEqual([]);
    const twice = seatByNames(model, 'sg' as BodyId, 'Bo Ek, bo ek');
    expect(twice.map((c) => c.type)).toEqual(['addMember', 'addMembership']);
  });
});
