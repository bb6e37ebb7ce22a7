import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'Lägesbilden är underlaget för allt annat i det brottsförebyggande arbetet: utan en lägesbild över hela kommunen går det inte att visa att åtgärderna bygger på kunskap om brottsligheten där.',
    'The situational picture is the basis for everything else in crime prevention: without a picture of the whole municipality no one can show that the measures rest on knowledge of crime there.',
  ),
  fix: text(
    'Ta fram en lägesbild över brottsligheten i hela kommunen, gärna tillsammans med polisen, och lägg in den som styrdokument med datum och giltighet.',
    'Produce a situational picture of crime in the whole municipality, preferably with the police, and add it as a governing document with its dates and validity.',
  ),
  source: SOURCES.situationalPicture,
};

/** Lag (2023:196) 4 §: a lägesbild over the municipality's whole geographic area, from the day the law came into force. */
export const noSituationalPictureRule = defineRule({
  id: 'no-situational-picture',
  severity: 'error',
  description: text(
    'Ingen lägesbild över hela kommunen gäller på datumet (från 2023-07-01, när lagen trädde i kraft).',
    'No situational picture of the whole municipality is in force on the date (from 2023-07-01, when the act came into force).',
  ),
  about: ABOUT,
  source: SOURCES.situationalPicture,
  find(ctx: AnalysisContext): FoundIssue[] {
    if (ctx.asOf < LAW_IN_FORCE) return [];
    const pictures = documentIndex(ctx).inForceOf('situational_picture');
    if (pictures.some((d) => d.areas.length === 0)) return [];
    const partial = pictures.map((d) => d.id);
    return [
      {
        subject: 'municipality',
        elements: elements(partial.length > 0 ? { documents: partial } : {}),
        message:
          partial.length > 0
            ? text(
                `Lägesbilderna som gäller ${ctx.asOf} täcker bara delar av kommunen. Lagen kräver en lägesbild över brottsligheten i hela kommunens geografiska område.`,
                `The situational pictures in force on ${ctx.asOf} cover only parts of the municipality. The act requires a picture of crime in the municipality's whole geographic area.`,
              )
            : text(
                `Kartan har ingen lägesbild som gäller ${ctx.asOf}. Lagen kräver att kommunen tar fram en lägesbild över brottsligheten i hela sitt geografiska område.`,
                `The map has no situational picture in force on ${ctx.asOf}. The act requires the municipality to produce a picture of crime in its whole geographic area.`,
              ),
        fix: text(
          'Lägg till lägesbilden som styrdokument (slag: lägesbild) med datum och giltighet, utan områden om den gäller hela kommunen.',
          'Add the situational picture as a governing document (kind: situational picture) with its dates, with no areas when it covers the whole municipality.',
        ),
      },
    ];
  },
});
