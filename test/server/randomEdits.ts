import type { Command } from '../../shared/commands/types';
import { readModel, type MapDocument } from '../../shared/model/document';
import type { BodyId, MemberId, MembershipId, ReportingLineId } from '../../shared/model/ids';
import { BODY_KINDS, DOCUMENTED, LEVELS, LINE_KINDS, ROLES } from '../../shared/model/vocabulary';
import type { Rng } from '../bench/random';

const WORDS = ['Styrgrupp', 'Trygghet', 'Samverkan', 'Råd', 'Beredning', 'Nämnd', 'Forum', 'Grupp', 'Brå', 'Polis'];

/**
 * A random edit of the map `doc` holds now, of the kinds people make: add, rename,
 * move, connect, seat and remove. It may be refused (e.g. a line that exists already);
 * refused commands write nothing.
 */
export function randomCommand(rng: Rng, doc: MapDocument): Command {
  const model = readModel(doc);
  const bodies = [...model.bodies.keys()] as BodyId[];
  const members = [...model.members.keys()] as MemberId[];
  const memberships = [...model.memberships.keys()] as MembershipId[];
  const lines = [...model.reportingLines.keys()] as ReportingLineId[];
  const word = () => `${rng.pick(WORDS)} ${rng.int(1000)}`;
  const choice = rng.weighted<string>([
    ['addBody', bodies.length < 40 ? 4 : 0],
    ['renameBody', bodies.length > 0 ? 4 : 0],
    ['moveBody', bodies.length > 0 ? 3 : 0],
    ['mandate', bodies.length > 0 ? 2 : 0],
    ['removeBody', bodies.length > 3 ? 1 : 0],
    ['addMember', members.length < 30 ? 2 : 0],
    ['seat', bodies.length > 0 && members.length > 0 ? 3 : 0],
    ['unseat', memberships.length > 0 ? 1 : 0],
    ['connect', bodies.length > 1 ? 3 : 0],
    ['relabel', lines.length > 0 ? 2 : 0],
    ['disconnect', lines.length > 0 ? 1 : 0],
    ['meta', 1],
  ]);
  switch (choice) {
    case 'addBody':
      return { type: 'addBody', body: { name: word(), kind: rng.pick(BODY_KINDS), level: rng.pick(LEVELS), accountable: rng.chance(0.2) } };
    case 'renameBody':
      return { type: 'updateBody', id: rng.pick(bodies), changes: { name: word(), shortName: word().slice(0, 6) } };
    case 'moveBody':
      return { type: 'updateBody', id: rng.pick(bodies), changes: { position: { x: rng.int(2000), y: rng.int(1500) } } };
    case 'mandate':
      return { type: 'updateBody', id: rng.pick(bodies), changes: { mandate: { decisionRef: `KS 2024-0${1 + rng.int(9)}-1${rng.int(10)} § ${rng.int(300)}` } } };
    case 'removeBody':
      return { type: 'removeBody', id: rng.pick(bodies) };
    case 'addMember':
      return { type: 'addMember', member: { name: word(), kind: rng.chance(0.5) ? 'person' : 'position' } };
    case 'seat':
      return { type: 'addMembership', membership: { member: rng.pick(members), body: rng.pick(bodies), role: rng.pick(ROLES) } };
    case 'unseat':
      return { type: 'removeMembership', id: rng.pick(memberships) };
    case 'connect': {
      const [from, to] = rng.shuffle([...bodies]) as [BodyId, BodyId];
      return { type: 'connectReport', line: { from, to, kind: rng.pick(LINE_KINDS) } };
    }
    case 'relabel':
      return { type: 'updateReportingLine', id: rng.pick(lines), changes: { frequency: `${1 + rng.int(12)} gånger per år`, documented: rng.pick(DOCUMENTED) } };
    case 'disconnect':
      return { type: 'removeReportingLine', id: rng.pick(lines) };
    default:
      return { type: 'updateMeta', changes: { description: word() } };
  }
}
