import { documentLegendLines } from './diagramDocuments';
import { say } from '../i18n/text';
import type { IsoDate } from '../model/types';
import type { Language, Level, LineKind } from '../model/vocabulary';
import { badge, miniBody } from './diagramBodies';
import { BORDER, DECIDED_BY_COLOR, DECIDED_BY_DASH, DECIDED_BY_WIDTH, FUNDING_COLOR, FUNDING_DASH, FUNDING_WIDTH, INK, LINE_STYLE, MUTED, PAPER, UNDOCUMENTED_DASH } from './diagramStyle';
import { authorWords, LEGEND_WORDS, nothingToShowWords, showsAsOf, versionWords } from './diagramWords';
import { LEVEL_LABELS, LINE_KIND_LABELS } from './labels';
import type { SceneGroup, SceneItem, Stroke } from './scene';
import { ascentOf, descentOf, FIT_SAFETY, fitText, measureText, type FittedText } from './textFit';

/** A part of the frame around the diagram, and how tall it came out. */
export interface FramePart {
  readonly group: SceneGroup;
  readonly height: number;
}

/** Lines of fitted text, the first baseline placed so the first line's box starts at `top`. */
function lines(fitted: FittedText, x: number, top: number, opts: { bold: boolean; color: string; maxWidth: number; anchor?: 'start' | 'middle' }): { items: SceneItem[]; bottom: number } {
  const step = fitted.size * 1.25;
  const items: SceneItem[] = fitted.lines.map((text, i) => ({
    type: 'text',
    x,
    y: top + i * step + (step - ascentOf(fitted.size) - descentOf(fitted.size)) / 2 + ascentOf(fitted.size),
    text,
    size: fitted.size,
    bold: opts.bold,
    color: opts.color,
    anchor: opts.anchor ?? 'start',
    maxWidth: opts.maxWidth,
  }));
  return { items, bottom: top + fitted.lines.length * step };
}

export interface TitleInput {
  readonly name: string;
  readonly asOf: IsoDate;
  readonly version?: string | undefined;
  readonly author: string;
  readonly lang: Language;
}

/** The map's name, the date it shows, its version and author, over a thin rule. */
export function titleBlock(input: TitleInput, x: number, y: number, width: number): FramePart {
  const name = fitText(input.name, { maxWidth: width, size: 20, minSize: 15, bold: true, maxLines: 2, balance: true });
  const parts = [showsAsOf(input.asOf, input.lang)];
  if (input.version?.trim()) parts.push(versionWords(input.version.trim()));
  if (input.author.trim()) parts.push(authorWords(input.author.trim(), input.lang));
  const sub = fitText(parts.join('  ·  '), { maxWidth: width, size: 12, minSize: 10, maxLines: 2 });
  const head = lines(name, x, y, { bold: true, color: INK, maxWidth: width });
  const tail = lines(sub, x, head.bottom + 2, { bold: false, color: MUTED, maxWidth: width });
  const ruleY = tail.bottom + 8;
  const rule: SceneItem = {
    type: 'path',
    segments: [
      { op: 'M', x, y: ruleY },
      { op: 'L', x: x + width, y: ruleY },
    ],
    stroke: { color: BORDER, width: 1 },
    fill: null,
    closed: false,
    arrow: false,
  };
  return {
    group: { type: 'group', id: 'title-block', title: `${input.name}. ${parts.join('. ')}.`, items: [...head.items, ...tail.items, rule] },
    height: ruleY - y,
  };
}

/** What the legend explains: only what the diagram shows. */
export interface LegendInput {
  readonly levels: readonly Level[];
  readonly lineKinds: readonly LineKind[];
  readonly undocumented: boolean;
  readonly accountable: boolean;
  readonly funding: boolean;
  /** Decided-by lines are drawn (absent: no). */
  readonly decidedBy?: boolean;
  readonly badges: boolean;
  /** The governing documents' lines are drawn (absent: not). */
  readonly documents?: boolean;
  readonly lang: Language;
}

interface Entry {
  readonly swatch: (x: number, middle: number) => SceneItem[];
  readonly label: string;
}

const SWATCH = 30;
const ROW = 22;
const PAD = 12;
const HEADING = 84;
const ENTRY_GAP = 22;
const LEGEND_SIZE = 11;

function sample(stroke: Stroke, arrow: boolean): (x: number, middle: number) => SceneItem[] {
  return (x, middle) => [
    {
      type: 'path',
      segments: [
        { op: 'M', x, y: middle },
        { op: 'L', x: x + SWATCH, y: middle },
      ],
      stroke,
      fill: null,
      closed: false,
      arrow,
    },
  ];
}

