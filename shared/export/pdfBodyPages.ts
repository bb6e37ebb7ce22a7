import type { jsPDF } from 'jspdf';
import type { IsoDate } from '../model/types';
import type { Language } from '../model/vocabulary';
import { SHEET_WORDS, type BodySheet, type SheetLine } from './bodySheets';
import { PAGE_MM } from './options';
import { useFont } from './pdf';
import type { PageTagger } from './pdfTags';
import { w } from './reportWords';

const PT_PER_MM = 72 / 25.4;
const PAGE = { width: PAGE_MM.a4.width * PT_PER_MM, height: PAGE_MM.a4.height * PT_PER_MM, margin: 18 * PT_PER_MM };
const LABEL_WIDTH = 42 * PT_PER_MM;
const SIZE = { title: 16, heading: 11.5, body: 9.5, small: 8.5 } as const;
const LEADING = 1.3;
const INK = [30, 30, 30] as const;
const MUTED = [100, 100, 100] as const;

/** Writes text top-down on A4 portrait pages, starting a new page when the next line would not fit. */
class PageWriter {
  private y = PAGE.margin;
  /** The lines on the current page: its alternative text when the page is tagged as a figure. */
  private lines: string[] = [];
  constructor(
    private readonly doc: jsPDF,
    private readonly tagger?: PageTagger,
  ) {}

  newPage(): void {
    this.doc.addPage([PAGE.width, PAGE.height], 'portrait');
    const lines: string[] = [];
    this.lines = lines;
    this.tagger?.figure(() => lines.join(' '));
    this.y = PAGE.margin;
  }

  /** Wrapped text at `x` within `width`; returns nothing, moves down. */
  write(value: string, options: { size: number; bold?: boolean; muted?: boolean; x?: number; width?: number; after?: number }): void {
    const x = options.x ?? PAGE.margin;
    const width = options.width ?? PAGE.width - PAGE.margin - x;
    useFont(this.doc, options.bold ?? false);
    this.doc.setFontSize(options.size);
    const color = options.muted ? MUTED : INK;
    this.doc.setTextColor(color[0], color[1], color[2]);
    const lines = this.doc.splitTextToSize(value, width) as string[];
    for (const line of lines) {
      const step = options.size * LEADING;
      if (this.y + step > PAGE.height - PAGE.margin) this.newPage();
      this.doc.text(line, x, this.y + options.size, { baseline: 'alphabetic' });
      this.lines.push(line);
      this.y += step;
    }
    this.y += options.after ?? 0;
  }

  /** A label in the left column and its value wrapped beside it. */
  fact(label: string, value: string): void {
    const top = this.y;
    this.write(label, { size: SIZE.body, bold: true, width: LABEL_WIDTH - 6 });
    const labelBottom = this.y;
    // A label that moved to a new page takes its value with it.
    if (labelBottom > top) this.y = top;
    this.write(value, { size: SIZE.body, x: PAGE.margin + LABEL_WIDTH });
    this.y = Math.max(this.y, labelBottom) + 3;
  }

  space(points: number): void {
    this.y += points;
  }
}

function lineText(l: SheetLine): string {
  return `${l.other} · ${l.kind} · ${l.frequency} · ${l.documented.toLowerCase()}`;
}

/**
 * Appends one A4 page (or more, when it runs over) per body to a PDF: the body's name,
 * its facts (kind, level, mandate, who decided it, decision reference, meetings), members
 * with roles, lines out and in, and the findings about it with how to fix them. The text
 * is real, selectable text in the embedded font; with a tagger, each page is a tagged
 * figure whose alternative text is the page's text.
 */
export function addBodyPages(doc: jsPDF, sheets: readonly BodySheet[], lang: Language, asOf: IsoDate, tagger?: PageTagger): void {
  const pen = new PageWriter(doc, tagger);
  pen.newPage();
  pen.write(SHEET_WORDS.appendix[lang], { size: SIZE.title, bold: true, after: 6 });
  pen.write(`${SHEET_WORDS.intro[lang]} ${asOf}.`, { size: SIZE.body, muted: true, after: 8 });
  sheets.forEach((sheet, i) => pen.write(`${i + 1}. ${sheet.title}`, { size: SIZE.body }));
  for (const sheet of sheets) {
    pen.newPage();
    pen.write(sheet.title, { size: SIZE.title, bold: true, after: 8 });
    for (const [label, value] of sheet.facts) pen.fact(label, value);
    pen.space(6);
    pen.write(w('members', lang), { size: SIZE.heading, bold: true, after: 2 });
    if (sheet.members.length === 0) pen.write(w('noMembers', lang), { size: SIZE.body, muted: true });
    for (const m of sheet.members) pen.write(`${m.name}${m.detail ? `, ${m.detail}` : ''} · ${m.role}`, { size: SIZE.body });
    pen.space(6);
    pen.write(w('linesOut', lang), { size: SIZE.heading, bold: true, after: 2 });
    if (sheet.out.length === 0) pen.write(w('noLinesOut', lang), { size: SIZE.body, muted: true });
    for (const l of sheet.out) pen.write(`→ ${lineText(l)}`, { size: SIZE.body });
    pen.space(6);
    pen.write(w('linesIn', lang), { size: SIZE.heading, bold: true, after: 2 });
    if (sheet.in.length === 0) pen.write(w('noLinesIn', lang), { size: SIZE.body, muted: true });
    for (const l of sheet.in) pen.write(`← ${lineText(l)}`, { size: SIZE.body });
    pen.space(6);
    pen.write(w('findings', lang), { size: SIZE.heading, bold: true, after: 2 });
    if (sheet.findings.length === 0) pen.write(SHEET_WORDS.noFindings[lang], { size: SIZE.body, muted: true });
    for (const f of sheet.findings) {
      pen.write(`• ${f.severity}: ${f.message}`, { size: SIZE.body });
      pen.write(`${w('fix', lang)}: ${f.fix}`, { size: SIZE.small, muted: true, x: PAGE.margin + 10, after: 3 });
    }
  }
}
