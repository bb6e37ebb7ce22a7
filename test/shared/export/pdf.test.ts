import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { diagramScene } from '../../../shared/export/diagram';
import type { FontFiles } from '../../../shared/export/options';
import { fitToPage, parseColor, pathArrowHead, sceneToPdf, shortenEnd } from '../../../shared/export/pdf';
import type { Scene } from '../../../shared/export/scene';
import { restoreText } from '../../../shared/file/restore';

const root = join(__dirname, '../../..');
const fonts: FontFiles = {
  regular: new Uint8Array(readFileSync(join(root, 'assets/fonts/LiberationSans-Regular.ttf'))),
  bold: new Uint8Array(readFileSync(join(root, 'assets/fonts/LiberationSans-Bold.ttf'))),
};
const dir = mkdtempSync(join(tmpdir(), 'mandat-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOARD = 'Kommunstyrelsen – Brottsförebyggande rådet';
const LONG =
  'Samverkansöverenskommelse mellan kommunen och polisen om trygghetsskapande och brottsförebyggande arbete i Eskilstuna …';

/** Two boxes, a dashed curved arrow between them, a straight arrow, and texts with each anchor. */
const scene: Scene = {
  width: 800,
  height: 500,
  background: '#e0e0e0',
  title: 'Styrning – Eskilstuna',
  description: 'Två organ och linjerna mellan dem.',
  items: [
    {
      type: 'group',
      id: 'ks',
      title: 'Kommunstyrelsen',
      items: [
        { type: 'rect', x: 40, y: 40, width: 320, height: 80, radius: 8, fill: '#dbeafe', stroke: { color: '#1e3a8a', width: 1.5 } },
        { type: 'text', x: 200, y: 86, text: BOARD, size: 12, bold: true, color: '#111827', anchor: 'middle', maxWidth: 300 },
      ],
    },
    { type: 'rect', x: 460, y: 300, width: 300, height: 80, radius: 0, fill: null, stroke: { color: '#b91c1c', width: 2, dash: [6, 4] } },
    { type: 'text', x: 470, y: 325, text: 'Trygghetsrådet', size: 12, bold: false, color: 'rgba(0, 0, 0, 0.6)', anchor: 'start', maxWidth: 280 },
    { type: 'text', x: 750, y: 365, text: 'Åäö … slut', size: 12, bold: false, color: '#000', anchor: 'end', maxWidth: 280 },
    {
      type: 'path',
      segments: [
        { op: 'M', x: 200, y: 120 },
        { op: 'C', x1: 200, y1: 250, x2: 300, y2: 340, x: 460, y: 340 },
      ],
      stroke: { color: '#374151', width: 1.5, dash: [5, 3] },
      fill: null,
      closed: false,
      arrow: true,
    },
    {
      type: 'path',
      segments: [
        { op: 'M', x: 600, y: 40 },
        { op: 'L', x: 600, y: 300 },
      ],
      stroke: { color: '#047857', width: 3 },
      fill: null,
      closed: false,
      arrow: true,
    },
    {
      type: 'path',
      segments: [
        { op: 'M', x: 10, y: 460 },
        { op: 'L', x: 790, y: 460 },
      ],
      stroke: { color: '#000000', width: 1 },
      fill: null,
      closed: false,
      arrow: false,
    },
    { type: 'text', x: 10, y: 450, text: LONG, size: 10, bold: false, color: '#000', anchor: 'start', maxWidth: 780 },
  ],
};

/** Runs a poppler tool; a missing tool fails the test with what to install. */
function poppler(tool: string, args: readonly string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install Debian's poppler-utils (apt-get install poppler-utils).`, { cause: error });
    throw error;
  }
}

const utf8 = (tool: string, args: readonly string[]) => Buffer.from(poppler(tool, args), 'latin1').toString('utf8');

function writePdf(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const a4 = writePdf('a4.pdf', sceneToPdf(scene, { page: 'a4', landscape: true, fonts, title: 'Karta – Eskilstuna', author: 'Åsa Öberg', lang: 'sv' }));
const A4_W = 841.89;
const A4_H = 595.28;
const fit = fitToPage(scene, A4_W, A4_H);
const page = (x: number, y: number) => ({ x: fit.x + x * fit.scale, y: fit.y + y * fit.scale });

/** The page as grey levels (0 black … 255 white), from pdftoppm's PGM output. */
function render(file: string, dpi: number): { width: number; height: number; at: (x: number, y: number) => number } {
  const base = join(dir, `render-${dpi}`);
  poppler('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, base]);
  const pgm = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  // Points to pixels: the callers speak in page points.
  const at = (x: number, y: number) => pixels[Math.round((y * dpi) / 72) * width + Math.round((x * dpi) / 72)] ?? -1;
  return { width, height, at };
}

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The words pdftotext finds, with their boxes in points from the page's top left. */
function words(file: string): Word[] {
  const html = utf8('pdftotext', ['-bbox', file, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: (m[5] ?? '').replace(/&amp;/g, '&'),
  }));
}

function word(all: readonly Word[], text: string): Word {
  const found = all.find((w) => w.text === text);
  if (!found) throw new Error(`pdftotext found no "${text}" among: ${all.map((w) => w.text).join(' ')}`);
  return found;
}

describe('sceneToPdf', () => {
  it('writes one A4 landscape page with the document properties', () => {
    const info = utf8('pdfinfo', [a4]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([842, 595]);
    expect(info).toMatch(/^Title:\s+Karta – Eskilstuna$/m);
    expect(info).toMatch(/^Author:\s+Åsa Öberg$/m);
    expect(info).toMatch(/^Creator:\s+Mandat$/m);
    expect(info).toMatch(/^Subject:\s+Två organ och linjerna mellan dem\.$/m);
    expect(readFileSync(a4).toString('latin1')).toContain('/Lang (sv)');
  });

  it('writes A3 portrait and takes the title from the scene when none is given', () => {
    const a3 = writePdf('a3.pdf', sceneToPdf(scene, { page: 'a3', landscape: false, fonts, lang: 'en' }));
    const info = utf8('pdfinfo', [a3]);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([842, 1191]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Title:\s+Styrning – Eskilstuna$/m);
    expect(readFileSync(a3).toString('latin1')).toContain('/Lang (en)');
  });

  it('writes selectable text with å, ä, ö, – and … intact, long lines unbroken', () => {
    const text = utf8('pdftotext', ['-layout', a4, '-']);
    expect(text).toContain(BOARD);
    expect(text).toContain('Trygghetsrådet');
    expect(text).toContain('Åäö … slut');
    expect(text.replace(/\s+/g, ' ')).toContain(LONG);
  });

  it('embeds Liberation Sans regular and bold', () => {
    const rows = utf8('pdffonts', [a4]).split('\n').slice(2).filter(Boolean);
    const embedded = rows.map((row) => row.split(/\s+/)).filter((cells) => cells.at(-5) === 'yes' && cells.at(-3) === 'yes').map((cells) => cells[0]);
    expect(embedded.sort()).toEqual(['LiberationSans', 'LiberationSans-Bold']);
  });

  it('puts texts on their baseline at their anchor', () => {
    const all = words(a4);
    // Middle: the line's centre on x = 200.
    const first = word(all, 'Kommunstyrelsen');
    const last = word(all, 'rådet');
    expect((first.xMin + last.xMax) / 2).toBeCloseTo(page(200, 0).x, 0);
    // Start and end: the left and right edges on x = 470 and x = 750.
    expect(word(all, 'Trygghetsrådet').xMin).toBeCloseTo(page(470, 0).x, 0);
    expect(word(all, 'slut').xMax).toBeCloseTo(page(750, 0).x, 0);
    // Baselines: poppler's word box ends at the font's descent (0.212 em) below the baseline.
    const size = 12 * fit.scale;
    expect(word(all, 'slut').yMax - 0.212 * size).toBeCloseTo(page(0, 365).y, 0);
    expect(first.yMax - 0.212 * size).toBeCloseTo(page(0, 86).y, 0);
  });

  it('fits the scene inside the margins, centred, scaling up when there is room', () => {
    const margin = (12 * 72) / 25.4;
    expect(fit.scale).toBeCloseTo((A4_W - 2 * margin) / 800, 6);
    expect(fit.x).toBeCloseTo(margin, 6);
    expect(fit.y * 2 + 500 * fit.scale).toBeCloseTo(A4_H, 6);
    const small = fitToPage({ width: 100, height: 100 }, A4_W, A4_H);
    expect(small.scale).toBeCloseTo((A4_H - 2 * margin) / 100, 6);
    expect(small.x * 2 + 100 * small.scale).toBeCloseTo(A4_W, 6);
  });

  it('draws the background, the boxes, dashes and the arrowhead where the scene has them', () => {
    const image = render(a4, 144);
    const corner = page(2, 2);
    expect(image.at(2, 2)).toBe(255);
    expect(image.at(corner.x, corner.y)).toBeLessThan(235);
    const box = page(100, 60);
    expect(image.at(box.x, box.y)).toBeGreaterThan(image.at(corner.x, corner.y));
    // The dashed box's top edge goes dark, light, dark … along its length.
    let changes = 0;
    let dark = false;
    for (let x = 470; x < 750; x += 0.5) {
      const p = page(x, 300);
      const now = image.at(p.x, p.y) < 150;
      if (now !== dark) changes++;
      dark = now;
    }
    expect(changes).toBeGreaterThan(20);
    // The straight arrow points down onto y = 300: wide just behind the tip, nothing past it.
    const wide = page(603, 288);
    expect(image.at(wide.x, wide.y)).toBeLessThan(150);
    const beyond = page(600, 306);
    expect(image.at(beyond.x, beyond.y)).toBeGreaterThan(200);
    const shaft = page(604, 250);
    expect(image.at(shaft.x, shaft.y)).toBeGreaterThan(200);
  });

  it('stops a line inside its arrowhead, so its end does not show beside the tip', () => {
    // 2 px behind the tip the head is 1.6 px wide; the 3 px line, were it drawn to the tip, 3 px.
    const image = render(a4, 288);
    const beside = page(598.6, 298);
    expect(image.at(beside.x, beside.y)).toBeGreaterThan(200);
    const inside = page(600, 298);
    expect(image.at(inside.x, inside.y)).toBeLessThan(150);
  });

  it('renders at low resolution to a page that is not blank', () => {
    const image = render(a4, 20);
    let ink = 0;
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) if (image.at((x * 72) / 20, (y * 72) / 20) < 128) ink++;
    expect(ink).toBeGreaterThan(50);
  });
});

describe('the sample map as a PDF', () => {
  it('draws the Eskilstuna map on one A3 landscape page with its name and bodies as text', () => {
    const restored = restoreText(readFileSync(join(root, 'examples/eskilstuna.mandat'), 'utf8'));
    if (!restored.ok) throw new Error(restored.error.message.en);
    const model = restored.model;
    const asOf = '2023-06-01';
    const map = diagramScene(model, analyse(model, { asOf }).findings, { asOf, lang: 'sv', badges: true, legend: true, funding: true });
    const file = writePdf('eskilstuna.pdf', sceneToPdf(map, { page: 'a3', landscape: true, fonts, title: map.title, author: model.meta.author, lang: 'sv' }));
    const info = utf8('pdfinfo', [file]);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([1191, 842]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toContain('Eskilstuna kommun – trygghetsarbetets organisation 2018–2023');
    const text = utf8('pdftotext', [file, '-']);
    expect(text).toContain('Eskilstuna kommun – trygghetsarbetets organisation 2018–2023');
    for (const name of ['Kommunfullmäktige', 'Kommunstyrelsen', 'Socialnämnden', 'Kultur- och fritidsnämnden', 'Strategisk operativ grupp', 'Länsstyrelsen']) {
      expect(text).toContain(name);
    }
  });
});

describe('arrowheads', () => {
  it('points along the end tangent of a curve', () => {
    const head = pathArrowHead(
      [
        { op: 'M', x: 0, y: 0 },
        { op: 'C', x1: 0, y1: 100, x2: 50, y2: 100, x: 100, y: 100 },
      ],
      1,
    );
    const [tip, left, right] = head?.corners ?? [];
    expect([tip?.x, tip?.y]).toEqual([100, 100]);
    // Arrives from the left, so the base is 8 px left of the tip and straddles y = 100.
    expect(left?.x).toBeCloseTo(92, 6);
    expect(right?.x).toBeCloseTo(92, 6);
    expect([left?.y ?? 0, right?.y ?? 0].sort((a, b) => a - b)).toEqual([expect.closeTo(96.8, 6), expect.closeTo(103.2, 6)]);
    expect(head?.shaftBack).toBeCloseTo(8 * 0.7, 6);
  });

  it('pulls the line back so it ends inside the arrowhead', () => {
    const line = shortenEnd(
      [
        { op: 'M', x: 0, y: 0 },
        { op: 'L', x: 10, y: 0 },
      ],
      4,
    );
    expect(line.at(-1)).toEqual({ op: 'L', x: 6, y: 0 });
    const curve = shortenEnd(
      [
        { op: 'M', x: 0, y: 0 },
        { op: 'C', x1: 0, y1: 100, x2: 50, y2: 100, x: 100, y: 100 },
      ],
      10,
    );
    const end = curve.at(-1);
    expect(end?.op).toBe('C');
    expect(Math.hypot(100 - (end?.x ?? 0), 100 - (end?.y ?? 0))).toBeGreaterThanOrEqual(10);
    expect(Math.hypot(100 - (end?.x ?? 0), 100 - (end?.y ?? 0))).toBeLessThan(12);
  });
});

describe('parseColor', () => {
  it('reads hex, rgb() and rgba(), and refuses what it does not know', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#1e3a8a')).toEqual({ r: 30, g: 58, b: 138, a: 1 });
    expect(parseColor('#00000080').a).toBeCloseTo(0.5, 2);
    expect(parseColor('rgba(1, 2, 3, 0.25)')).toEqual({ r: 1, g: 2, b: 3, a: 0.25 });
    expect(parseColor('rgb(10 20 30)')).toEqual({ r: 10, g: 20, b: 30, a: 1 });
    expect(() => parseColor('papayawhip')).toThrow(/papayawhip/);
  });
});

describe('tags', () => {
  /** The hex text strings of a PDF's uncompressed objects, decoded from UTF-16BE. */
  function altTexts(file: string): string[] {
    const raw = readFileSync(file, 'latin1');
    return [...raw.matchAll(/\/Alt <FEFF([0-9A-F]*)>/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').swap16().toString('utf16le'));
  }

  it('tags the page as one figure with the diagram\'s description as its alternative text, in the document language', () => {
    const info = utf8('pdfinfo', [a4]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(utf8('pdfinfo', ['-struct', a4]).trim().split('\n').map((l) => l.trim())).toEqual(['Document', 'Figure']);
    expect(altTexts(a4)).toEqual([scene.description]);
    const raw = readFileSync(a4, 'latin1');
    expect(raw).toContain('/Lang (sv)');
    expect(raw).toContain('/DisplayDocTitle true');
    // The figure holds the page's text: the marked content is the drawing, not an empty pair.
    expect(utf8('pdfinfo', ['-struct-text', a4])).toContain(BOARD);
  });
});
