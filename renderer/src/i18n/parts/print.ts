import { definePart } from '../part';

/** Strings of the print part, in Swedish and English (top-level groups, as in sv.ts). */
export const print = definePart(
  {
    printExport: {
      arrangement: 'Placering',
      arrangements: {
        map: 'Som på kartan',
        layered: 'I lager (fullmäktige överst, få korsningar)',
      },
      arranging: 'Ordnar i lager …',
      poster: 'Affisch',
      posters: {
        none: 'En sida',
        a4: 'Affisch på A4-blad',
        a3: 'Affisch på A3-blad',
      },
      posterPlan_one: '{{count}} blad ({{columns}} × {{rows}}) och en översikt, namnen {{points}} pt.',
      posterPlan_other: '{{count}} blad ({{columns}} × {{rows}}) och en översikt, namnen {{points}} pt.',
      decidedBy: 'Beslutat av-linjer',
      bodyPages: 'En sida per organ (bilaga)',
      compactNote: 'Kompakt sida: {{page}}, organens namn blir {{points}} pt. Rutorna är smalare och ledamöter och ordförande står inte i dem (de finns i bilagan En sida per organ).',
    },
    savedViews: {
      focus: 'fokus: {{name}}',
      inTheMap: 'Vyerna sparas i kartan: de följer med filen och syns för alla i en delad session. Att spara, flytta och ta bort en vy kan ångras.',
    },
  },
  {
    printExport: {
      arrangement: 'Placement',
      arrangements: {
        map: 'As on the map',
        layered: 'In layers (fullmäktige on top, few crossings)',
      },
      arranging: 'Arranging in layers …',
      poster: 'Poster',
      posters: {
        none: 'One page',
        a4: 'Poster on A4 sheets',
        a3: 'Poster on A3 sheets',
      },
      posterPlan_one: '{{count}} sheet ({{columns}} × {{rows}}) and an overview, names at {{points}} pt.',
      posterPlan_other: '{{count}} sheets ({{columns}} × {{rows}}) and an overview, names at {{points}} pt.',
      decidedBy: 'Decided-by lines',
      bodyPages: 'One page per body (appendix)',
      compactNote: 'Compact page: {{page}}, the body names print at {{points}} pt. The boxes are narrower and leave out members and chair (they are in the One page per body appendix).',
    },
    savedViews: {
      focus: 'focus: {{name}}',
      inTheMap: 'The views are saved in the map: they go with the file and are seen by everyone in a shared session. Saving, moving and removing a view can be undone.',
    },
  },
);
