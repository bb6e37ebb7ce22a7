import { applyCommand } from '../commands/apply';
import type { Command, NewBody, NewDocument, NewMember, NewMembership, NewReportingLine } from '../commands/types';
import { say, text, type Text } from '../i18n/text';
import { createMapDocument, LOCAL_ORIGIN, readModel } from '../model/document';
import { emptyModel } from '../model/empty';
import type { BodyId, DocumentId, MemberId } from '../model/ids';
import type { IsoDate, MandatModel } from '../model/types';
import type { BodyKind, Language, Level, Role } from '../model/vocabulary';

/**
 * A new map that starts from the organisation Brå's model for local crime prevention with
 * the police describes (Brå/Polisen/SKR, "Samverkan i lokalt brottsförebyggande arbete",
 * 2020; see docs/sources/crime-prevention-law.md): KF and KS, a steering group of the
 * municipality and the local police area, a coordinator, two working groups, and the
 * lägesbild and åtgärdsplan that Lag (2023:196) asks for (4 §; the plan per prop.
 * 2022/23:43). What a municipality must fill in is left empty on purpose (mandates,
 * decision references, deciding bodies), so the findings point at exactly those places;
 * each element's notes say what belongs there.
 */

const FILL_IN = text('Fyll i: ', 'Fill in: ');

interface TemplateBody {
  readonly id: string;
  readonly name: Text;
  readonly shortName: Text;
  readonly kind: BodyKind;
  readonly level: Level;
  readonly accountable: boolean;
  readonly at: readonly [number, number];
  readonly notes: Text;
}

const BODIES: readonly TemplateBody[] = [
  {
    id: 'kf',
    name: text('Kommunfullmäktige', 'Municipal council'),
    shortName: text('KF', 'KF'),
    kind: 'assembly',
    level: 'political',
    accountable: true,
    at: [320, 0],
    notes: text('beslut om mål och budget för det brottsförebyggande arbetet, om det ligger hos fullmäktige.', 'decisions on the goals and budget of the crime-prevention work, where the council holds them.'),
  },
  {
    id: 'ks',
    name: text('Kommunstyrelsen', 'Municipal executive board'),
    shortName: text('KS', 'KS'),
    kind: 'executive_board',
    level: 'political',
    accountable: true,
    at: [320, 150],
    notes: text('vem som beslutar åtgärdsplanen och tar emot uppföljningen; reglementets beslutsreferens.', 'who decides the action plan and receives the follow-up; the decision reference of the rules of procedure.'),
  },
  {
    id: 'styrgrupp',
    name: text('Styrgrupp för brottsförebyggande arbete', 'Crime-prevention steering group'),
    shortName: text('Styrgrupp', 'Steering group'),
    kind: 'steering_group',
    level: 'administrative',
    accountable: false,
    at: [320, 300],
    notes: text(
      'mandat och beslutsreferens. Brå: en gemensam organisation med polisen och namngivna ansvariga; styrgruppen antar åtgärdsplanerna och ansvarar för att de verkställs.',
      'mandate and decision reference. Brå: a joint organisation with the police and named responsible people; the steering group adopts the action plans and sees that they are carried out.',
    ),
  },
  {
    id: 'polis',
    name: text('Lokalpolisområdet', 'Local police area'),
    shortName: text('LPO', 'LPO'),
    kind: 'external_organisation',
    level: 'external',
    accountable: false,
    at: [640, 300],
    notes: text('lokalpolisområdets namn.', 'the name of the local police area.'),
  },
  {
    id: 'arbetsgrupp-1',
    name: text('Arbetsgrupp 1 (område eller tema)', 'Working group 1 (area or theme)'),
    shortName: text('AG 1', 'WG 1'),
    kind: 'working_group',
    level: 'operative',
    accountable: false,
    at: [160, 450],
    notes: text('område eller tema ur lägesbilden, och uppdraget.', 'an area or theme from the situational picture, and the commission.'),
  },
  {
    id: 'arbetsgrupp-2',
    name: text('Arbetsgrupp 2 (område eller tema)', 'Working group 2 (area or theme)'),
    shortName: text('AG 2', 'WG 2'),
    kind: 'working_group',
    level: 'operative',
    accountable: false,
    at: [480, 450],
    notes: text('område eller tema ur lägesbilden, och uppdraget.', 'an area or theme from the situational picture, and the commission.'),
  },
];

/** Positions, not private persons (as the domain brief asks of members). */
const MEMBERS: readonly { id: string; name: Text; organisation: Text }[] = [
  { id: 'ks-ordforande', name: text('Kommunstyrelsens ordförande', 'Chair of the executive board'), organisation: text('Kommunen', 'The municipality') },
  { id: 'kommundirektor', name: text('Kommundirektör', 'Chief executive'), organisation: text('Kommunen', 'The municipality') },
  { id: 'samordnare', name: text('Samordnare brottsförebyggande arbete', 'Crime-prevention coordinator'), organisation: text('Kommunen', 'The municipality') },
  { id: 'lpo-chef', name: text('Lokalpolisområdeschef', 'Head of the local police area'), organisation: text('Polisen', 'The police') },
  { id: 'kommunpolis', name: text('Kommunpolis', 'Municipal police officer'), organisation: text('Polisen', 'The police') },
];

