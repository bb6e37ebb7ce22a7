import type { AnalysisResult, Finding } from '../analysis/types';
import { SEVERITIES } from '../analysis/types';
import { RULE_LABELS, SEVERITY_LABELS } from './labels';
import { bodyLink, type PublicationContext } from './publicationBodies';
import { el, join, list, type Html } from './publicationHtml';
import { pw } from './publicationWords';
import { reportAcknowledged, reportFindings } from './reportFindings';
import { nothingToShow, w } from './reportWords';

/** "N fynd per 2023-06-01, de allvarligaste först." */
function intro(count: number, ctx: PublicationContext): string {
  return ctx.lang === 'sv'
    ? `${count} fynd per ${ctx.asOf}, de allvarligaste först. Varje fynd säger vad som är oklart, varför det spelar roll och hur det kan åtgärdas.`
    : `${count} ${count === 1 ? 'finding' : 'findings'} as of ${ctx.asOf}, the most severe first. Each says what is unclear, why it matters and how to fix it.`;
}

/** The bodies a finding is about, as links, in the order the finding names them. */
function concerns(ctx: PublicationContext, f: Finding): Html | null {
  const ids = [...new Set(f.elements.bodies)];
  if (ids.length === 0) return null;
  return el('p', {}, el('strong', {}, `${pw('concerns', ctx.lang)}: `), join(ids.map((id) => bodyLink(ctx, id)), ', '));
}

/** One finding: its rule, what is wrong and why, how to fix it, and the bodies it is about. */
function findingItem(ctx: PublicationContext, f: Finding): Html {
  const { lang } = ctx;
  const about = concerns(ctx, f);
  return join([
    el('p', {}, el('strong', {}, `${RULE_LABELS[f.rule][lang]}. `), f.message[lang]),
    el('p', {}, el('strong', {}, `${w('fix', lang)}: `), f.fix[lang]),
    ...(about ? [about] : []),
  ]);
}

function openFindings(ctx: PublicationContext, findings: readonly Finding[]): Html[] {
  const { lang } = ctx;
  if (findings.length === 0) return [el('p', { class: 'none' }, nothingToShow('findings', ctx.asOf, lang))];
  const out: Html[] = [el('p', {}, intro(findings.length, ctx))];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    out.push(el('h3', { id: `findings-${severity}` }, `${SEVERITY_LABELS[severity][lang]} (${ofSeverity.length})`));
    out.push(list(ofSeverity.map((f) => findingItem(ctx, f)), false, { class: `findings severity-${severity}` }));
  }
  return out;
}

function acknowledgedFindings(ctx: PublicationContext, acknowledged: AnalysisResult['acknowledged']): Html[] {
  const { lang } = ctx;
  const out: Html[] = [el('h3', { id: 'acknowledged' }, w('acknowledged', lang))];
  if (acknowledged.length === 0) return [...out, el('p', { class: 'none' }, nothingToShow('acknowledged', ctx.asOf, lang))];
  out.push(el('p', {}, w('acknowledgedIntro', lang)));
  const items = acknowledged.map(({ finding, acknowledgement: a }) =>
    join([
      el('p', {}, el('strong', {}, `${RULE_LABELS[finding.rule][lang]}. `), finding.message[lang]),
      el('p', {}, el('strong', {}, `${w('reason', lang)}: `), a.reason.trim() || w('notGiven', lang)),
      el('p', {}, `${w('by', lang)}: ${a.by.trim() || w('notGiven', lang)}, ${a.at.slice(0, 10)}`),
    ]),
  );
  out.push(list(items));
  return out;
}

/** The findings section: open findings by severity, then the acknowledged ones, with the same filter as the report. */
export function findingsSection(ctx: PublicationContext, result: AnalysisResult): Html {
  return el(
    'section',
    { 'aria-labelledby': 'findings' },
    el('h2', { id: 'findings' }, w('findings', ctx.lang)),
    ...openFindings(ctx, reportFindings(ctx, result.findings)),
    ...acknowledgedFindings(ctx, reportAcknowledged(ctx, result.acknowledged)),
  );
}
