/**
 * Governing documents and coordination periods for a synthetic map, one municipality at a
 * time (the tag before the first dash of a body's id): a lägesbild, an åtgärdsplan, a
 * samverkansöverenskommelse with the police and a yearly plan under it, and a coordination
 * function, with the usual flaws in small doses (an old picture, a plan decided by a
 * steering group or before the picture, a missing signature, an agreement that ran out, a
 * missing decision reference). Its own random numbers, so the rest of the map is the same
 * map it was before documents were added.
 */
import type { BodyId, CoordinationId, DocumentId, InitiativeId, MemberId } from '../../shared/model/ids';
import type { Body, Coordination, GoverningDocument, MandatModel } from '../../shared/model/types';
import { Rng } from './random';

const tagOf = (id: string): string => id.split('-')[0] as string;
const external = (b: Body): boolean => b.level === 'external' || b.kind === 'external_organisation';

function doc(id: string, over: Partial<GoverningDocument>): GoverningDocument {
  return {
    id: id as DocumentId,
    title: id,
    kind: 'other',
    decidedBy: null,
    decisionRef: '',
    decidedOn: null,
    validFrom: null,
    validTo: null,
    reviewBy: null,
    parties: [],
    signatories: [],
    parent: null,
    replaces: null,
    governsBodies: [],
    governsInitiatives: [],
    governsLines: [],
    areas: [],
    link: '',
    position: null,
    notes: '',
    ...over,
  };
}

interface Municipality {
  readonly board?: Body;
  readonly police?: Body;
  readonly group?: Body;
  readonly initiatives: InitiativeId[];
  boardChair?: MemberId;
  policeMember?: MemberId;
}

/** The model with documents and coordination periods added for each of its municipalities. */
export function withDocuments(model: MandatModel, seed: number): MandatModel {
  const rng = new Rng((seed ^ 0x5eed1e55) >>> 0);
  const muns = new Map<string, Municipality>();
  const mun = (tag: string): Municipality => {
    let m = muns.get(tag);
    if (!m) muns.set(tag, (m = { initiatives: [] }));
    return m;
  };
  for (const b of model.bodies.values()) {
    if (b.validTo !== null) continue;
    const m = mun(tagOf(b.id)) as { -readonly [K in keyof Municipality]: Municipality[K] };
    if (b.kind === 'executive_board' && !m.board) m.board = b;
    else if (external(b) && !m.police) m.police = b;
    else if (b.kind === 'steering_group' && !m.group) m.group = b;
  }
  for (const i of model.initiatives.values()) mun(tagOf(i.id)).initiatives.push(i.id as InitiativeId);
  for (const s of model.memberships.values()) {
    const m = muns.get(tagOf(s.body));
    if (!m || s.validTo !== null) continue;
    if (m.board?.id === s.body && s.role === 'chair') m.boardChair ??= s.member;
    if (m.police?.id === s.body && s.role !== 'invited') m.policeMember ??= s.member;
  }

  const documents = new Map<string, GoverningDocument>();
  const coordination = new Map<string, Coordination>();
  const add = (d: GoverningDocument): void => void documents.set(d.id, d);
  let n = 0;
  for (const [tag, m] of [...muns.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!m.board) continue;
    const ks = m.board.id;
    const ref = (date: string): string => (rng.chance(0.1) ? '' : `KS ${date} § ${10 + rng.int(200)}`);
    const pictureOn = rng.pick(['2021-03-01', '2023-09-15', '2023-10-20', '2024-02-01']);
    add(doc(`${tag}-lb`, { title: `Lägesbild ${tag}`, kind: 'situational_picture', decidedBy: ks, decisionRef: ref(pictureOn), decidedOn: pictureOn, validFrom: pictureOn, areas: rng.chance(0.1) ? ['Centrum'] : [] }));
    const planOn = rng.chance(0.15) ? '2022-11-01' : '2024-03-01';
    const byGroup = m.group && rng.chance(0.15);
    add(
      doc(`${tag}-ap`, {
        title: `Åtgärdsplan ${tag}`,
        kind: 'action_plan',
        decidedBy: byGroup ? (m.group as Body).id : ks,
        decisionRef: ref(planOn),
        decidedOn: planOn,
        validFrom: planOn,
        validTo: '2027-12-31',
        reviewBy: rng.chance(0.2) ? '2024-01-31' : null,
        governsInitiatives: m.initiatives.filter(() => rng.chance(0.8)),
      }),
    );
    const signatories = [m.boardChair, m.policeMember].filter((s): s is MemberId => s !== undefined && rng.chance(0.85));
    const agreementEnd = rng.chance(0.15) ? '2023-12-31' : '2025-12-31';
    add(
      doc(`${tag}-sa`, {
        title: `Samverkansöverenskommelse ${tag}`,
        kind: 'cooperation_agreement',
        decidedBy: ks,
        decisionRef: ref('2022-01-01'),
        decidedOn: '2021-12-15',
        validFrom: '2022-01-01',
        validTo: agreementEnd,
        parties: [ks, ...(m.police ? [m.police.id as BodyId] : [])],
        signatories,
      }),
    );
    add(
      doc(`${tag}-yp`, {
        title: `Handlingsplan 2024 ${tag}`,
        kind: 'yearly_plan',
        parent: `${tag}-sa` as DocumentId,
        decidedBy: ks,
        decisionRef: ref('2024-01-15'),
        decidedOn: '2024-01-15',
        validFrom: '2024-01-01',
        validTo: '2024-12-31',
      }),
    );
    if (m.group && rng.chance(0.9)) {
      const id = `${tag}-c${++n}` as CoordinationId;
      coordination.set(id, { id, body: m.group.id as BodyId, member: null, validFrom: '2023-07-01', validTo: null, notes: '' });
    }
  }
  return { ...model, documents, coordination };
}
