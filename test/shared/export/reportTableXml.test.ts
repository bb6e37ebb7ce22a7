import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dataTable, factsTable, missing } from '../../../shared/export/reportDocx';

/**
 * The report's tables are written straight as XML objects (reportTableXml.ts) for speed;
 * these tests pin that they are the very XML docx's own Table, TableRow, TableCell,
 * Paragraph and TextRun components write for the same table, so Word and LibreOffice
 * see no difference.
 */

const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

type Run = { text?: string; break?: 1; bold?: boolean; italics?: boolean; color?: string };

/** The same cell through docx's components, as reportDocx.ts wrote it before. */
function docxCell(runs: Run[], options: { style: string; fill?: string; keepNext?: boolean; right?: boolean }): TableCell {
  return new TableCell({
    ...(options.fill ? { shading: { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        style: options.style,
        ...(options.keepNext ? { keepNext: true } : {}),
        ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
        children: runs.map((r) => new TextRun(r)),
      }),
    ],
  });
}

function docxTable(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({
    rows,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
}

async function bodyXml(children: FileChild[]): Promise<string> {
  const bytes = await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return /<w:body>([\s\S]*)<w:sectPr/.exec(xml)![1]!;
}

describe('the report tables written as XML objects', () => {
  it('write a data table (header row, right-aligned column, lines, placeholders, lead lines, markup) as docx does', async () => {
    const widths = [3137, 6274];
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        docxCell([{ text: 'Namn' }], { style: 'TableTextBold', fill: 'DCE3EE', keepNext: true }),
        docxCell([{ text: 'Belopp & <mer>' }], { style: 'TableTextBold', fill: 'DCE3EE', keepNext: true, right: true }),
      ],
    });
    const rows = [
      new TableRow({
        cantSplit: true,
        children: [
          docxCell([{ text: 'rad ett' }, { text: 'rad "två"', break: 1 }], { style: 'TableText' }),
          docxCell([{ text: '–', italics: true, color: '595959' }], { style: 'TableText', right: true }),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          docxCell([{ text: 'Regel', bold: true }, { break: 1 }, { text: 'text' }], { style: 'TableText' }),
          docxCell([{ text: '' }], { style: 'TableText', right: true }),
        ],
      }),
    ];
    const expected = await bodyXml([docxTable([header, ...rows], widths)]);
    const actual = await bodyXml([
      dataTable(['Namn', 'Belopp & <mer>'], [['rad ett\nrad "två"', missing('–')], [{ lead: 'Regel', text: 'text' }, '']], [1, 2], [1]),
    ]);
    expect(actual).toBe(expected);
    expect(actual).toContain('Belopp &amp; &lt;mer&gt;');
  });

  it('write a facts table (shaded bold labels, rows kept together) as docx does', async () => {
    const widths = [2566, 6845];
    const row = (label: string, value: string, keepNext: boolean) =>
      new TableRow({
        cantSplit: true,
        children: [
          docxCell([{ text: label }], { style: 'TableTextBold', fill: 'F2F2F2', ...(keepNext ? { keepNext } : {}) }),
          docxCell([{ text: value }], { style: 'TableText', ...(keepNext ? { keepNext } : {}) }),
        ],
      });
    const expected = await bodyXml([docxTable([row('Namn', 'KS', true), row('Slag', 'styrelse', false)], widths)]);
    const actual = await bodyXml([factsTable([['Namn', 'KS'], ['Slag', 'styrelse']])]);
    expect(actual).toBe(expected);
  });
});
