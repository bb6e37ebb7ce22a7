import { BorderStyle, HeadingLevel, LineRuleType, Paragraph, TextRun, type IStylesOptions } from 'docx';
import { ReportTable, type CellRun, type CellXml, type RowXml } from './reportTableXml';

export { ReportTable } from './reportTableXml';

/**
 * The report's building blocks: a few paragraph and table shapes, so every section looks
 * the same and a secretary who edits it finds real styles (Heading 1–3, tables with
 * header rows that repeat on each page).
 */

/** One font name: Word has Arial, LibreOffice maps it to the metric-compatible Liberation Sans. */
export const FONT = 'Arial';

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres as twips (twentieths of a point), the unit of page sizes and table widths. */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** A4 in millimetres and the margins of the text pages. */
export const A4 = { width: 210, height: 297 } as const;
export const MARGIN_MM = 22;
/** The width text and tables have on a portrait page. */
export const CONTENT_TWIPS = mm(A4.width - 2 * MARGIN_MM);

const ACCENT = '1F3864';
const RULE_COLOUR = 'A6A6A6';
const HEADER_FILL = 'DCE3EE';
const LABEL_FILL = 'F2F2F2';
const MUTED = '595959';

/** The style id of the contents' title: Word's own "TOC Heading", which is not itself listed. */
export const TOC_HEADING_STYLE = 'TOCHeading';

/** Font sizes in half-points, as Word stores them. */
const SIZE = { body: 20, table: 18, h1: 32, h2: 26, h3: 22, title: 48 } as const;
const TABLE_TEXT_STYLE = 'TableText';
/** Table text in bold (not named "Table Heading": LibreOffice has a centred style of that name): header rows and the labels of a facts table, bold once in the style rather than on each run. */
const TABLE_HEADING_STYLE = 'TableTextBold';

/** The styles of the document: Word's own style ids, given the report's font, sizes and colours. */
export function reportStyles(language: string): IStylesOptions {
  const heading = (size: number, colour: string, before: number) => ({
    run: { font: FONT, size, bold: true, color: colour },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language: { value: language } },
        // lineRule given: LibreOffice reads a line without one as exact, and clips pictures and large text.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: SIZE.title, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } } },
      heading1: heading(SIZE.h1, ACCENT, 360),
      heading2: heading(SIZE.h2, ACCENT, 320),
      heading3: heading(SIZE.h3, '262626', 200),
    },
    paragraphStyles: [
      // Table text as a style, not as options on each of a large report's tens of thousands of cells.
      { id: TABLE_TEXT_STYLE, name: 'Table Text', basedOn: 'Normal', run: { size: SIZE.table }, paragraph: { spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO } } },
      { id: TABLE_HEADING_STYLE, name: 'Table Text Bold', basedOn: TABLE_TEXT_STYLE, run: { bold: true } },
      {
        id: TOC_HEADING_STYLE,
        name: 'TOC Heading',
        next: 'Normal',
        run: { font: FONT, size: SIZE.h1, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 240 } },
      },
      // Tight contents lines, so the contents of a large map still fit a page or two.
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 100, after: 20 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 20 }, indent: { left: 220 } } },
    ],
  };
}

/** A heading in Word's heading style of that level (so the navigation pane and the contents find it). */
export function heading(textValue: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: [new TextRun(textValue)], pageBreakBefore });
}

/** Plain text, each line of it a line in the paragraph (mandates are often written in lines). */
function runs(value: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return value.split(/\r?\n/).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...options }));
}

/** A paragraph of body text. */
export function para(value: string, options: { italics?: boolean; muted?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(value, {
      ...(options.italics ? { italics: true } : {}),
      ...(options.bold ? { bold: true } : {}),
      ...(options.muted ? { color: MUTED } : {}),
    }),
  });
}

/** A paragraph that starts with a bold label: "Åtgärd: …". */
export function labelled(label: string, value: string, indent = 0): Paragraph {
  return new Paragraph({
    indent: { left: indent },
    children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(value)],
  });
}

/**
 * A table cell's content: text; a placeholder shown muted (where the map says nothing); or
 * a bold lead line over text (a finding's rule above its message).
 */
export type CellValue = string | { readonly missing: string } | { readonly lead: string; readonly text: string };

/** A placeholder for a cell where the map gives nothing. */
export function missing(placeholder: string): CellValue {
  return { missing: placeholder };
}

/** `value` when it has text, else the placeholder. */
export function orMissing(value: string, placeholder: string): CellValue {
  return value.trim() === '' ? missing(placeholder) : value;
}

const TABLE_XML = {
  border: { style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR },
  // The cells' padding, once for the table.
  margins: { top: 50, bottom: 50, left: 90, right: 90 },
};

interface CellOptions {
  readonly header?: boolean;
  readonly fill?: string;
  readonly bold?: boolean;
  readonly right?: boolean;
  /** Keep the row on the page of the next one (a short table stays whole, and with its heading). */
  readonly keepNext?: boolean;
}

/** Plain text as a cell's runs, each line of it a line in the paragraph. */
function lineRuns(value: string, options: Omit<CellRun, 'text' | 'break'> = {}): CellRun[] {
  return value.split(/\r?\n/).map((line, i) => ({ text: line, ...(i > 0 ? { break: true } : {}), ...options }));
}

/** A bold cell (a header, a label) is bold through its paragraph style, so its runs need no bold of their own. */
function cellRuns(value: CellValue): CellRun[] {
  if (typeof value === 'string') return lineRuns(value);
  if ('missing' in value) return lineRuns(value.missing, { italics: true, color: MUTED });
  return [...lineRuns(value.lead, { bold: true }), { break: true }, ...lineRuns(value.text)];
}

/**
 * A cell of a table. Its width comes from the table's grid (fixed layout): a large report
 * has tens of thousands of cells, and every element written costs.
 */
function cell(value: CellValue, options: CellOptions = {}): CellXml {
  return {
    style: options.header || options.bold ? TABLE_HEADING_STYLE : TABLE_TEXT_STYLE,
    runs: cellRuns(value),
    ...(options.fill ? { fill: options.fill } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.right ? { right: true } : {}),
  };
}

/** Column widths in twips from relative weights, filling `total`. */
function widths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] = total - out.slice(0, -1).reduce((a, b) => a + b, 0);
  return out;
}

function table(rows: RowXml[], columnWidths: number[]): ReportTable {
  return new ReportTable(rows, { columnWidths, ...TABLE_XML });
}

/**
 * A table with a header row that Word repeats on each page; `weights` share out the width,
 * and the columns in `right` (amounts) align right.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  weights: readonly number[],
  right: readonly number[] = [],
  total = CONTENT_TWIPS,
): ReportTable {
  const cols = widths(weights, total);
  const head: RowXml = {
    header: true,
    cells: headers.map((h, i) => cell(h, { header: true, fill: HEADER_FILL, right: right.includes(i), keepNext: true })),
  };
  const body = rows.map((r): RowXml => ({ cells: r.map((v, i) => cell(v, { right: right.includes(i) })) }));
  return table([head, ...body], cols);
}

/** A two-column table of facts: a shaded label, then its value; kept on one page with its heading. */
export function factsTable(rows: readonly (readonly [string, CellValue])[], total = CONTENT_TWIPS): ReportTable {
  const cols = widths([3, 8], total);
  return table(
    rows.map(([label, value], i) => {
      const keepNext = i < rows.length - 1;
      return { cells: [cell(label, { bold: true, fill: LABEL_FILL, keepNext }), cell(value, { keepNext })] };
    }),
    cols,
  );
}

/** An empty paragraph after a table: Word glues two tables in a row into one. */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}
