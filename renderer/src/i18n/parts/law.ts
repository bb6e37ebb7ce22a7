import { definePart } from '../part';

/** Strings of the law part, in Swedish and English (top-level groups, as in sv.ts). */
export const law = definePart(
  {
    lawCard: {
      title: 'Lagkrav',
      intro: 'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, per {{date}}',
      before: 'Lagen gäller från 2023-07-01; före det visas kraven för kännedom.',
      status_met: 'Uppfyllt',
      status_missing: 'Saknas',
      status_stale: 'Inaktuellt',
      meetsBy: 'Uppfylls av: {{name}}',
      source: 'Källa',
      braTitle: 'Brås fem steg',
      braProgress_one: '{{count}} av 5 steg klart',
      braProgress_other: '{{count}} av 5 steg klara',
      done: 'Klart',
      notDone: 'Inte klart',
    },
    lawSettings: {
      title: 'Lagkrav och styrdokument',
      maxAge: 'Lägesbild: högsta ålder i månader (lagen anger inget intervall)',
      groups: 'Kontrollgrupper',
      group_structure: 'Struktur: organ, ledamöter, rapportering, pengar',
      group_law: 'Lagkrav enligt lag (2023:196)',
      group_police: 'Samverkan med polisen',
      group_plans: 'Styrdokument och planer',
    },
  },
  {
    lawCard: {
      title: 'Law requirements',
      intro: 'Act (2023:196) on municipalities’ responsibility for crime prevention, as of {{date}}',
      before: 'The act applies from 2023-07-01; before that the requirements are shown for information.',
      status_met: 'Met',
      status_missing: 'Missing',
      status_stale: 'Out of date',
      meetsBy: 'Met by: {{name}}',
      source: 'Source',
      braTitle: 'Brå’s five steps',
      braProgress_one: '{{count}} of 5 steps done',
      braProgress_other: '{{count}} of 5 steps done',
      done: 'Done',
      notDone: 'Not done',
    },
    lawSettings: {
      title: 'Law requirements and documents',
      maxAge: 'Situational picture: greatest age in months (the act sets no interval)',
      groups: 'Groups of checks',
      group_structure: 'Structure: bodies, members, reporting, money',
      group_law: 'Law requirements of Act (2023:196)',
      group_police: 'Cooperation with the police',
      group_plans: 'Governing documents and plans',
    },
  },
);
