import { listOf, text } from '../../i18n/text';
import type { BodyId, ReportingLineId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

export const severalMastersRule: Rule = {
  id: 'several-masters',
  severity: 'warning',
  description: text(
    'Ett organ som rapporterar till flera organ utan att någon linje är markerad som primär.',
    'A body reporting to several bodies with no line marked primary.',
  ),
  run(ctx: AnalysisContext): Finding[] {
    const byFrom = new Map<string, { to: Set<string>; lines: ReportingLineId[]; primary: boolean }>();
    for (const l of ctx.lines) {
      if (l.kind !== 'reports_to' || !ctx.activeBody.has(l.to)) continue;
      let e = byFrom.get(l.from);
      if (!e) byFrom.set(l.from, (e = { to: new Set(), lines: [], primary: false }));
      e.to.add(l.to);
      e.lines.push(l.id);
      if (l.primary) e.primary = true;
    }
    const out: Finding[] = [];
    for (const [from, e] of byFrom) {
      if (e.to.size < 2 || e.primary) continue;
      const receivers = [...e.to].sort();
      const names = listOf(receivers.map((id) => ctx.label(id)));
      const label = ctx.label(from);
      out.push({
        rule: 'several-masters',
        severity: 'warning',
        key: `several-masters:${from}`,
        elements: elements({ bodies: [from, ...receivers] as BodyId[], reportingLines: e.lines }),
        message: text(
          `${label} rapporterar till ${e.to.size} organ (${names.sv}) och inget av dem är markerat som huvudmottagare, så det är oklart vem som ytterst styr.`,
          `${label} reports to ${e.to.size} bodies (${names.en}) and none is marked as the main receiver, so it is unclear who steers in the end.`,
        ),
        fix: text('Markera en av linjerna som primär, eller gör de andra till "informerar".', 'Mark one of the lines as primary, or make the others "informs".'),
      });
    }
    return out;
  },
};
