import { Paragraph, TextRun } from 'docx';
import type { ReportTable } from './reportDocx';
import type { IsoDate } from '../model/types';
import type { Language } from '../model/vocabulary';
import { SHEET_WORDS, type BodySheet, type SheetLine } from './bodySheets';
import { dataTable, factsTable, gap, heading, para, type CellValue } from './reportDocx';
import { w } from './reportWords';

function lineRows(lines: readonly SheetLine[]): CellValue[][] {
  return lines.map((l) => [l.other, l.kind, l.frequency, l.documented]);
}

/**
 * The Word report's appendix: one page per body (a Heading 2 that starts a page), its
 * facts, members, lines out and in, and the findings about it with their fixes.
 */
export function bodyPagesSection(sheets: readonly BodySheet[], lang: Language, asOf: IsoDate): (Paragraph | ReportTable)[] {
  const out: (Paragraph | ReportTable)[] = [heading(SHEET_WORDS.appendix[lang], 1, true), para(`${SHEET_WORDS.intro[lang]} ${asOf}.`)];
  for (const sheet of sheets) {
    out.push(heading(sheet.title, 2, true), factsTable(sheet.facts.map(([label, value]) => [label, value] as const)), gap());
    out.push(heading(w('members', lang), 3));
    out.push(
      sheet.members.length === 0
        ? para(w('noMembers', lang), { italics: true, muted: true })
        : dataTable([w('name', lang), w('titleOrg', lang), w('role', lang)], sheet.members.map((m) => [m.name, m.detail || '–', m.role]), [4, 5, 3]),
    );
    const headers = (end: 'to' | 'from'): string[] => [w(end, lang), w('lineKind', lang), w('frequency', lang), w('documented', lang)];
    out.push(heading(w('linesOut', lang), 3));
    out.push(sheet.out.length === 0 ? para(w('noLinesOut', lang), { italics: true, muted: true }) : dataTable(headers('to'), lineRows(sheet.out), [5, 3, 3, 2]));
    out.push(heading(w('linesIn', lang), 3));
    out.push(sheet.in.length === 0 ? para(w('noLinesIn', lang), { italics: true, muted: true }) : dataTable(headers('from'), lineRows(sheet.in), [5, 3, 3, 2]));
    out.push(heading(w('findings', lang), 3));
    if (sheet.findings.length === 0) out.push(para(SHEET_WORDS.noFindings[lang], { italics: true, muted: true }));
    for (const f of sheet.findings) {
      out.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, keepNext: true, children: [new TextRun({ text: `${f.severity}: `, bold: true }), new TextRun(f.message)] }));
      out.push(new Paragraph({ indent: { left: 720 }, spacing: { after: 120 }, children: [new TextRun({ text: `${w('fix', lang)}: `, bold: true }), new TextRun({ text: f.fix, italics: true })] }));
    }
  }
  return out;
}
