import { analyse } from '../analysis/analyse';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language, Level } from '../model/vocabulary';
import { bodiesSection, bodyAnchors, type PublicationContext } from './publicationBodies';
import { findingsSection } from './publicationFindings';
import { el, esc, join, list, raw, type Html } from './publicationHtml';
import { PUBLICATION_CSS } from './publicationStyle';
import { pw } from './publicationWords';
import { fullName, reportContext } from './reportContext';
import { mapAsOf, w } from './reportWords';
import type { Scene } from './scene';
import { sceneToSvg } from './svg';

/** What the publication covers and how it is written. */
export interface PublicationOptions {
  readonly asOf: IsoDate;
  readonly lang: Language;
  readonly levels?: readonly Level[];
  readonly selection?: readonly string[];
  /** Today: the day the publication is made, shown beside the map's date. */
  readonly date: IsoDate;
  /** Include the findings and the acknowledged findings. */
  readonly findings: boolean;
}

/**
 * The diagram's SVG for inlining: no XML declaration, and no ids but those of its title
 * and description, renamed, so that nothing drawn (a body's id, say) can collide with an
 * anchor of the page.
 */
export function inlineSvg(scene: Scene): string {
  return sceneToSvg(scene)
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace(/ id="(?!scene-title"|scene-desc")[^"]*"/g, '')
    // Only in the attributes that name them: a body may well be called "scene-title".
    .replace(/ (id|aria-labelledby|aria-describedby)="([^"]*)"/g, (_m, attribute: string, value: string) => ` ${attribute}="${value.replace(/scene-title/g, 'diagram-title').replace(/scene-desc/g, 'diagram-desc')}"`)
    .trim();
}

function contents(ctx: PublicationContext, findings: boolean): Html {
  const { lang } = ctx;
  const bodies = ctx.bodies.map((vb) => el('a', { href: `#${ctx.anchors.get(vb.body.id)}` }, fullName(vb.name, vb.shortName)));
  return el(
    'nav',
    { 'aria-labelledby': 'contents' },
    el('h2', { id: 'contents' }, pw('contents', lang)),
    list(
      [
        el('a', { href: '#diagram' }, w('diagram', lang)),
        join([el('a', { href: '#bodies' }, w('bodies', lang)), ...(bodies.length > 0 ? [list(bodies)] : [])]),
        ...(findings ? [el('a', { href: '#findings' }, w('findings', lang))] : []),
      ],
      true,
    ),
  );
}

function diagramSection(ctx: PublicationContext, scene: Scene): Html {
  const { lang } = ctx;
  return el(
    'section',
    { 'aria-labelledby': 'diagram' },
    el('h2', { id: 'diagram' }, w('diagram', lang)),
    el('figure', {}, raw(inlineSvg(scene)), el('figcaption', {}, `${pw('diagramText', lang)} `, el('a', { href: '#bodies' }, pw('toText', lang)))),
  );
}

/**
 * The map as one self-contained, accessible HTML page (WCAG 2.1 AA): the diagram as inline
 * SVG with a text alternative, its text equivalent (every body shown as a heading with its
 * mandate, members and lines in and out, linked to each other), the findings with what to
 * do about them, a table of contents and a skip link, in the chosen language. No scripts,
 * no fonts or pictures from elsewhere: it opens the same offline, in a mail or on an intranet.
 */
export function buildPublication(model: MandatModel, scene: Scene, options: PublicationOptions): string {
  const { asOf, lang } = options;
  const report = reportContext(model, options);
  const { bodies } = report;
  const ctx: PublicationContext = { ...report, anchors: bodyAnchors(bodies) };
  const name = model.meta.name.trim() || w('untitled', lang);
  const header = el(
    'header',
    {},
    el('h1', {}, name),
    el('p', { class: 'as-of' }, mapAsOf(asOf, lang)),
    el('p', { class: 'published' }, `${pw('published', lang)}: `, el('time', { datetime: options.date }, options.date)),
    ...(model.meta.description.trim() !== '' ? [el('p', {}, model.meta.description)] : []),
    ...(model.meta.author.trim() !== '' ? [el('p', {}, `${w('author', lang)}: ${model.meta.author}`)] : []),
  );
  const main = el(
    'main',
    { id: 'main', tabindex: '-1' },
    diagramSection(ctx, scene),
    bodiesSection(ctx),
    ...(options.findings ? [findingsSection(ctx, analyse(model, { asOf }))] : []),
  );
  const footer = el('footer', {}, el('p', {}, pw('madeWith', lang), ' ', el('a', { href: '#contents' }, pw('backToContents', lang))));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Mandat">',
    `<title>${esc(`${name} – ${mapAsOf(asOf, lang)}`)}</title>`,
    `<style>${PUBLICATION_CSS}</style>`,
    '</head>',
    '<body>',
    el('a', { class: 'skip-link', href: '#main' }, pw('skip', lang)).html,
    header.html,
    contents(ctx, options.findings).html,
    main.html,
    footer.html,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