const SEATS: readonly [member: string, body: string, role: Role][] = [
  ['ks-ordforande', 'ks', 'chair'],
  ['kommundirektor', 'styrgrupp', 'chair'],
  ['lpo-chef', 'styrgrupp', 'member'],
  ['samordnare', 'styrgrupp', 'secretary'],
  ['samordnare', 'arbetsgrupp-1', 'chair'],
  ['kommunpolis', 'arbetsgrupp-1', 'member'],
  ['samordnare', 'arbetsgrupp-2', 'chair'],
  ['kommunpolis', 'arbetsgrupp-2', 'member'],
];

const LINES: readonly [from: string, to: string][] = [
  ['ks', 'kf'],
  ['styrgrupp', 'ks'],
  ['arbetsgrupp-1', 'styrgrupp'],
  ['arbetsgrupp-2', 'styrgrupp'],
];

const bodyId = (id: string) => id as BodyId;

/** The template's bodies, members, seats, lines, coordination and documents as one batch: one undo step. */
export function braTemplateCommand(lang: Language, start: IsoDate): Command {
  const fill = (t: Text) => `${say(FILL_IN, lang)}${say(t, lang)}`;
  const bodies: Command[] = BODIES.map((b) => {
    const body: NewBody = {
      id: bodyId(b.id),
      name: say(b.name, lang),
      shortName: say(b.shortName, lang),
      kind: b.kind,
      level: b.level,
      accountable: b.accountable,
      position: { x: b.at[0], y: b.at[1] },
      notes: fill(b.notes),
    };
    return { type: 'addBody', body };
  });
  const members: Command[] = MEMBERS.map((m) => {
    const member: NewMember = { id: m.id as MemberId, name: say(m.name, lang), organisation: say(m.organisation, lang), kind: 'position' };
    return { type: 'addMember', member };
  });
  const seats: Command[] = SEATS.map(([member, body, role]) => {
    const membership: NewMembership = { member: member as MemberId, body: bodyId(body), role, validFrom: start };
    return { type: 'addMembership', membership };
  });
  const lines: Command[] = LINES.map(([from, to]) => {
    const line: NewReportingLine = { from: bodyId(from), to: bodyId(to), kind: 'reports_to', documented: 'unknown' };
    return { type: 'connectReport', line };
  });
  return {
    type: 'batch',
    commands: [
      ...bodies,
      ...members,
      ...seats,
      ...lines,
      {
        type: 'addCoordination',
        coordination: {
          member: 'samordnare' as MemberId,
          validFrom: start,
          notes: fill(text('vem som är samordningsfunktion och från när (lagen (2023:196), prop. 2022/23:43).', 'who the coordination function is, and from when (Act 2023:196, prop. 2022/23:43).')),
        },
      },
      ...templateDocuments(lang, start).map((document): Command => ({ type: 'addDocument', document })),
    ],
  };
}

/** The lägesbild and the åtgärdsplan to fill in: no deciding body and no decision reference yet, so the checks ask for both. */
function templateDocuments(lang: Language, start: IsoDate): NewDocument[] {
  return [
    {
      id: 'lagesbild' as DocumentId,
      title: say(text('Lägesbild över brottsligheten (att fylla i)', 'Situational picture of crime (to fill in)'), lang),
      kind: 'situational_picture',
      validFrom: start,
      parties: [bodyId('ks'), bodyId('polis')],
      position: { x: 660, y: 0 },
      notes: say(
        text(
          'Fyll i: vem som beslutade den, beslutsreferens och period. Lag (2023:196) 4 §: en kartläggning av brottsligheten, dess omfattning och konsekvenser, annan information av betydelse och en analys, för hela kommunens geografiska område.',
          'Fill in: who decided it, the decision reference and the period. Act (2023:196) section 4: a mapping of crime, its extent and consequences, other relevant information and an analysis, for the municipality’s whole area.',
        ),
        lang,
      ),
    },
    {
      id: 'atgardsplan' as DocumentId,
      title: say(text('Åtgärdsplan (att fylla i)', 'Action plan (to fill in)'), lang),
      kind: 'action_plan',
      validFrom: start,
      governsBodies: [bodyId('arbetsgrupp-1'), bodyId('arbetsgrupp-2')],
      position: { x: 660, y: 150 },
      notes: say(
        text(
          'Fyll i: vem som beslutade den (ett ansvarigt organ i kommunen), beslutsreferens och period, och vilka problem i lägesbilden varje åtgärd svarar mot (Brå: åtgärder saknar ofta koppling till de identifierade problemen).',
          'Fill in: who decided it (an accountable body of the municipality), the decision reference and the period, and which problems in the situational picture each measure answers (Brå: measures are often not tied to the problems identified).',
        ),
        lang,
      ),
    },
  ];
}

/** The template as a map of its own (for tests and the command line); named `name`. */
export function braTemplateModel(lang: Language, start: IsoDate, name = ''): MandatModel {
  const doc = createMapDocument(emptyModel({ name }));
  const result = applyCommand(doc, braTemplateCommand(lang, start), LOCAL_ORIGIN);
  if (!result.ok) throw new Error(`The Brå template was refused: ${JSON.stringify(result.issues)}`);
  return readModel(doc);
}
