import type { jsPDF } from 'jspdf';

/**
 * The part of jsPDF's plugin interface (`doc.internal`) the tags are written with. jsPDF
 * has no API for tagged PDF, but its own plugins (AcroForm, the language setting) write
 * objects and catalog entries through these hooks, and its type declarations leave them out.
 */
interface PluginInternals {
  write(...lines: string[]): void;
  newObjectDeferred(): number;
  newObjectDeferredBegin(id: number, output: boolean): number;
  events: { subscribe(topic: string, callback: (...args: never[]) => void): string };
}

/** What the single figure of a diagram page says to a screen reader. */
export interface FigureTag {
  /** The alternative text: what the diagram shows, in words. */
  readonly alt: string;
  /** The document's language, e.g. "sv"; the catalog has it too, when set. */
  readonly lang?: string;
}

/** A PDF text string of any characters: UTF-16BE with a byte-order mark, in hex (nothing to escape). */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/**
 * Tags a one-page diagram PDF (PDF/UA's model for a picture): a structure tree of one
 * Document element holding one Figure with the alternative text, the page's whole drawing
 * as that figure's marked content, `/MarkInfo` so readers know the file is tagged, and the
 * title shown instead of the file name. Call before drawing; call the returned function
 * after drawing, before the document is written out.
 */
export function tagAsFigure(doc: jsPDF, tag: FigureTag): () => void {
  const pdf = doc.internal as unknown as PluginInternals;
  let pageId: number | null = null;
  const ids = { root: 0, document: 0, figure: 0, parentTree: 0 };
  pdf.write('/Figure <</MCID 0>> BDC');
  pdf.events.subscribe('putPage', (page: { objId: number; pageNumber: number }) => {
    if (page.pageNumber !== 1) return;
    pageId = page.objId;
    // The page's marked content is found through parent tree entry 0; tab order follows the structure.
    pdf.write('/StructParents 0', '/Tabs /S');
  });
  pdf.events.subscribe('postPutResources', () => {
    if (pageId === null) return;
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) ids[key] = pdf.newObjectDeferred();
    const object = (id: number, body: string) => {
      pdf.newObjectDeferredBegin(id, true);
      pdf.write(body, 'endobj');
    };
    object(ids.root, `<< /Type /StructTreeRoot /K [${ids.document} 0 R] /ParentTree ${ids.parentTree} 0 R /ParentTreeNextKey 1 >>`);
    object(ids.document, `<< /Type /StructElem /S /Document /P ${ids.root} 0 R${tag.lang ? ` /Lang ${pdfTextString(tag.lang)}` : ''} /K [${ids.figure} 0 R] >>`);
    object(ids.figure, `<< /Type /StructElem /S /Figure /P ${ids.document} 0 R /Pg ${pageId} 0 R /K 0 /Alt ${pdfTextString(tag.alt)} >>`);
    object(ids.parentTree, `<< /Nums [0 [${ids.figure} 0 R]] >>`);
  });
  pdf.events.subscribe('putCatalog', () => {
    if (ids.root === 0) return;
    pdf.write(`/StructTreeRoot ${ids.root} 0 R`, '/MarkInfo << /Marked true >>', '/ViewerPreferences << /DisplayDocTitle true >>');
  });
  return () => pdf.write('EMC');
}
