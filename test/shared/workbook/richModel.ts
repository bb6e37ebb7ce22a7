import type { AcknowledgementId, BodyId, InitiativeId } from '../../../shared/model/ids';
import type { Acknowledgement, MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeBody, makeFunding, makeInitiative, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

function makeAck(id: string, over: Partial<Acknowledgement> = {}): Acknowledgement {
  return {
    id: id as AcknowledgementId,
    findingKey: `overlap:${id}`,
    reason: 'Avsiktligt, beslutat av KS',
    by: 'Anna Strateg',
    at: '2024-03-01T10:15:00.000Z',
    ...over,
  };
}

/**
 * A map with every kind of element and every awkward value a cell can hold:
 * separators, quotes, new lines, spaces at the ends, Swedish letters, nulls.
 */
export function makeRichModel(): MandatModel {
  const model = makeModel({
    bodies: [
      makeAccountable('kf', { kind: 'assembly', name: 'Kommunfullmäktige', shortName: 'KF' }),
      makeAccountable('ks', {
        name: 'Kommunstyrelsen',
        shortName: 'KS',
        mandate: { text: 'Leder och samordnar; "styr" allt.\nAndra raden.', decidedBy: 'kf' as BodyId, decisionRef: 'KF 2019-01-28 § 5', requiredMembers: [] },
        meets: 'varje vecka',
        validFrom: '2019-01-01',
        notes: '  mellanslag i kanterna  ',
      }),
      makeBody('ksau', { kind: 'working_committee', level: 'political', name: 'KS arbetsutskott', shortName: 'KSAU', partOf: 'ks' as BodyId, accountable: false }),
      makeBody('bra', {
        kind: 'council',
        level: 'political',
        name: 'Rådet för trygghet',
        shortName: 'RT',
        mandate: {
          text: 'Samordnar det brottsförebyggande arbetet',
          decidedBy: 'ks' as BodyId,
          decisionRef: 'KS 2018-11-06 § 224',
          requiredMembers: ['Lokalpolisområdeschef', 'm1', 'Titel; med semikolon', ' kant ', 'snedstreck\\', 'a|b'],
        },
        formerNames: [
          { name: 'Brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2021-12-31' },
          { name: 'Trygghetsrådet | gamla', shortName: '', validTo: '2017-06-30' },
        ],
        validFrom: '2015-01-01',
        validTo: '2030-12-31',
      }),
      makeBody('polis', { kind: 'external_organisation', level: 'external', name: 'Polisen', shortName: '' }),
      makeBody('sog', { kind: 'operative_group', level: 'operative', name: 'Strategisk operativ grupp', notes: '=SUM(A1) inte en formel\r\nrad två _x000D_ slut' }),
    ],
    members: [
      makeMember('m1', { name: 'Pia Polis', title: 'Lokalpolisområdeschef', organisation: 'Polisen', kind: 'person', notes: 'Källa: protokoll' }),
      makeMember('m2', { name: 'Kommundirektör', title: 'Kommundirektör', organisation: 'Kommunen', kind: 'position' }),
      makeMember('m3', { name: 'Olle "Ordf" Ek', title: '', organisation: '', kind: 'person' }),
    ],
    memberships: [
      makeMembership('m1', 'bra', { role: 'member', validFrom: '2020-01-01' }),
      makeMembership('m2', 'bra', { role: 'secretary' }),
      makeMembership('m3', 'bra', { role: 'chair', validFrom: '2019-01-01', validTo: '2022-12-31' }),
      makeMembership('m3', 'ks', { role: 'invited' }),
    ],
    lines: [
      makeLine('bra', 'ks', { kind: 'reports_to', primary: true, documented: 'yes' }),
      makeLine('ksau', 'ks', { kind: 'prepares_for', documented: 'no', frequency: '', form: '' }),
      makeLine('sog', 'bra', { kind: 'informs', documented: 'unknown', notes: 'rad 1\nrad 2', validFrom: '2021-01-01', validTo: '2021-12-31' }),
      makeLine('ks', 'kf', { kind: 'followed_up_by' }),
    ],
    initiatives: [
      makeInitiative('i1', { name: 'Trygg i centrum', responsible: 'bra' as BodyId, executors: ['sog' as BodyId, 'polis' as BodyId], validFrom: '2022-01-01' }),
      makeInitiative('i2', { name: 'Utan ansvarig', targets: '', notes: 'Mål saknas' }),
    ],
    funding: [
      makeFunding('ks', 'bra', { year: 2022, amountSek: 1_250_000, initiative: 'i1' as InitiativeId }),
      makeFunding('ks', 'sog', { year: 2023, amountSek: null, source: 'Okänt belopp' }),
      makeFunding('polis', 'sog', { year: 2023, amountSek: 0.5, notes: 'en halv krona' }),
    ],
  });
  return {
    ...model,
    meta: { name: 'Trygghetskartan', author: 'Anna Strateg', description: 'Beskrivning, med komma; och semikolon' },
    settings: { overlapThreshold: 0.35, overlapMinShared: 3, overloadThreshold: 7, language: 'en', situationalPictureMaxAgeMonths: 18, rulesOff: ['plans', 'no-chair'], accountableTaskThreshold: 4, answerDueDays: 60 },
    acknowledgements: new Map([makeAck('a1'), makeAck('a2', { by: '', reason: 'Två rader\nhär' })].map((a) => [a.id, a])),
  };
}
