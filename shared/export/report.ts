import { Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { analyse } from '../analysis/analyse';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language, Level } from '../model/vocabulary';
import { bodiesSection } from './reportBodies';
import { bodySheets } from './bodySheets';
import { bodyPagesSection } from './reportBodyPages';
import { commentsSection } from './reportComments';
import { reportContext } from './reportContext';
import { DIAGRAM_CONTENT_TWIPS, DIAGRAM_PAGE, diagramContent, type ReportDiagram } from './reportDiagram';
import { A4, CONTENT_TWIPS, MARGIN_MM, mm, reportStyles } from './reportDocx';
import { documentsSection } from './reportDocuments';
import { findingsSection } from './reportFindings';
import { initiativesSection, reportInitiatives } from './reportInitiatives';
import { followUpSection } from './followUpReport';
import { lawSection } from './reportLaw';
import { responsibilitiesSection } from './reportResponsibilities';
import { contents, summarySection, titlePage } from './reportSummary';
import { mapAsOf, w } from './reportWords';
import { xmlSafeModel, xmlText } from './xmlText';

export type { ReportDiagram } from './reportDiagram';

/** What the report covers and how it is written. */
export interface ReportOptions {
  readonly asOf: IsoDate;
  readonly lang: Language;
  readonly levels?: readonly Level[];
  readonly selection?: readonly string[];
  readonly author?: string;
  /** Today, for the title page. */
  readonly date: IsoDate;
  /** Include the findings and the acknowledged findings. */
  readonly findings: boolean;
  /** Include the comments: per map, body and line, each thread with writer, time, text and whether it is resolved. */
  readonly comments?: boolean;
  /** The diagram; a promise lets its drawing (in a worker, on the command line) overlap building the rest. */
  readonly diagram?: ReportDiagram | Promise<ReportDiagram>;
  /**
   * Number the contents by laying the pages out (for readers that show the contents as
   * written; Word updates them on opening anyway). Costs some 50 ms a body, so off unless asked.
   */
  readonly contentsPageNumbers?: boolean;
  /** An appendix with one page per body (bodySheets.ts). */
  readonly bodyPages?: boolean;
}

/** The page footer: the map's name at the left, "Sida 3 av 12" at the right margin. */
function footer(name: string, lang: Language, widthTwips: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: widthTwips }],
        children: [
          new TextRun({ text: name, size: 16, color: '7F7F7F' }),
          new TextRun({ children: ['\t', `${w('page', lang)} `, PageNumber.CURRENT, ` ${w('of', lang)} `, PageNumber.TOTAL_PAGES], size: 16, color: '7F7F7F' }),
        ],
      }),
    ],
  });
}

const PORTRAIT = {
  size: { width: mm(A4.width), height: mm(A4.height) },
  margin: { top: mm(MARGIN_MM), bottom: mm(MARGIN_MM), left: mm(MARGIN_MM), right: mm(MARGIN_MM), header: mm(10), footer: mm(10) },
};

const LANDSCAPE = {
  // docx swaps width and height for a landscape page.
  size: { width: mm(DIAGRAM_PAGE.height), height: mm(DIAGRAM_PAGE.width), orientation: PageOrientation.LANDSCAPE },
  margin: {
    top: mm(DIAGRAM_PAGE.margin),
    bottom: mm(DIAGRAM_PAGE.margin),
    left: mm(DIAGRAM_PAGE.margin),
    right: mm(DIAGRAM_PAGE.margin),
    header: mm(6),
    footer: mm(6),
  },
};

/**
 * Laying the pages out to number the contents costs some 50 ms a body: worth it for a
 * meeting's report, not for a whole region's. Past this many bodies and initiatives the
 * contents are left for Word to number when it opens the document.
 */
const PAGE_NUMBERS_UP_TO = 50;

type EstimatePages = typeof import('docx/layout').estimatePageNumbers;

/** The whole document; built afresh for each packing, as docx components keep state once written. */
/**
 * Everything but the diagram, built at once; the returned function puts the diagram in
 * and makes the whole document (built afresh for each packing, as docx components keep
 * state once written).
 */
