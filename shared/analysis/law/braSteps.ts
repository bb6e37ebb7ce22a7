import { text, type Text } from '../../i18n/text';
import type { IsoDate, MandatModel } from '../../model/types';
import { isValidOn } from '../../time/isoDate';
import type { DocumentIndex } from './documentIndex';
import { missingSides, signatorySides } from './signatories';

/** One of the five steps of Brå's model for local crime prevention with the police, and whether the map shows it taken. */
export interface BraStep {
  readonly step: 1 | 2 | 3 | 4 | 5;
  readonly label: Text;
  readonly done: boolean;
  /** What in the map shows it, or what is missing. */
  readonly evidence: Text;
  /** The Brå page it rests on (steps 2–4 verified; 1 and 5 from the handbook, whose pages were not found). */
  readonly source: Text;
}

const BOOK = 'Brå, Polisen och SKR: Samverkan i lokalt brottsförebyggande arbete (2020)';
const PAGE = (sv: string, en: string): Text => text(`${BOOK}, ${sv}`, `${BOOK}, ${en}`);
const POLICE = /polis/i;

/**
 * Brå's five steps read from the map on `asOf`: (1) a joint organisation with named
 * responsibility, (2) an own lägesbild, (3) a joint picture and a signed agreement,
 * (4) action plans adopted and medborgarlöften, (5) follow-up reported back.
 * What counts as evidence is deliberately simple and said in each step's sentence.
 */
export function braSteps(model: MandatModel, asOf: IsoDate, index: DocumentIndex, coordinated: boolean): BraStep[] {
  // Step 1: someone from the police sits in a body of the municipality's own.
  let policeInside = false;
  model.memberships.forEach((m) => {
    if (policeInside || !isValidOn(m, asOf)) return;
    const body = model.bodies.get(m.body);
    if (!body || body.level === 'external' || body.kind === 'external_organisation' || !isValidOn(body, asOf)) return;
    if (POLICE.test(model.members.get(m.member)?.organisation ?? '')) policeInside = true;
  });
  const pictures = index.inForceOf('situational_picture').length > 0;
  const agreements = index.inForceOf('cooperation_agreement');
  const signed = agreements.some((a) => missingSides(a.signatories, signatorySides(model, asOf, new Set(a.signatories))).length === 0);
  const plans = index.inForceOf('action_plan').length > 0;
  const promises = index.inForceOf('citizen_promise').length > 0;
  const followedUp = index.inForceOf('action_plan').some((p) => p.reviewBy !== null);

  return [
    {
      step: 1,
      label: text('Organisation och ansvar', 'Organisation and responsibility'),
      done: coordinated && policeInside,
      evidence: text(
        `${coordinated ? 'Samordningsfunktion angiven' : 'Ingen samordningsfunktion'}; ${policeInside ? 'polisen sitter med i ett av kommunens organ' : 'ingen från polisen i kommunens organ'}.`,
        `${coordinated ? 'Coordination function named' : 'No coordination function'}; ${policeInside ? 'the police sit in one of the municipality’s bodies' : 'no one from the police in the municipality’s bodies'}.`,
      ),
      source: PAGE('steg 1', 'step 1'),
    },
    {
      step: 2,
      label: text('Egen lägesbild', 'Own situational picture'),
      done: pictures,
      evidence: pictures ? text('En lägesbild gäller.', 'A situational picture is in force.') : text('Ingen lägesbild gäller.', 'No situational picture is in force.'),
      source: PAGE('steg 2 Egna förberedelser', 'step 2 Own preparations'),
    },
    {
      step: 3,
      label: text('Gemensam lägesbild och överenskommelse', 'Joint picture and agreement'),
      done: signed,
      evidence: signed
        ? text('En överenskommelse med polisen gäller, undertecknad av båda parter.', 'An agreement with the police is in force, signed by both sides.')
        : agreements.length > 0
          ? text('Överenskommelsen saknar undertecknare för en av parterna.', 'The agreement lacks a signatory for one side.')
          : text('Ingen överenskommelse med polisen gäller.', 'No agreement with the police is in force.'),
      source: PAGE('steg 3 Gemensamma förberedelser', 'step 3 Joint preparations'),
    },
    {
      step: 4,
      label: text('Åtgärdsplan och medborgarlöften', 'Action plan and citizen promises'),
      done: plans && promises,
      evidence: text(
        `${plans ? 'Åtgärdsplan gäller' : 'Ingen åtgärdsplan'}; ${promises ? 'medborgarlöfte gäller' : 'inget medborgarlöfte'}.`,
        `${plans ? 'Action plan in force' : 'No action plan'}; ${promises ? 'citizen promise in force' : 'no citizen promise'}.`,
      ),
      source: PAGE('steg 4 Genomförande', 'step 4 Implementation'),
    },
    {
      step: 5,
      label: text('Uppföljning', 'Follow-up'),
      done: followedUp,
      evidence: followedUp
        ? text('Åtgärdsplanen har ett datum för uppföljning.', 'The action plan has a follow-up date.')
        : text('Ingen åtgärdsplan med datum för uppföljning.', 'No action plan with a follow-up date.'),
      source: PAGE('steg 5', 'step 5'),
    },
  ];
}
