import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { buildReport, type ReportOptions } from '../../../shared/export/report';
import { formatSek } from '../../../shared/export/reportWords';
import { restoreText } from '../../../shared/file/restore';
import { emptyModel } from '../../../shared/model/empty';
import type { MandatModel } from '../../../shared/model/types';
import type { CommentId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeComment, makeLine, makeModel, onBody, onLine } from '../../factories';
import { convertWithLibreOffice, pdfPageSizes, pdfText } from './libreoffice';

const restored = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error(restored.error.message.en);
const sample = restored.model;

/** A valid 1×1 PNG: the report only places it, so its pixels do not matter. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const DESCRIPTION = 'Kartan visar 26 organ och deras rapporteringslinjer.';
const ASOF = '2023-06-01';

function options(over: Partial<ReportOptions> = {}): ReportOptions {
  return {
    asOf: ASOF,
    lang: 'sv',
    date: '2024-05-02',
    author: 'Anna Andersson',
    findings: true,
    diagram: { png: PNG, widthPx: 1123, heightPx: 794, description: DESCRIPTION },
    contentsPageNumbers: true,
    ...over,
  };
}

interface Docx {
  readonly xml: string;
  readonly zip: JSZip;
  /** Paragraphs in order: their style id, their text (tabs left out) and their XML. */
  readonly paragraphs: readonly { style: string; text: string; xml: string }[];
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

async function open(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: unescape([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    xml: m[0],
  }));
  return { xml, zip, paragraphs };
}

