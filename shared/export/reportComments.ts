import { Paragraph, TextRun } from 'docx';
import type { ReportTable } from './reportDocx';
import { text, type Text } from '../i18n/text';
import { threadsByTarget, type Thread } from '../model/comments';
import type { Comment, ReportingLine } from '../model/types';
import type { Language } from '../model/vocabulary';
import { wallClock } from '../time/dateTime';
import { LINE_KIND_LABELS } from './labels';
import { bodyName, type ReportContext } from './reportContext';
import { heading, para } from './reportDocx';

/** The words of the comments section (kept here: only this section uses them). */
const C = {
  comments: text('Kommentarer', 'Comments'),
  onMap: text('Kartan som helhet', 'The map as a whole'),
  onBodies: text('Organ', 'Bodies'),
  onLines: text('Rapporteringslinjer', 'Reporting lines'),
  open: text('Öppen', 'Open'),
  resolved: text('Löst', 'Resolved'),
  reply: text('Svar', 'Reply'),
  unknownWriter: text('okänd', 'unknown'),
} as const satisfies Record<string, Text>;

const MUTED = '595959';

function intro(threads: number, open: number, lang: Language): string {
  return lang === 'sv'
    ? `${threads} ${threads === 1 ? 'tråd' : 'trådar'}, varav ${open} ${open === 1 ? 'öppen' : 'öppna'}: vad kartans användare har frågat och svarat, med vem som skrev och när (skrivarens klocka).`
    : `${threads} ${threads === 1 ? 'thread' : 'threads'}, ${open} open: what the map's users asked and answered, with who wrote and when (the writer's clock).`;
}

function nothing(lang: Language): string {
  return lang === 'sv' ? 'Inget att visa: kartan har inga kommentarer om det rapporten tar upp.' : 'Nothing to show: the map has no comments on what the report covers.';
}

/** "Anna Strateg, 2024-05-02 14:30", in grey, over the comment. */
function byline(c: Comment, lang: Language): string {
  const when = wallClock(c.at);
  const who = c.author.trim() === '' ? C.unknownWriter[lang] : c.author;
  return when ? `${who}, ${when}` : who;
}

function commentParagraphs(c: Comment, lead: string, lang: Language, indent: number): Paragraph[] {
  return [
    new Paragraph({
      indent: { left: indent },
      keepNext: true,
      spacing: { after: 20 },
      children: [new TextRun({ text: `${lead} · `, bold: true }), new TextRun({ text: byline(c, lang), color: MUTED })],
    }),
    new Paragraph({
      indent: { left: indent },
      spacing: { after: 120 },
      children: c.text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
    }),
  ];
}

/** A thread: its state and first comment, then the replies indented. */
function threadParagraphs(t: Thread, lang: Language): Paragraph[] {
  return [
    ...commentParagraphs(t.root, (t.root.resolved ? C.resolved : C.open)[lang], lang, 0),
    ...t.replies.flatMap((r) => commentParagraphs(r, C.reply[lang], lang, 567)),
  ];
}

function lineName(ctx: ReportContext, line: ReportingLine): string {
  return `${bodyName(ctx, line.from)} → ${bodyName(ctx, line.to)} (${LINE_KIND_LABELS[line.kind][ctx.lang].toLowerCase()})`;
}

interface Group {
  readonly title: string;
  readonly targets: readonly { readonly title: string | null; readonly threads: readonly Thread[] }[];
}

/**
 * The threads the report covers, grouped: the map as a whole, then bodies in report
 * order, then lines. With filters, those about a shown body or a line to or from one.
 */
function groups(ctx: ReportContext): Group[] {
  const { lang, model } = ctx;
  const byTarget = threadsByTarget(model);
  const out: Group[] = [];
  const onMap = byTarget.get('map');
  if (onMap) out.push({ title: C.onMap[lang], targets: [{ title: null, threads: onMap }] });

  const locale = lang === 'sv' ? 'sv' : 'en';
  const inOrder = ctx.bodies.map((vb) => vb.body.id as string);
  const others = ctx.filtered ? [] : [...model.bodies.keys()].filter((id) => !ctx.shown.has(id)).sort((a, b) => bodyName(ctx, a).localeCompare(bodyName(ctx, b), locale));
  const bodies = [...inOrder, ...others].flatMap((id) => {
    const threads = byTarget.get(`body:${id}`);
    return threads ? [{ title: bodyName(ctx, id), threads }] : [];
  });
  if (bodies.length > 0) out.push({ title: C.onBodies[lang], targets: bodies });

  const lines = [...model.reportingLines.values()]
    .filter((l) => !ctx.filtered || ctx.shown.has(l.from) || ctx.shown.has(l.to))
    .flatMap((l) => {
      const threads = byTarget.get(`line:${l.id}`);
      return threads ? [{ title: lineName(ctx, l), threads }] : [];
    })
    .sort((a, b) => a.title.localeCompare(b.title, locale));
  if (lines.length > 0) out.push({ title: C.onLines[lang], targets: lines });
  return out;
}

/** The comments: per target its threads, each with its state, writer, time and text, replies under it. */
export function commentsSection(ctx: ReportContext): (Paragraph | ReportTable)[] {
  const { lang } = ctx;
  const out: (Paragraph | ReportTable)[] = [heading(C.comments[lang], 1, true)];
  const found = groups(ctx);
  const threads = found.flatMap((g) => g.targets.flatMap((t) => t.threads));
  if (threads.length === 0) return [...out, para(nothing(lang), { italics: true })];
  out.push(para(intro(threads.length, threads.filter((t) => !t.root.resolved).length, lang)));
  for (const group of found) {
    out.push(heading(group.title, 2));
    for (const target of group.targets) {
      if (target.title !== null) out.push(heading(target.title, 3));
      for (const thread of target.threads) out.push(...threadParagraphs(thread, lang));
    }
  }
  return out;
}
