import { BorderStyle, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ReportTable } from './reportDocx';
import type { AnalysisResult } from '../analysis/types';
import { SEVERITIES } from '../analysis/types';
import { SEVERITY_LABELS } from './labels';
import type { ReportContext } from './reportContext';
import { dataTable, heading, para, TOC_HEADING_STYLE, type CellValue } from './reportDocx';
import { reportAcknowledged, reportFindings } from './reportFindings';
import { countOf, mapAsOf, nothingToShow, w } from './reportWords';
import { roleClarity } from './roleClarity';

/** What the title page shows. */
export interface TitlePage {
  readonly name: string;
  readonly description: string;
  readonly author?: string;
  readonly date: string;
}

/** The title page: the map's name, its date, who prepared the report and when. */
export function titlePage(ctx: ReportContext, page: TitlePage): Paragraph[] {
  const { lang } = ctx;
  const out: Paragraph[] = [
    new Paragraph({ spacing: { before: 2600, after: 200 }, children: [new TextRun({ text: 'MANDAT', bold: true, color: '7F7F7F', size: 20, characterSpacing: 40 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(page.name)] }),
    new Paragraph({
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1F3864', space: 12 } },
      children: [new TextRun({ text: mapAsOf(ctx.asOf, lang), size: 32, color: '2E5496' })],
    }),
  ];
  if (page.description.trim() !== '') out.push(para(page.description, { muted: true }));
  out.push(new Paragraph({ spacing: { before: 1200 }, children: [] }));
  if (page.author) out.push(new Paragraph({ children: [new TextRun({ text: `${w('author', lang)}: `, bold: true }), new TextRun(page.author)] }));
  out.push(new Paragraph({ children: [new TextRun({ text: `${w('date', lang)}: `, bold: true }), new TextRun(page.date)] }));
  return out;
}

/** The table of contents on its own page, filled in from the headings so it reads even before Word updates it. */
export function contents(ctx: ReportContext): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: TOC_HEADING_STYLE, pageBreakBefore: true, children: [new TextRun(w('contents', ctx.lang))] }),
    new TableOfContents(w('contents', ctx.lang), { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/** The role-clarity summary: shares of complete mandates and documented paths, overlaps, findings by severity. */
export function summarySection(ctx: ReportContext, result: AnalysisResult): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  // No page break: the summary starts a new section, which starts a page.
  const out: (Paragraph | ReportTable)[] = [heading(w('summary', lang), 1)];
  if (ctx.bodies.length === 0) return [...out, para(nothingToShow('bodies', ctx.asOf, lang), { italics: true })];
  const findings = reportFindings(ctx, result.findings);
  const c = roleClarity(ctx.model, ctx.asOf, findings, ctx.shown);
  const rows: [string, CellValue][] = [
    [w('bodiesOnDate', lang), String(c.bodies)],
    [w('completeMandate', lang), countOf(c.completeMandate, c.bodies, c.completeMandateShare, lang)],
    [w('reportingPath', lang), countOf(c.reportingPath, c.bodies, c.reportingPathShare, lang)],
    [w('overlaps', lang), String(c.overlaps)],
    ...SEVERITIES.map((s): [string, CellValue] => [`${w('findings', lang)}: ${SEVERITY_LABELS[s][lang].toLowerCase()}`, String(c.bySeverity[s])]),
    [w('acknowledged', lang), String(reportAcknowledged(ctx, result.acknowledged).length)],
  ];
  out.push(dataTable([w('measure', lang), w('value', lang)], rows, [7, 3], [1]));
  out.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: w('summaryNote', lang), color: '595959', size: 18 })] }));
  return out;
}
