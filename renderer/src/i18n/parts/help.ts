import { definePart } from '../part';

/** Strings of the help part, in Swedish and English (top-level groups, as in sv.ts). */
export const help = definePart(
  {
    help: {
      guide: 'Användarguide',
      checks: 'Kontrollerna',
      title: 'Hjälp',
      close: 'Stäng',
      loading: 'Hämtar hjälpen…',
      missing: 'Hjälpen kunde inte visas ({{reason}}). Den följer med webbversionen när den byggs (npx vite build).',
      readMore: 'Läs mer',
      readMoreAbout: 'Läs mer om kontrollen {{rule}}',
      contents: 'Hjälpens innehåll',
    },
    sampleDate: {
      note: 'Exemplets datum: källorna slutar här',
    },
    sidePanelTabs: {
      label: 'Sidopanelens flikar',
    },
  },
  {
    help: {
      guide: 'User guide',
      checks: 'The checks',
      title: 'Help',
      close: 'Close',
      loading: 'Loading the help…',
      missing: 'The help could not be shown ({{reason}}). It comes with the web version when that is built (npx vite build).',
      readMore: 'Read more',
      readMoreAbout: 'Read more about the check {{rule}}',
      contents: 'Contents of the help',
    },
    sampleDate: {
      note: 'The sample’s date: its sources end here',
    },
    sidePanelTabs: {
      label: 'Side panel tabs',
    },
  },
);