const headings = (doc: Docx, style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
const allText = (doc: Docx) => doc.paragraphs.map((p) => p.text).join('\n');

describe('the Word report of the sample map', async () => {
  const sv = await open(await buildReport(sample, options()));
  const en = await open(await buildReport(sample, options({ lang: 'en' })));
  const result = analyse(sample, { asOf: ASOF });

  it('uses Word heading styles for the sections and a Heading 2 for each body', () => {
    expect(sv.xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(headings(sv, 'Heading1')).toEqual(['Kartan', 'Sammanfattning', 'Organ', 'Satsningar', 'Styrdokument', 'Lagkrav och Brås steg', 'Uppföljning av granskningar', 'Fynd', 'Kvitterade fynd', 'Ansvar och rollklarhet']);
    const h2 = headings(sv, 'Heading2');
    for (const name of ['Kommunstyrelsen (KS)', 'Kommunfullmäktige (KF)', 'Strategisk operativ grupp (SOG)', 'Trygghetsberedningen', 'Länsstyrelsen']) {
      expect(h2).toContain(name);
    }
    // The council was dissolved in January 2023: not a body of the report on 2023-06-01.
    expect(h2.some((h) => h.startsWith('Eskilstunas råd'))).toBe(false);
  });

  it('orders the bodies political, administrative, operative, external, then by name', () => {
    const h2 = headings(sv, 'Heading2');
    const at = (name: string) => h2.indexOf(name);
    expect(at('Arbetsmarknads- och vuxenutbildningsnämnden (AVN)')).toBe(0);
    expect(at('Kommunfullmäktige (KF)')).toBeLessThan(at('Kommunstyrelsen (KS)'));
    expect(at('Trygghetsberedningen')).toBeLessThan(at('Destination Eskilstuna AB (DEAB)'));
    expect(at('Kommunledningskontoret (KLK)')).toBeLessThan(at('Strategisk operativ grupp (SOG)'));
    expect(at('Strategisk operativ grupp (SOG)')).toBeLessThan(at('Länsstyrelsen'));
  });

  it('writes real tables with header rows that repeat', () => {
    expect(sv.xml.match(/<w:tbl>/g)?.length ?? 0).toBeGreaterThan(30);
    expect(sv.xml).toContain('<w:tblHeader/>');
  });

  it('starts with a title page: the map name, the date, the author and today', () => {
    const first = sv.paragraphs.slice(0, 8).map((p) => p.text);
    expect(first).toContain(sample.meta.name);
    expect(first).toContain('Karta per 2023-06-01');
    expect(first).toContain('Upprättad av: Anna Andersson');
    expect(first).toContain('Datum: 2024-05-02');
    expect(sv.paragraphs.find((p) => p.text === sample.meta.name)?.style).toBe('Title');
    // Then a new page: the contents start with a page break.
    expect(sv.paragraphs.find((p) => p.style === 'TOCHeading')?.xml).toContain('<w:pageBreakBefore/>');
  });

  it('has a table of contents filled in from the headings, updated when Word opens it', async () => {
    expect(sv.xml).toMatch(/TOC \\h/);
    expect(headings(sv, 'TOC1').map((t) => t.replace(/\d+$/, ''))).toEqual(['Kartan', 'Sammanfattning', 'Organ', 'Satsningar', 'Styrdokument', 'Lagkrav och Brås steg', 'Uppföljning av granskningar', 'Fynd', 'Kvitterade fynd', 'Ansvar och rollklarhet']);
    // With the page number worked out, for readers that show the contents as written.
    expect(headings(sv, 'TOC2')).toContainEqual(expect.stringMatching(/^Kommunstyrelsen \(KS\)\d+$/));
    const settings = await sv.zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:updateFields');
  });

  it('places the diagram with alt text, on a landscape page', () => {
    const docPr = /<wp:docPr [^>]*>/.exec(sv.xml)?.[0] ?? '';
    expect(docPr).toContain(`descr="${DESCRIPTION}"`);
    expect(docPr).toContain('title="');
    expect(sv.xml).toContain('w:orient="landscape"');
    expect(Object.keys(sv.zip.files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
  });

  it('gives each body its mandate, decision reference exactly as written, members and reporting lines', () => {
    const text = allText(sv);
    expect(text).toContain('beslutet i kommunstyrelsen 2023-01-10');
    expect(text).toContain('Ledamöter');
    expect(text).toContain('Områdeschef, socialförvaltningen');
    expect(text).toContain('Rapporterar till');
    expect(text).toContain('Tar emot rapportering från');
    expect(text).toContain('Dokumenterad');
  });

  it('lists initiatives with targets or "Mål saknas", and funding in Swedish kronor', () => {
    const text = allText(sv);
    expect(headings(sv, 'Heading2')).toContain('Trygga unga');
    expect(text).toContain('Mål saknas');
    expect(text).toContain('6\u00a0300\u00a0000\u00a0kr');
    expect(allText(en)).toContain('SEK\u00a06,300,000');
  });

  it('lists the findings with message and fix, and the acknowledged ones apart with reasons', () => {
    const text = allText(sv);
    for (const f of result.findings) expect(text).toContain(f.message.sv);
    expect(text).toContain(`Åtgärd: ${result.findings[0]!.fix.sv}`);
    expect(headings(sv, 'Heading2')).toContain(`Varningar (${result.findings.filter((f) => f.severity === 'warning').length})`);
    const acknowledged = text.slice(text.lastIndexOf('Kvitterade fynd'));
    for (const a of result.acknowledged) {
      expect(acknowledged).toContain(a.acknowledgement.reason);
      expect(acknowledged).toContain(a.finding.message.sv);
    }
    expect(acknowledged).toContain('Exempelkartan');
  });

  it('says the summary of role clarity in numbers', () => {
    const text = allText(sv);
    expect(text).toMatch(/Organ med fullständigt mandat\n\d+ av \d+ \(\d+\u00a0%\)/);
    expect(text).toContain('Organ med dokumenterad rapportväg till ett ansvarigt organ');
  });

  it('is written in English when asked, headings and all', () => {
    expect(headings(en, 'Heading1')).toEqual(['The map', 'Summary', 'Bodies', 'Initiatives', 'Governing documents', 'Law requirements and Brå’s steps', 'Audit follow-up', 'Findings', 'Acknowledged findings', 'Responsibilities and role clarity']);
    const text = allText(en);
    expect(text).toContain('Map as of 2023-06-01');
    expect(text).toContain('Prepared by: Anna Andersson');
    expect(text).toContain(result.findings[0]!.message.en);
    expect(text).toContain('Reports to');
    expect(text).not.toContain('Rapporterar till');
  });

  it('leaves out the findings when not asked for them', async () => {
    const doc = await open(await buildReport(sample, options({ findings: false })));
    expect(headings(doc, 'Heading1')).toEqual(['Kartan', 'Sammanfattning', 'Organ', 'Satsningar', 'Styrdokument', 'Lagkrav och Brås steg', 'Uppföljning av granskningar', 'Ansvar och rollklarhet']);
    expect(allText(doc)).not.toContain(result.findings[0]!.message.sv);
  });

  it('covers only the selected bodies, and the findings about them', async () => {
    const doc = await open(await buildReport(sample, options({ selection: ['ks', 'sog'] })));
    expect(headings(doc, 'Heading2').slice(0, 2)).toEqual(['Kommunstyrelsen (KS)', 'Strategisk operativ grupp (SOG)']);
    const text = allText(doc);
    expect(text).toContain(result.findings.find((f) => f.rule === 'overlap')!.message.sv);
    expect(text).not.toContain(result.findings.find((f) => f.key === 'missing-mandate:krb')!.message.sv);
  });

  it('names each body as it was named on the date, with the decision reference exactly as written', async () => {
    const doc = await open(await buildReport(sample, options({ asOf: '2021-09-26', findings: false })));
    expect(headings(doc, 'Heading2')).toContain('Lokala brottsförebyggande rådet (BRÅ)');
    expect(headings(doc, 'Heading2')).not.toContain('Trygghetsberedningen');
    expect(allText(doc)).toContain('Beslutsreferens\nKS 2018-11-06 § 224');
  });

  it('embeds the SVG with the PNG as fallback when it has one', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const doc = await open(await buildReport(sample, options({ diagram: { png: PNG, widthPx: 10, heightPx: 10, svg, description: DESCRIPTION } })));
    const media = Object.keys(doc.zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.some((f) => f.endsWith('.svg'))).toBe(true);
    expect(media.some((f) => f.endsWith('.png'))).toBe(true);
    expect(doc.xml).toContain('svgBlip');
  });
});

describe('comments in the Word report', async () => {
  const comments = [
    makeComment('c1', { text: 'Ska kartan skickas till revisorerna?', at: '2024-05-02T14:30:00+02:00' }),
    makeComment('c2', { target: onBody('ks'), text: 'Mandatet är från 2019;\nfinns ett nyare beslut?', resolved: true }),
    makeComment('c2r', { target: onBody('ks'), replyTo: 'c2' as CommentId, author: 'Bo Sekreterare', at: '2024-05-03T09:05:00+02:00', text: 'Nej, det gäller.' }),
    makeComment('c3', { target: onLine('line-bra-ksau'), text: 'Rapporterar rådet skriftligt?' }),
    makeComment('c4', { target: onBody('polis'), text: 'Kontaktperson saknas' }),
  ];
  const model: MandatModel = { ...sample, comments: new Map(comments.map((c) => [c.id, c])) };
  const sv = await open(await buildReport(model, options({ comments: true, contentsPageNumbers: false })));

  it('come last, per target, each thread with its state, writer, time and text, replies under it', () => {
    expect(headings(sv, 'Heading1')).toEqual(['Kartan', 'Sammanfattning', 'Organ', 'Satsningar', 'Styrdokument', 'Lagkrav och Brås steg', 'Uppföljning av granskningar', 'Fynd', 'Kvitterade fynd', 'Ansvar och rollklarhet', 'Kommentarer']);
    const text = allText(sv);
    const section = text.slice(text.lastIndexOf('Kommentarer'));
    expect(section).toContain('4 trådar, varav 3 öppna');
    expect(section).toContain('Öppen · Anna Strateg, 2024-05-02 14:30\nSka kartan skickas till revisorerna?');
    expect(section).toContain('Löst · Anna Strateg, 2024-05-02 14:30\nMandatet är från 2019;finns ett nyare beslut?');
    expect(section).toContain('Svar · Bo Sekreterare, 2024-05-03 09:05\nNej, det gäller.');
    expect(headings(sv, 'Heading3')).toEqual(expect.arrayContaining(['Kommunstyrelsen (KS)', 'Eskilstunas råd för trygghetsfrämjande arbete (Trygghetsrådet) → Kommunstyrelsens arbetsutskott (KSAU) (rapporterar till)']));
    const h2 = headings(sv, 'Heading2');
    expect(h2.slice(h2.indexOf('Kartan som helhet'))).toEqual(['Kartan som helhet', 'Organ', 'Rapporteringslinjer']);
  });

  it('are written in English when asked', async () => {
    const en = await open(await buildReport(model, options({ lang: 'en', comments: true, contentsPageNumbers: false })));
    expect(headings(en, 'Heading1').at(-1)).toBe('Comments');
    expect(allText(en)).toContain('Resolved · Anna Strateg, 2024-05-02 14:30');
    expect(allText(en)).toContain('4 threads, 3 open');
  });

  it('are left out unless asked for, and with a selection cover only what it shows', async () => {
    const without = await open(await buildReport(model, options({ contentsPageNumbers: false })));
    expect(headings(without, 'Heading1')).not.toContain('Kommentarer');
    expect(allText(without)).not.toContain('Ska kartan skickas till revisorerna?');
    const selected = allText(await open(await buildReport(model, options({ selection: ['ks'], comments: true, contentsPageNumbers: false }))));
    expect(selected).toContain('Ska kartan skickas till revisorerna?');
    expect(selected).toContain('Nej, det gäller.');
    expect(selected).not.toContain('Kontaktperson saknas');
    expect(selected).not.toContain('Rapporterar rådet skriftligt?');
  });

  it('say so when the map has none', async () => {
    const none = allText(await open(await buildReport(sample, options({ comments: true, contentsPageNumbers: false }))));
    expect(none).toContain('Inget att visa: kartan har inga kommentarer om det rapporten tar upp.');
  });
});

describe('the Word report of an empty view', () => {
  it('says there is nothing to show for an empty map', async () => {
    const doc = await open(await buildReport(emptyModel(), options({ author: undefined })));
    const text = allText(doc);
    expect(text).toContain('Namnlös karta');
    expect(text).toContain('Inget att visa: kartan har inga organ per 2023-06-01');
    expect(text).toContain('Inget att visa: inga satsningar gäller per 2023-06-01');
    expect(text).toContain('Inget att visa: kontrollerna ger inga fynd per 2023-06-01');
    expect(headings(doc, 'Heading2')).toEqual([]);
    expect(doc.xml).not.toContain('<wp:docPr');
  });

  it('says so in English for a filter that leaves no bodies', async () => {
    const model: MandatModel = makeModel({ bodies: [makeAccountable('ks'), makeBody('a')], lines: [makeLine('a', 'ks')] });
    const doc = await open(await buildReport(model, options({ lang: 'en', levels: ['external'] })));
    expect(allText(doc)).toContain('Nothing to show: the map has no bodies as of 2023-06-01 with the chosen filters.');
    expect(headings(doc, 'Heading2')).toEqual([]);
  });
});

describe('the contents of a large report', () => {
  it('are left for Word to number, as laying out hundreds of pages would take too long', async () => {
    const bodies = [makeAccountable('ks'), ...Array.from({ length: 60 }, (_, i) => makeBody(`b${i}`))];
    const doc = await open(await buildReport(makeModel({ bodies }), options({ findings: false })));
    const entries = headings(doc, 'TOC2');
    expect(entries).toHaveLength(61);
    expect(entries.every((e) => !/\d$/.test(e.replace(/\(B\d+\)$/, '')))).toBe(true);
  });
});

describe('amounts', () => {
  it('are written as each language writes kronor', () => {
    expect(formatSek(20_000_000, 'sv')).toBe('20\u00a0000\u00a0000\u00a0kr');
    expect(formatSek(950, 'en')).toBe('SEK\u00a0950');
    expect(formatSek(1_234_567, 'en')).toBe('SEK\u00a01,234,567');
    expect(formatSek(null, 'sv')).toBe('Belopp saknas');
  });
});

describe('the report in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens and prints with the headings and the bodies', { timeout: 180_000 }, async () => {
    const file = join(dir, 'rapport.docx');
    writeFileSync(file, await buildReport(sample, options()));
    const pdf = await convertWithLibreOffice(file, 'pdf', dir);
    const text = pdfText(pdf);
    // A4 portrait (595 × 842 pt), with the diagram on a landscape page.
    const sizes = pdfPageSizes(pdf).map((p) => `${Math.round(p.width)}x${Math.round(p.height)}`);
    expect(sizes[0]).toBe('595x842');
    expect(sizes).toContain('842x595');
    expect(sizes.every((s) => s === '595x842' || s === '842x595')).toBe(true);
    for (const h of ['Innehåll', 'Kartan', 'Sammanfattning', 'Organ', 'Satsningar', 'Kvitterade fynd']) expect(text).toContain(h);
    for (const name of ['Kommunstyrelsen (KS)', 'Strategisk operativ grupp (SOG)', 'Polismyndigheten, lokalpolisområde Eskilstuna']) expect(text).toContain(name);
    expect(text).toContain('Kommunallagen (2017:725)');
    expect(text).toMatch(/Sida 3 av \d+/);
  });
});
