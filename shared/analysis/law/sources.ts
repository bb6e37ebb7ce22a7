import { text, type Text } from '../../i18n/text';

/**
 * What the law and plan checks rest on, cited only as far as it was verified
 * (docs/sources/crime-prevention-law.md): 4 § of the law for the lägesbild; the law with the
 * bill's summary (no section number verified) for the åtgärdsplan and the samordningsfunktion;
 * Brå's pages for the agreement and the plans.
 */
export const SOURCES = {
  situationalPicture: text(
    'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, 4 § (lägesbild). Lagen anger inget intervall för hur gammal lägesbilden får vara; det är kartans inställning.',
    'Act (2023:196) on municipalities’ responsibility for crime prevention, section 4 (situational picture). The act sets no interval for how old the picture may be; that is the map’s setting.',
  ),
  actionPlan: text(
    'Lag (2023:196); prop. 2022/23:43: kommunerna ska utifrån lägesbilden ta ställning till behovet av åtgärder och besluta om en åtgärdsplan.',
    'Act (2023:196); Government bill 2022/23:43: municipalities shall, based on the situational picture, take a position on the need for measures and decide an action plan.',
  ),
  coordination: text(
    'Lag (2023:196); prop. 2022/23:43: kommunerna ska ta visst ansvar för samordningen av det lokala brottsförebyggande arbetet och inrätta en samordningsfunktion.',
    'Act (2023:196); Government bill 2022/23:43: municipalities shall take some responsibility for coordinating local crime prevention and set up a coordination function.',
  ),
  agreement: text(
    'Brå, Samverkan i lokalt brottsförebyggande arbete, steg 3 Gemensamma förberedelser: överenskommelsen undertecknas av chefen för lokalpolisområdet och kommunstyrelsens ordförande.',
    'Brå, Cooperation in local crime prevention, step 3 Joint preparations: the agreement is signed by the head of the local police area and the chair of the executive board.',
  ),
  followUp: text(
    'Brå, Samverkan i lokalt brottsförebyggande arbete, steg 4 Genomförande: uppföljning är planerad.',
    'Brå, Cooperation in local crime prevention, step 4 Implementation: follow-up is planned.',
  ),
  measuresTied: text(
    'Brå, nyhet 2023-07-01: det saknas ofta en koppling mellan identifierade brottsproblem och åtgärder, och arbetet följs sällan upp.',
    'Brå, news 2023-07-01: measures are often not tied to the crime problems identified, and the work is seldom followed up.',
  ),
  yearlyPlan: text(
    'Granskningen 2021, avsnitt 3.2.2: varje år tas en handlingsplan fram under samverkansöverenskommelsen, för ett kalenderår inom överenskommelsens period.',
    'The 2021 audit, section 3.2.2: each year a plan is drawn up under the cooperation agreement, for a calendar year within the agreement’s period.',
  ),
  decision: text(
    'Granskningen 2023, avsnitt 3.1.4: styrning som saknar dokumenterat beslut skapar ett glapp i styrkedjan.',
    'The 2023 audit, section 3.1.4: steering without a documented decision leaves a gap in the chain of steering.',
  ),
} satisfies Record<string, Text>;

/** The day Lag (2023:196) came into force (verified: lagen.nu, ikraft 2023-07-01); the law's checks apply from it. */
export const LAW_IN_FORCE = '2023-07-01';
