import { text, type Text } from '../i18n/text';

/** A common task of the local crime-prevention work, to start a responsibility matrix from rather than typing it. */
export interface LibraryTask {
  /** Stored on the task (`libraryKey`), so that a check can find e.g. an initiative's follow-up task whatever it was renamed to. */
  readonly key: string;
  readonly name: Text;
  readonly description: Text;
  /** What a task of this kind is usually about: an initiative, a document or the organisation. */
  readonly concerns: 'initiative' | 'document' | 'organisation';
}

/** The library task that follows an initiative up: the funder should be A or I on it (rule `funder-not-on-follow-up`). */
export const FOLLOW_UP_INITIATIVE = 'follow_up_initiative';

/**
 * The tasks the issue and the audits name. The lägesbild and åtgärdsplan are Lag (2023:196)'s
 * documents; the police agreement is the samverkansöverenskommelse.
 */
export const TASK_LIBRARY: readonly LibraryTask[] = [
  {
    key: 'situational_picture',
    name: text('Ta fram lägesbilden', 'Take the situational picture forward'),
    description: text('Samla och analysera underlaget om brott och otrygghet och ta fram lägesbilden.', 'Gather and analyse what is known of crime and insecurity and produce the situational picture.'),
    concerns: 'document',
  },
  {
    key: 'decide_action_plan',
    name: text('Besluta åtgärdsplanen', 'Decide the action plan'),
    description: text('Besluta vilka åtgärder som ska genomföras utifrån lägesbilden.', 'Decide which measures are to be taken, from the situational picture.'),
    concerns: 'document',
  },
  {
    key: 'coordinate',
    name: text('Samordna det brottsförebyggande arbetet', 'Coordinate the crime-prevention work'),
    description: text('Hålla ihop arbetet mellan nämnder, bolag, polis och andra aktörer.', 'Hold the work together across committees, companies, the police and others.'),
    concerns: 'organisation',
  },
  {
    key: FOLLOW_UP_INITIATIVE,
    name: text('Följa upp satsningen', 'Follow up the initiative'),
    description: text('Följa upp att satsningen genomförs och ger effekt, och rapportera det.', 'Follow up that the initiative is carried out and has effect, and report on it.'),
    concerns: 'initiative',
  },
  {
    key: 'report_to_ks',
    name: text('Rapportera resultat till kommunstyrelsen', 'Report results to the executive board'),
    description: text('Återrapportera resultat och användning av medel till kommunstyrelsen.', 'Report results and the use of funds back to the executive board.'),
    concerns: 'organisation',
  },
  {
    key: 'sign_police_agreement',
    name: text('Underteckna samverkansöverenskommelsen med polisen', 'Sign the cooperation agreement with the police'),
    description: text('Besluta och underteckna överenskommelsen om samverkan med lokalpolisområdet.', 'Decide and sign the cooperation agreement with the local police area.'),
    concerns: 'document',
  },
];

/** The library task of a key, or undefined for a task typed freely. */
export function libraryTask(key: string): LibraryTask | undefined {
  return TASK_LIBRARY.find((t) => t.key === key);
}
