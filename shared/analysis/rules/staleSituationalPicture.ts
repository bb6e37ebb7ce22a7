import { text } from '../../i18n/text';
import type { GoverningDocument } from '../../model/types';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { datedOn, documentIndex } from '../law/documentIndex';
import { monthsBefore } from '../law/months';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'En gammal lägesbild kan missa nya brottsproblem, så att planer och satsningar styrs av hur det såg ut för flera år sedan.',
    'An old situational picture can miss new crime problems, so that plans and initiatives are steered by how things were years ago.',
  ),
  fix: text(
    'Bestäm hur ofta lägesbilden ska förnyas och ställ in det i kartan; ta fram en ny lägesbild när den gamla blir för gammal.',
    'Decide how often the situational picture is to be renewed and set it in the map; produce a new picture when the old one gets too old.',
  ),
  source: SOURCES.situationalPicture,
};

/**
 * The newest lägesbild in force is older than the map's setting. The law sets no interval
 * (none could be verified), so the age is the map's own choice and the sentence says so.
 */
export const staleSituationalPictureRule = defineRule({
  id: 'stale-situational-picture',
  severity: 'warning',
  description: text(
    'Den senaste gällande lägesbilden är äldre än kartans inställning (lagen anger inget intervall).',
    'The newest situational picture in force is older than the map’s setting (the act sets no interval).',
  ),
  about: ABOUT,
  source: SOURCES.situationalPicture,
  find(ctx: AnalysisContext): FoundIssue[] {
    if (ctx.asOf < LAW_IN_FORCE) return [];
    let newest: GoverningDocument | null = null;
    for (const d of documentIndex(ctx).inForceOf('situational_picture')) {
      const on = datedOn(d);
      if (on === null) continue;
      if (newest === null || on > (datedOn(newest) as string)) newest = d;
    }
    if (newest === null) return [];
    const months = ctx.settings.situationalPictureMaxAgeMonths;
    const limit = monthsBefore(ctx.asOf, months);
    const on = datedOn(newest) as string;
    if (on >= limit) return [];
    return [
      {
        subject: newest.id,
        elements: elements({ documents: [newest.id] }),
        message: text(
          `Den senaste lägesbilden, "${newest.title}", är från ${on}: äldre än ${months} månader, som kartan tillåter. Lagen anger inget intervall; gränsen är kartans inställning.`,
          `The newest situational picture, "${newest.title}", dates from ${on}: older than the ${months} months the map allows. The act sets no interval; the limit is the map's setting.`,
        ),
        fix: text(
          'Ta fram en ny lägesbild och lägg till den, eller ändra kartans högsta ålder för lägesbilden i inställningarna om kommunen har beslutat ett annat intervall.',
          'Produce a new situational picture and add it, or change the map’s greatest age for the picture in the settings if the municipality has decided another interval.',
        ),
      },
    ];
  },
});
