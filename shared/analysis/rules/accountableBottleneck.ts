import { text } from '../../i18n/text';
import type { TaskId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { taskIndex } from '../taskIndex';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Ett organ som ansvarar för väldigt många uppgifter hinner inte styra och följa upp dem alla. Besluten dröjer och uppföljningen blir tunn.',
    'A body accountable for a great many tasks cannot steer and follow them all up. Decisions wait and the follow-up gets thin.',
  ),
  fix: text(
    'Delegera ansvaret för en del uppgifter till en nämnd eller grupp med beslutat mandat, eller höj gränsen i kartans inställningar om det är avsiktligt.',
    'Delegate the accountability for some tasks to a committee or group with a decided mandate, or raise the limit in the map\'s settings if it is intended.',
  ),
  source: text(
    'Mandats egen konsekvenskontroll; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own consistency check; neither audit points to this in particular.',
  ),
};

/** A body that answers for many tasks at once becomes the bottleneck they all wait on; the limit is the map's setting. */
export const accountableBottleneckRule = defineRule({
  id: 'accountable-bottleneck',
  severity: 'info',
  description: text(
    'Ett organ som ansvarar (A) för fler uppgifter än kartans gräns på datumet: en flaskhals.',
    'A body accountable (A) for more tasks than the map’s limit on the date: a bottleneck.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const limit = ctx.settings.accountableTaskThreshold;
    const out: FoundIssue[] = [];
    const entries = [...taskIndex(ctx).accountableFor].filter(([, tasks]) => tasks.length > limit).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [body, tasks] of entries) {
      const name = ctx.label(body);
      out.push({
        subject: body,
        elements: elements({ bodies: [body as never], tasks: tasks as TaskId[] }),
        message: text(
          `${name} ansvarar (A) för ${tasks.length} uppgifter, fler än gränsen ${limit}. Allt väntar på samma organ.`,
          `${name} is accountable (A) for ${tasks.length} tasks, more than the limit of ${limit}. Everything waits on the same body.`,
        ),
        fix: text(
          'Delegera ansvaret för några uppgifter till en nämnd eller grupp med mandat, eller höj gränsen i kartans inställningar om det är avsett.',
          'Delegate the accountability for some tasks to a committee or group with a mandate, or raise the limit in the map’s settings if it is intended.',
        ),
      });
    }
    return out;
  },
});
