/**
 * How to quieten each law and plan check (see quietMaps.ts): the fix its own advice
 * describes, applied to every document it could flag.
 */
import type { GoverningDocument, MandatModel } from '../../../shared/model/types';
import { isValidOn } from '../../../shared/time/isoDate';
import { makeCoordination, makeDocument, makeMember } from '../../factories';

type Quieten = (model: MandatModel, asOf: string) => MandatModel;

function accountableId(model: MandatModel, asOf: string): GoverningDocument['decidedBy'] {
  const top = [...model.bodies.values()].find((b) => b.accountable && b.level !== 'external' && isValidOn(b, asOf));
  if (!top) throw new Error('the map has no accountable body on the date');
  return top.id;
}

function eachDocument(model: MandatModel, change: (d: GoverningDocument) => GoverningDocument): MandatModel {
  const documents = new Map<string, GoverningDocument>();
  for (const d of model.documents.values()) documents.set(d.id, change(d));
  return { ...model, documents };
}

function withDocument(model: MandatModel, d: GoverningDocument): MandatModel {
  return { ...model, documents: new Map([...model.documents, [d.id, d]]) };
}

export const QUIETEN_DOCUMENTS = {
  'no-situational-picture': (model, asOf) => withDocument(model, makeDocument('quiet-picture', { kind: 'situational_picture', decidedOn: asOf })),
  'stale-situational-picture': (model, asOf) =>
    eachDocument(model, (d) => (d.kind === 'situational_picture' ? { ...d, decidedOn: asOf, validFrom: d.validFrom === null ? null : asOf } : d)),
  'no-action-plan': (model, asOf) =>
    withDocument(model, makeDocument('quiet-plan', { kind: 'action_plan', decidedBy: accountableId(model, asOf), decisionRef: 'KF § 1', decidedOn: asOf })),
  'action-plan-before-picture': (model, asOf) => eachDocument(model, (d) => (d.kind === 'action_plan' ? { ...d, decidedOn: asOf, validFrom: asOf } : d)),
  'action-plan-not-municipal': (model, asOf) => {
    const by = accountableId(model, asOf);
    return eachDocument(model, (d) => (d.kind === 'action_plan' ? { ...d, decidedBy: by } : d));
  },
  'no-coordination-function': (model, asOf) => {
    const c = makeCoordination('quiet-coordination', { body: accountableId(model, asOf) });
    return { ...model, coordination: new Map([...model.coordination, [c.id, c]]) };
  },
  'agreement-expired': (model) => eachDocument(model, (d) => (d.kind === 'cooperation_agreement' ? { ...d, validTo: null } : d)),
  'agreement-unsigned': (model) => {
    const town = makeMember('quiet-town', { organisation: 'Kommunen' });
    const police = makeMember('quiet-police', { organisation: 'Polisen' });
    const members = new Map([...model.members, [town.id, town], [police.id, police]]);
    return eachDocument({ ...model, members }, (d) => (d.kind === 'cooperation_agreement' ? { ...d, signatories: [...d.signatories, town.id, police.id] } : d));
  },
  'document-lapsed': (model) => eachDocument(model, (d) => ({ ...d, reviewBy: null, validTo: null })),
  'yearly-plan-outside-parent': (model) =>
    eachDocument(model, (d) => {
      const parent = d.kind === 'yearly_plan' && d.parent ? model.documents.get(d.parent) : undefined;
      return parent ? { ...d, validFrom: parent.validFrom ?? parent.decidedOn, validTo: parent.validTo } : d;
    }),
  'initiative-without-plan': (model) =>
    withDocument(model, makeDocument('quiet-programme', { kind: 'plan_programme', governsInitiatives: [...model.initiatives.values()].map((i) => i.id) })),
  'document-without-decision': (model, asOf) => {
    const by = accountableId(model, asOf);
    return eachDocument(model, (d) => ({ ...d, decidedBy: d.decidedBy ?? by, decisionRef: d.decisionRef || 'KF § 1' }));
  },
} satisfies Record<string, Quieten>;
