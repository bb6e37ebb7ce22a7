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

/** Tags the pages of a PDF, each as one figure with its alternative text (pages not marked stay untagged). */
export interface PageTagger {
  /**
   * Marks the current page as one figure: call right after the page is begun, before
   * anything is drawn. The alternative text may be worked out when the file is written
   * (a page of text knows its words only when it is full).
   */
  figure(alt: string | (() => string)): void;
}

/**
 * The structure PDF/UA asks of pictures, for any number of pages: a structure tree of one
 * Document element (in the document's language) holding one Figure per marked page with
 * its alternative text, each page's whole drawing as that figure's marked content (begun
 * by `figure`, ended when the page is written out), `/MarkInfo` so readers know the file
 * is tagged, and the title shown instead of the file name. jsPDF has no API for tagged PDF;
 * its own plugins write objects and catalog entries through the same hooks.
 */
export function tagPages(doc: jsPDF, lang?: string): PageTagger {
  const pdf = doc.internal as unknown as PluginInternals;
  // Page number → alternative text, in page order when written.
  const marked = new Map<number, () => string>();
  const written: { pageId: number; alt: string }[] = [];
  const closed = new Set<string[]>();
  let root = 0;
  pdf.events.subscribe('putPage', (page: { objId: number; pageNumber: number; page: string[] }) => {
    const alt = marked.get(page.pageNumber);
    if (!alt) return;
    // The figure's marked content ends with the page (once, however often the file is written).
    if (!closed.has(page.page)) {
      page.page.push('EMC');
      closed.add(page.page);
    }
    // The page's marked content is found through its parent tree entry; tab order follows the structure.
    pdf.write(`/StructParents ${written.length}`, '/Tabs /S');
    written.push({ pageId: page.objId, alt: alt() });
  });
  pdf.events.subscribe('postPutResources', () => {
    if (written.length === 0) return;
    const object = (id: number, body: string) => {
      pdf.newObjectDeferredBegin(id, true);
      pdf.write(body, 'endobj');
    };
    root = pdf.newObjectDeferred();
    const document = pdf.newObjectDeferred();
    const parentTree = pdf.newObjectDeferred();
    const figures = written.map(() => pdf.newObjectDeferred());
    const refs = (ids: readonly number[]): string => ids.map((id) => `${id} 0 R`).join(' ');
    object(root, `<< /Type /StructTreeRoot /K [${document} 0 R] /ParentTree ${parentTree} 0 R /ParentTreeNextKey ${written.length} >>`);
    object(document, `<< /Type /StructElem /S /Document /P ${root} 0 R${lang ? ` /Lang ${pdfTextString(lang)}` : ''} /K [${refs(figures)}] >>`);
    written.forEach((w, i) => object(figures[i] as number, `<< /Type /StructElem /S /Figure /P ${document} 0 R /Pg ${w.pageId} 0 R /K 0 /Alt ${pdfTextString(w.alt)} >>`));
    object(parentTree, `<< /Nums [${written.map((_, i) => `${i} [${figures[i] as number} 0 R]`).join(' ')}] >>`);
    written.length = 0;
  });
  pdf.events.subscribe('putCatalog', () => {
    if (root === 0) return;
    pdf.write(`/StructTreeRoot ${root} 0 R`, '/MarkInfo << /Marked true >>', '/ViewerPreferences << /DisplayDocTitle true >>');
    root = 0;
  });
  return {
    figure(alt) {
      pdf.write('/Figure <</MCID 0>> BDC');
      marked.set(doc.getCurrentPageInfo().pageNumber, typeof alt === 'string' ? () => alt : alt);
    },
  };
}

/** Tags a one-page diagram PDF: its first page as one figure (tagPages). Call before drawing. */
export function tagAsFigure(doc: jsPDF, tag: FigureTag): PageTagger {
  const tagger = tagPages(doc, tag.lang);
  tagger.figure(tag.alt);
  return tagger;
}
