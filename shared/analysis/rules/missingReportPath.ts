import { lazyText, text, type Text } from '../../i18n/text';
import type { BodyId } from '../../model/ids';
import { isExternal, type AnalysisContext } from '../context';
import type { Names } from '../names';
import { accountablePathMarks, farthestChains } from '../paths';
import { defineRule, type RuleAbout, structureElements, type FoundIssue } from '../finding';

/** Bodies named at each end of a long chain; the middle is counted, not listed. */
const CHAIN_ENDS = 3;

/**
 * The chain as "A → B → C → … (12 more) → Y → Z": a finding's sentence stays readable, and
 * a map with thousands of bodies in one chain does not write thousands of names into each.
 */
export function chainText(ctx: Pick<AnalysisContext, 'label'>, chain: readonly string[]): string {
  if (chain.length <= 2 * CHAIN_ENDS + 1) return chain.map((id) => ctx.label(id)).join(' → ');
  const head = chain.slice(0, CHAIN_ENDS).map((id) => ctx.label(id));
  const tail = chain.slice(-CHAIN_ENDS).map((id) => ctx.label(id));
  return [...head, `… (${chain.length - 2 * CHAIN_ENDS})`, ...tail].join(' → ');
}

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Ett organ vars arbete inte når ett ansvarigt politiskt organ kan inte följas upp av dem som bär ansvaret.',
    'A body whose work reaches no accountable political body cannot be followed up by those who carry the responsibility.',
  ),
  fix: text(
    'Lägg till en rapporteringslinje (rapporterar till, bereder ärenden till eller följs upp av) från organet, eller från sista organet i kedjan, till ett ansvarigt organ.',
    'Add a reporting line (reports to, prepares matters for or followed up by) from the body, or from the last body of its chain, to an accountable body.',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.2.2: "Det finns inget krav från kommunstyrelsen på regelbunden ekonomisk rapportering till styrelsen".',
    'The 2023 audit (KPMG) section 3.2.2: there is no requirement from the executive board for regular financial reporting to it ("Det finns inget krav från kommunstyrelsen på regelbunden ekonomisk rapportering till styrelsen").',
  ),
};

export const missingReportPathRule = defineRule({
  id: 'missing-report-path',
  severity: 'warning',
  description: text(
    'Ett organ utan kedja av rapportering (rapporterar till, bereder ärenden till, följs upp av, eller är del av) till ett ansvarigt politiskt organ.',
    'A body with no chain of reporting (reports to, prepares matters for, followed up by, or part of) to an accountable political body.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const ok = accountablePathMarks(ctx);
    const out: FoundIssue[] = [];
    const flagged = ctx.bodies.filter((body, i) => !(body.accountable || isExternal(body) || ok[i] === 1));
    const chains = farthestChains(
      ctx,
      flagged.map((b) => b.id),
    );
    for (const body of flagged) {
      const chain = chains.get(body.id) as readonly BodyId[];
      const { message, fix } = chainTexts(ctx.names, body.id, chain);
      out.push({ subject: body.id, elements: structureElements(chain), chain, message, fix });
    }
    return out;
  },
});

/** The sentences for a body whose farthest chain is `chain`, made when first read. */
function chainTexts(names: Names, id: string, chain: readonly BodyId[]): { message: Text; fix: Text } {
  const message = lazyText(() => {
    const label = names.label(id);
    if (chain.length === 1)
      return text(
        `${label} rapporterar inte till något organ, så inget ansvarigt politiskt organ får del av dess arbete.`,
        `${label} reports to no body, so no accountable political body hears of its work.`,
      );
    const path = chainText(names, chain);
    const last = names.label(chain[chain.length - 1] as string);
    return text(`${label} når inget ansvarigt politiskt organ: kedjan ${path} slutar vid ${last}.`, `${label} reaches no accountable political body: the chain ${path} ends at ${last}.`);
  });
  const fix = lazyText(() => {
    const last = names.label(chain[chain.length - 1] as string);
    return text(
      `Lägg till en rapporteringslinje från ${last} till ett ansvarigt organ (t.ex. KS eller en nämnd), eller markera organet som ansvarigt om det är det.`,
      `Add a reporting line from ${last} to an accountable body (e.g. KS or a committee), or mark the body as accountable if it is.`,
    );
  });
  return { message, fix };
}
