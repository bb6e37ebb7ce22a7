import { Paragraph, TextRun } from 'docx';
import type { ReportTable } from './reportDocx';
import type { AnalysisResult, Finding } from '../analysis/types';
import { SEVERITIES } from '../analysis/types';
import { RULE_LABELS, SEVERITY_LABELS } from './labels';
import type { ReportContext } from './reportContext';
import { dataTable, heading, para, type CellValue } from './reportDocx';
import { nothingToShow, w } from './reportWords';

/** All findings, or with filters those about at least one shown body (findings about no body stay). */
export function reportFindings(ctx: ReportContext, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !ctx.filtered || f.elements.bodies.length === 0 || f.elements.bodies.some((b) => ctx.shown.has(b)));
}

/** The acknowledged findings the report covers, by the same rule as `reportFindings`. */
export function reportAcknowledged(ctx: ReportContext, acknowledged: AnalysisResult['acknowledged']): AnalysisResult['acknowledged'] {
  const kept = new Set(reportFindings(ctx, acknowledged.map((a) => a.finding)));
  return acknowledged.filter((a) => kept.has(a.finding));
}

/** One finding: what is wrong as a bullet, how to fix it under it. */
function findingParagraphs(f: Finding, ctx: ReportContext): Paragraph[] {
  const { lang } = ctx;
  return [
    // The fix stays on the page of its finding.
    new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, keepNext: true, keepLines: true, children: [new TextRun(f.message[lang])] }),
    new Paragraph({
      indent: { left: 720 },
      spacing: { after: 160 },
      children: [new TextRun({ text: `${w('fix', lang)}: `, bold: true }), new TextRun({ text: f.fix[lang], italics: true })],
    }),
  ];
}

/** "N fynd per 2023-06-01, de allvarligaste först." */
function intro(count: number, ctx: ReportContext): string {
  return ctx.lang === 'sv'
    ? `${count} fynd per ${ctx.asOf}, de allvarligaste först. Varje fynd säger vad som är oklart och hur det kan åtgärdas.`
    : `${count} ${count === 1 ? 'finding' : 'findings'} as of ${ctx.asOf}, the most severe first. Each says what is unclear and how to fix it.`;
}

/** The findings, grouped by severity (Heading 2) and then rule (Heading 3). */
function openFindings(ctx: ReportContext, findings: readonly Finding[]): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  const out: (Paragraph | ReportTable)[] = [heading(w('findings', lang), 1, true)];
  if (findings.length === 0) return [...out, para(nothingToShow('findings', ctx.asOf, lang), { italics: true })];
  out.push(para(intro(findings.length, ctx)));
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    out.push(heading(`${SEVERITY_LABELS[severity][lang]} (${ofSeverity.length})`, 2));
    // The analysis lists findings by rule already; grouping keeps its order within a rule.
    const byRule = new Map<string, Finding[]>();
    for (const f of ofSeverity) {
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    for (const list of byRule.values()) {
      const rule = (list[0] as Finding).rule;
      out.push(heading(`${RULE_LABELS[rule][lang]} (${list.length})`, 3));
      for (const f of list) out.push(...findingParagraphs(f, ctx));
    }
  }
  return out;
}

/** Acknowledged findings apart: what, why it is intended, who said so and when. */
function acknowledgedFindings(ctx: ReportContext, acknowledged: AnalysisResult['acknowledged']): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  const out: (Paragraph | ReportTable)[] = [heading(w('acknowledged', lang), 1)];
  if (acknowledged.length === 0) return [...out, para(nothingToShow('acknowledged', ctx.asOf, lang), { italics: true })];
  out.push(para(w('acknowledgedIntro', lang)));
  const rows = acknowledged.map(({ finding, acknowledgement: a }): CellValue[] => [
    { lead: RULE_LABELS[finding.rule][lang], text: finding.message[lang] },
    a.reason.trim() === '' ? { missing: w('notGiven', lang) } : a.reason,
    a.by.trim() === '' ? { missing: w('notGiven', lang) } : a.by,
    // The acknowledgement stores a date-time; the day is what a meeting needs.
    a.at.slice(0, 10),
  ]);
  out.push(dataTable([w('finding', lang), w('reason', lang), w('by', lang), w('when', lang)], rows, [6, 5, 2.6, 2.2]));
  return out;
}

/** The findings and the acknowledged findings, in the report's language and order. */
export function findingsSection(ctx: ReportContext, result: AnalysisResult): (Paragraph | ReportTable)[] {
  return [...openFindings(ctx, reportFindings(ctx, result.findings)), ...acknowledgedFindings(ctx, reportAcknowledged(ctx, result.acknowledged))];
}
