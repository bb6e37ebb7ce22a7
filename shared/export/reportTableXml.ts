import { FileChild, type IContext, type IXmlableObject } from 'docx';

/**
 * A report table written straight in docx's XML object form, the form its `Formatter`
 * turns into text, rather than as docx's Table → TableRow → TableCell → Paragraph →
 * TextRun components. A 300-body report has some 22,000 cells; each component docx builds
 * for one is a handful of objects (properties, attribute components, a context stack
 * walk to find the section's width), built once and formatted once. The tables here are
 * simple (fixed grid, one paragraph of plain, bold or italic text per cell), so the XML
 * is written directly: the same elements, attributes and order docx writes for them,
 * byte for byte (test/shared/export/reportTableXml.test.ts compares the two), at a
 * fraction of the allocations.
 */

/** One run of a cell's text; `break` starts it on a new line. */
export interface CellRun {
  readonly text?: string;
  readonly break?: boolean;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
}

export interface CellXml {
  readonly runs: readonly CellRun[];
  /** The paragraph style id. */
  readonly style: string;
  readonly fill?: string;
  readonly keepNext?: boolean;
  readonly right?: boolean;
}

export interface RowXml {
  readonly cells: readonly CellXml[];
  /** A header row Word repeats at the top of each page. */
  readonly header?: boolean;
}

export interface TableXmlOptions {
  readonly columnWidths: readonly number[];
  readonly border: { readonly style: string; readonly size: number; readonly color: string };
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

const attr = (name: string, attributes: Record<string, string | number>): IXmlableObject => ({ [name]: { _attr: attributes } }) as IXmlableObject;
const empty = (name: string): IXmlableObject => ({ [name]: {} }) as IXmlableObject;
const element = (name: string, children: readonly IXmlableObject[]): IXmlableObject => ({ [name]: children }) as IXmlableObject;

/** A run as docx's TextRun writes it: properties (bold, italics, colour, in docx's order), then a break, then the text. */
function runXml(run: CellRun): IXmlableObject {
  const properties: IXmlableObject[] = [];
  if (run.bold) properties.push(empty('w:b'), empty('w:bCs'));
  if (run.italics) properties.push(empty('w:i'), empty('w:iCs'));
  if (run.color !== undefined) properties.push(attr('w:color', { 'w:val': run.color }));
  const children: IXmlableObject[] = [];
  if (properties.length > 0) children.push(element('w:rPr', properties));
  if (run.break) children.push(empty('w:br'));
  if (run.text !== undefined) children.push({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, run.text] } as unknown as IXmlableObject);
  return element('w:r', children);
}

function cellXml(cell: CellXml, width: number): IXmlableObject {
  const cellProperties: IXmlableObject[] = [attr('w:tcW', { 'w:type': 'dxa', 'w:w': width })];
  if (cell.fill !== undefined) cellProperties.push(attr('w:shd', { 'w:fill': cell.fill, 'w:color': 'auto', 'w:val': 'clear' }));
  const paragraphProperties: IXmlableObject[] = [attr('w:pStyle', { 'w:val': cell.style })];
  if (cell.keepNext) paragraphProperties.push(empty('w:keepNext'));
  if (cell.right) paragraphProperties.push(attr('w:jc', { 'w:val': 'right' }));
  return element('w:tc', [element('w:tcPr', cellProperties), element('w:p', [element('w:pPr', paragraphProperties), ...cell.runs.map(runXml)])]);
}

function tableXml(rows: readonly RowXml[], options: TableXmlOptions): IXmlableObject {
  const { columnWidths, border, margins } = options;
  const line = { 'w:val': border.style, 'w:color': border.color, 'w:sz': border.size };
  const width = columnWidths.reduce((a, b) => a + b, 0);
  const properties = element('w:tblPr', [
    attr('w:tblW', { 'w:type': 'dxa', 'w:w': width }),
    element(
      'w:tblBorders',
      ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) => attr(side, line)),
    ),
    attr('w:tblLayout', { 'w:type': 'fixed' }),
    element('w:tblCellMar', [
      attr('w:top', { 'w:type': 'dxa', 'w:w': margins.top }),
      attr('w:left', { 'w:type': 'dxa', 'w:w': margins.left }),
      attr('w:bottom', { 'w:type': 'dxa', 'w:w': margins.bottom }),
      attr('w:right', { 'w:type': 'dxa', 'w:w': margins.right }),
    ]),
  ]);
  const grid = element('w:tblGrid', columnWidths.map((w) => attr('w:gridCol', { 'w:w': w })));
  const rowsXml = rows.map((row) =>
    element('w:tr', [
      element('w:trPr', row.header ? [empty('w:cantSplit'), empty('w:tblHeader')] : [empty('w:cantSplit')]),
      ...row.cells.map((cell, i) => cellXml(cell, columnWidths[i] ?? 0)),
    ]),
  );
  return element('w:tbl', [properties, grid, ...rowsXml]);
}

/**
 * A table for a section's children. The XML object is made when docx writes the document,
 * and afresh each time, as the formatted tree is the document's own (docx fills the
 * contents into it).
 */
export class ReportTable extends FileChild {
  constructor(
    private readonly rows: readonly RowXml[],
    private readonly options: TableXmlOptions,
  ) {
    super('w:tbl');
  }

  override prepForXml(_context: IContext): IXmlableObject {
    return tableXml(this.rows, this.options);
  }
}