function reportDocument(model: MandatModel, options: ReportOptions, estimatePages: EstimatePages | null): (diagram: ReportDiagram | undefined) => Document {
  const { asOf, lang } = options;
  const ctx = reportContext(model, options);
  const { bodies } = ctx;
  const name = model.meta.name.trim() || w('untitled', lang);
  const pageNumbers = estimatePages !== null && bodies.length + reportInitiatives(ctx).length <= PAGE_NUMBERS_UP_TO;
  const result = analyse(model, { asOf });
  const textFooter = footer(name, lang, CONTENT_TWIPS);
  const front = [
    ...titlePage(ctx, { name, description: model.meta.description, date: options.date, ...(options.author ? { author: options.author } : {}) }),
    ...contents(ctx),
  ];
  const main = [
    ...summarySection(ctx, result),
    ...bodiesSection(ctx),
    ...initiativesSection(ctx),
    // Only maps that record documents get the chapter: an older map's report stays as it was.
    ...(model.documents.size + model.coordination.size > 0 ? documentsSection(ctx) : []),
    ...lawSection(ctx),
    // Only maps that record audits get the follow-up chapter (issue 18).
    ...(model.audits.size > 0 ? followUpSection(model, { asOf, lang }) : []),
    ...(options.findings ? findingsSection(ctx, result) : []),
  ];
  // The comments and the body-per-page appendix stay last: after the responsibility chapter when there is one.
  const comments = [
    ...(options.comments ? commentsSection(ctx) : []),
    ...(options.bodyPages ? bodyPagesSection(bodySheets(model, options, result.findings), lang, asOf) : []),
  ];
  const responsibilities = responsibilitiesSection(model, asOf, lang);
  return (diagram) => {
    const sections: ISectionOptions[] = [
      {
        properties: { page: PORTRAIT, titlePage: true },
        // The title page has no page number; an empty paragraph, as docx's page layout cannot read an empty footer.
        footers: { default: textFooter, first: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: front,
      },
      {
        properties: { page: LANDSCAPE },
        footers: { default: footer(name, lang, DIAGRAM_CONTENT_TWIPS) },
        children: diagramContent(ctx, diagram, name),
      },
      {
        properties: { page: PORTRAIT },
        footers: { default: textFooter },
        children: responsibilities.length > 0 ? main : [...main, ...comments],
      },
      // The responsibility matrix is wide: a landscape section of its own, only when the map has tasks.
      ...(responsibilities.length > 0
        ? [
            { properties: { page: LANDSCAPE }, footers: { default: footer(name, lang, DIAGRAM_CONTENT_TWIPS) }, children: responsibilities },
            ...(comments.length > 0 ? [{ properties: { page: PORTRAIT }, footers: { default: textFooter }, children: comments }] : []),
          ]
        : []),
    ];
    return new Document({
      title: name,
      subject: mapAsOf(asOf, lang),
      description: model.meta.description,
      ...(options.author ? { creator: options.author, lastModifiedBy: options.author } : {}),
      // Word updates the contents on opening; LibreOffice shows them as written.
      features: { updateFields: true },
      // The contents' page numbers, worked out by laying the pages out (Arial's widths are
      // Liberation Sans', so LibreOffice's pages agree), for readers that do not update fields.
      ...(pageNumbers ? { pageNumbers: estimatePages } : {}),
      styles: reportStyles(lang === 'sv' ? 'sv-SE' : 'en-GB'),
      sections,
    });
  };
}

/**
 * The map as a Word document a secretary can edit: a title page, contents, the diagram on
 * a landscape page, a summary of role clarity, every body with its mandate, members and
 * reporting, the initiatives and their money, and (optionally) the findings and the comments. The bytes
 * come from docx's own zip writer as a Uint8Array, so the same code runs in Node and in
 * the browser.
 */
export async function buildReport(given: MandatModel, givenOptions: ReportOptions): Promise<Uint8Array> {
  // docx writes text into the XML as given: one U+FFFF in a name would make Word and LibreOffice refuse the file.
  const model = xmlSafeModel(given);
  const options = givenOptions.author ? { ...givenOptions, author: xmlText(givenOptions.author) } : givenOptions;
  if (options.contentsPageNumbers) {
    try {
      // Loaded only when asked: the page layout module is large.
      const { estimatePageNumbers } = await import('docx/layout');
      const make = reportDocument(model, options, estimatePageNumbers);
      return await Packer.pack(make(await options.diagram), 'uint8array');
    } catch {
      // Page numbers in the contents are a nicety: a layout the estimator trips over must not cost the report.
    }
  }
  const make = reportDocument(model, options, null);
  return Packer.pack(make(await options.diagram), 'uint8array');
}
