import type { MemberId, MembershipId, BodyId } from '../../shared/model/ids';
import type { Member, Membership } from '../../shared/model/types';
import type { Role } from '../../shared/model/vocabulary';

/** Positions, never private persons: the map follows the role, not who holds it. */
function position(id: string, title: string, organisation: string, notes = ''): Member {
  return { id: id as MemberId, name: title, title, organisation, kind: 'position', notes };
}

export const MEMBERS: Member[] = [
  position('kd', 'Kommundirektör', 'Kommunledningskontoret', 'Leder rådet [2021 §3.1].'),
  position('ordf-ks', 'Kommunstyrelsens ordförande', 'Kommunstyrelsen'),
  position('kr', 'Kommunalråd', 'Kommunstyrelsen', 'Kommunalråden som grupp [2021 §3.1].'),
  position('ordf-avn', 'Ordförande i arbetsmarknads- och vuxenutbildningsnämnden', 'Arbetsmarknads- och vuxenutbildningsnämnden'),
  position('ordf-kfn', 'Ordförande i kultur- och fritidsnämnden', 'Kultur- och fritidsnämnden'),
  position('ordf-sn', 'Ordförande i socialnämnden', 'Socialnämnden'),
  position('ordf-sbn', 'Ordförande i stadsbyggnadsnämnden', 'Stadsbyggnadsnämnden'),
  position('ordf-fsn', 'Ordförande i förskolenämnden', 'Förskolenämnden'),
  position('ordf-gsn', 'Ordförande i grundskolenämnden', 'Grundskolenämnden'),
  position('ordf-gn', 'Ordförande i gymnasienämnden', 'Gymnasienämnden'),
  position('lpoc', 'Lokalpolisområdeschef', 'Polismyndigheten', 'Ska ingå i rådet enligt samverkansöverenskommelsen; bjuds in vid behov till styr- och ledningsgruppen [2021 §3.1].'),
  position('kpol', 'Kommunpolis', 'Polismyndigheten', 'Bjuds in vid behov till styr- och ledningsgruppen [2021 §3.1].'),
  position('vd-kfast', 'VD Kommunfastigheter', 'Kommunfastigheter', 'Ingår i styrgruppen [2021 §3.4.2].'),
  position('oc-avf', 'Områdeschef, arbetsmarknads- och vuxenutbildningsförvaltningen', 'Arbetsmarknads- och vuxenutbildningsförvaltningen'),
  position('oc-buf', 'Områdeschef, barn- och utbildningsförvaltningen', 'Barn- och utbildningsförvaltningen'),
  position('oc-kff', 'Områdeschef, kultur- och fritidsförvaltningen', 'Kultur- och fritidsförvaltningen'),
  position('oc-sf', 'Områdeschef, socialförvaltningen', 'Socialförvaltningen'),
];

function seat(member: string, body: string, role: Role = 'member'): Membership {
  return {
    id: `ms-${member}-${body}` as MembershipId,
    member: member as MemberId,
    body: body as BodyId,
    role,
    validFrom: null,
    validTo: null,
  };
}

const COUNCIL = ['ordf-ks', 'kr', 'ordf-avn', 'ordf-kfn', 'ordf-sn', 'ordf-sbn', 'ordf-fsn', 'ordf-gsn', 'ordf-gn', 'lpoc'];
const AREA_HEADS = ['oc-avf', 'oc-buf', 'oc-kff', 'oc-sf'];

export const MEMBERSHIPS: Membership[] = [
  // The council [2021 §3.1; 2023 §3.1.3]; its own validity bounds the seats.
  seat('kd', 'bra', 'chair'),
  ...COUNCIL.map((m) => seat(m, 'bra')),
  // Steering group: the only named member, and the police invited when needed [2021 §3.1, §3.4.2].
  seat('vd-kfast', 'sg'),
  seat('lpoc', 'sg', 'invited'),
  seat('kpol', 'sg', 'invited'),
  // SOG: area heads of four administrations [2023 §3.1.3].
  ...AREA_HEADS.map((m) => seat(m, 'sog')),
  // Management group: "in many cases the same representatives" as SOG [2021 §3.1].
  ...AREA_HEADS.map((m) => seat(m, 'lg')),
  seat('lpoc', 'lg', 'invited'),
  seat('kpol', 'lg', 'invited'),
];