function rows(input: LegendInput): { heading: string; entries: Entry[] }[] {
  const { lang } = input;
  const out: { heading: string; entries: Entry[] }[] = [];
  out.push({
    heading: LEGEND_WORDS.levels[lang],
    entries: input.levels.map((level) => ({ swatch: (x, m) => miniBody(x + 2, m - 8, 26, 16, level, false), label: say(LEVEL_LABELS[level], lang) })),
  });
  const lineEntries: Entry[] = input.lineKinds.map((kind) => ({
    swatch: sample({ color: LINE_STYLE[kind].color, width: LINE_STYLE[kind].width }, true),
    label: say(LINE_KIND_LABELS[kind], lang),
  }));
  if (input.undocumented) lineEntries.push({ swatch: sample({ color: LINE_STYLE.reports_to.color, width: 2, dash: UNDOCUMENTED_DASH }, false), label: LEGEND_WORDS.undocumented[lang] });
  if (input.funding) lineEntries.push({ swatch: sample({ color: FUNDING_COLOR, width: FUNDING_WIDTH, dash: FUNDING_DASH }, true), label: LEGEND_WORDS.funding[lang] });
  if (input.documents) for (const d of documentLegendLines(lang)) lineEntries.push({ swatch: sample(d.stroke, false), label: d.label });
  if (input.decidedBy) lineEntries.push({ swatch: sample({ color: DECIDED_BY_COLOR, width: DECIDED_BY_WIDTH * 1.5, dash: DECIDED_BY_DASH }, true), label: LEGEND_WORDS.decidedBy[lang] });
  if (lineEntries.length > 0) out.push({ heading: LEGEND_WORDS.lines[lang], entries: lineEntries });
  const other: Entry[] = [];
  if (input.accountable) other.push({ swatch: (x, m) => miniBody(x + 2, m - 8, 26, 16, 'political', true), label: LEGEND_WORDS.accountable[lang] });
  if (input.badges) other.push({ swatch: (x, m) => badge(x + 26, m, 3), label: LEGEND_WORDS.badge[lang] });
  if (other.length > 0) out.push({ heading: LEGEND_WORDS.other[lang], entries: other });
  return out;
}

/** The legend: a framed box with a row each for levels, lines and the other marks, wrapped to `width`. */
export function legend(input: LegendInput, x: number, y: number, width: number): FramePart {
  const items: SceneItem[] = [];
  const title = fitText(LEGEND_WORDS.title[input.lang], { maxWidth: width - 2 * PAD, size: 12, bold: true });
  const head = lines(title, x + PAD, y + PAD - 2, { bold: true, color: INK, maxWidth: width - 2 * PAD });
  items.push(...head.items);
  let top = head.bottom + 4;
  const left = x + PAD + HEADING;
  const right = x + width - PAD;
  for (const row of rows(input)) {
    const heading = fitText(row.heading, { maxWidth: HEADING - 8, size: LEGEND_SIZE, minSize: 9, bold: true });
    items.push(...lines(heading, x + PAD, top + (ROW - heading.size * 1.25) / 2, { bold: true, color: MUTED, maxWidth: HEADING - 8 }).items);
    let cursor = left;
    for (const entry of row.entries) {
      // An entry that does not fit whole on this line starts the next one.
      const natural = SWATCH + 6 + measureText(entry.label, LEGEND_SIZE, false) * FIT_SAFETY;
      if (cursor > left && cursor + natural > right) {
        cursor = left;
        top += ROW;
      }
      const label = fitText(entry.label, { maxWidth: right - cursor - SWATCH - 6, size: LEGEND_SIZE, minSize: 9 });
      const middle = top + ROW / 2;
      items.push(...entry.swatch(cursor, middle));
      items.push(...lines(label, cursor + SWATCH + 6, middle - (label.size * 1.25) / 2, { bold: false, color: INK, maxWidth: right - cursor - SWATCH - 6 }).items);
      cursor += SWATCH + 6 + label.width + ENTRY_GAP;
    }
    top += ROW;
  }
  const height = top + PAD - 4 - y;
  const frame: SceneItem = { type: 'rect', x: x + 0.5, y: y + 0.5, width: width - 1, height: height - 1, radius: 6, fill: PAPER, stroke: { color: BORDER, width: 1 } };
  return { group: { type: 'group', id: 'legend', title: LEGEND_WORDS.title[input.lang], items: [frame, ...items] }, height };
}

/** The message an empty diagram shows, in a dashed box, so that an export is never blank. */
export function nothingToShow(asOf: IsoDate, lang: Language, x: number, y: number, width: number): FramePart {
  const height = 120;
  const message = nothingToShowWords(asOf, lang);
  const fitted = fitText(message, { maxWidth: width - 48, size: 15, minSize: 11, maxLines: 3 });
  const textHeight = fitted.lines.length * fitted.size * 1.25;
  const text = lines(fitted, x + width / 2, y + (height - textHeight) / 2, { bold: false, color: MUTED, maxWidth: width - 48, anchor: 'middle' });
  return {
    group: {
      type: 'group',
      id: 'nothing-to-show',
      title: message,
      items: [{ type: 'rect', x, y, width, height, radius: 8, fill: PAPER, stroke: { color: BORDER, width: 1.5, dash: [6, 4] } }, ...text.items],
    },
    height,
  };
}
