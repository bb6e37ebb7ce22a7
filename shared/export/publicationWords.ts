import { text, type Text } from '../i18n/text';
import type { Language } from '../model/vocabulary';

/** The fixed words of the HTML publication that the report does not already have (reportWords.ts). */
export const PW = {
  skip: text('Hoppa till innehållet', 'Skip to the content'),
  contents: text('Innehåll', 'Contents'),
  diagramText: text(
    'Diagrammet i text: varje organ med sitt uppdrag, sina ledamöter och sina linjer står under rubriken Organ.',
    'The diagram in words: each body with its mandate, its members and its lines is under the heading Bodies.',
  ),
  toText: text('Till diagrammet i text', 'To the diagram in words'),
  published: text('Publicerad', 'Published'),
  madeWith: text('Publicerad med Mandat.', 'Published with Mandat.'),
  linesFrom: text('Linjer från organet', 'Lines from the body'),
  linesTo: text('Linjer till organet', 'Lines to the body'),
  concerns: text('Gäller', 'Concerns'),
  why: text('Vad och varför', 'What and why'),
  backToContents: text('Tillbaka till innehållet', 'Back to the contents'),
  notShown: text('visas inte i urvalet', 'not shown in this selection'),
  findingsOff: text('Fynden är inte med i den här publiceringen.', 'The findings are not part of this publication.'),
} as const satisfies Record<string, Text>;

/** A word of the publication in its language. */
export function pw(key: keyof typeof PW, lang: Language): string {
  return PW[key][lang];
}
