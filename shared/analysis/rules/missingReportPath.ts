import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { bodiesWithAccountablePath, farthestChain } from '../paths';
import { elements, type Finding, type Rule } from '../types';

export const missingReportPathRule: Rule = {
  id: 'missing-report-path',
  severity: 'warning',
  description: text(
    'Ett organ utan kedja av rapportering (rapporterar till, bereder ärenden till, följs upp av, eller är del av) till ett ansvarigt politiskt organ.',
    'A body with no chain of reporting (reports to, prepares matters for, followed up by, or part of) to an accountable political body.',
  ),
  run(ctx: AnalysisContext): Finding[] {
    const ok = bodiesWithAccountablePath(ctx);
    const out: Finding[] = [];
    for (const body of ctx.bodies) {
      if (body.accountable || body.level === 'external' || body.kind === 'external_organisation' || ok.has(body.id)) continue;
      const chain = farthestChain(ctx, body.id);
      const label = ctx.label(body.id);
      const path = chain.map((id) => ctx.label(id)).join(' → ');
      const last = ctx.label(chain[chain.length - 1] as string);
      const message =
        chain.length === 1
          ? text(
              `${label} rapporterar inte till något organ, så inget ansvarigt politiskt organ får del av dess arbete.`,
              `${label} reports to no body, so no accountable political body hears of its work.`,
            )
          : text(
              `${label} når inget ansvarigt politiskt organ: kedjan ${path} slutar vid ${last}.`,
              `${label} reaches no accountable political body: the chain ${path} ends at ${last}.`,
            );
      out.push({
        rule: 'missing-report-path',
        severity: 'warning',
        key: `missing-report-path:${body.id}`,
        elements: elements({ bodies: chain }),
        chain,
        message,
        fix: text(
          `Lägg till en rapporteringslinje från ${last} till ett ansvarigt organ (t.ex. KS eller en nämnd), eller markera organet som ansvarigt om det är det.`,
          `Add a reporting line from ${last} to an accountable body (e.g. KS or a committee), or mark the body as accountable if it is.`,
        ),
      });
    }
    return out;
  },
};
