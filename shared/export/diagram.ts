import type { Finding } from '../analysis/types';
import type { MandatModel } from '../model/types';
import { LEVELS, LINE_KINDS } from '../model/vocabulary';
import { bodyGroup, compactBoxWidth, layoutBodies } from './diagramBodies';
import { documentItems } from './diagramDocuments';
import { legend, nothingToShow, titleBlock } from './diagramFrame';
import { lineGroups } from './diagramLines';
import { MARGIN, PAPER } from './diagramStyle';
import { describeDiagram, mapTitle, nothingToShowWords } from './diagramWords';
import type { DiagramOptions } from './options';
import type { Scene, SceneItem } from './scene';
import { boundsOf, translateItems } from './sceneGeometry';
import { mapView } from './view';

/** Narrower than this, the title block and the legend would be cramped. */
const MIN_WIDTH = 560;
/** Between the title block, the diagram and the legend. */
const GAP = 28;

/** How many findings are about each body (a finding that names a body twice counts once). */
function findingsPerBody(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) for (const b of new Set(f.elements.bodies)) out.set(b, (out.get(b) ?? 0) + 1);
  return out;
}

/**
 * The map on a date as a scene: the bodies as the canvas draws them (at their canvas
 * positions, moved so the picture starts at the margin), the reporting lines and, when
 * asked, funding, finding badges, a title block and a legend. A view with no bodies
 * gives a scene that says so.
 */
export function diagramScene(model: MandatModel, findings: readonly Finding[], options: DiagramOptions): Scene {
  const { lang, asOf } = options;
  const view = mapView(model, options);
  const name = mapTitle(model.meta.name, lang);
  const sceneTitle = `${name} (${lang === 'sv' ? 'per' : 'as of'} ${asOf})`;
  const titleInput = { name, asOf, version: options.version, author: model.meta.author, lang };

  if (view.bodies.length === 0) {
    const width = MIN_WIDTH;
    const title = titleBlock(titleInput, MARGIN, MARGIN, width - 2 * MARGIN);
    const message = nothingToShow(asOf, lang, MARGIN, MARGIN + title.height + GAP, width - 2 * MARGIN);
    return {
      width,
      height: Math.ceil(MARGIN + title.height + GAP + message.height + MARGIN),
      background: PAPER,
      items: [title.group, message.group],
      description: nothingToShowWords(asOf, lang),
      title: sceneTitle,
    };
  }

  const boxes = layoutBodies(view.bodies, findingsPerBody(findings), lang, options.compact ? compactBoxWidth(view.bodies) : undefined);
  const byId = new Map(boxes.map((b) => [b.view.body.id as string, b]));
  const { lines, labels } = lineGroups(view, byId, lang, options.funding, options.decidedBy ?? false);
  // Lines under the boxes, as on the canvas; their labels over everything.
  // Documents (when asked): their links under the boxes, their sheets over them, as on the canvas.
  const documents = options.documents ? documentItems(model, asOf, lang, byId) : { links: [], sheets: [] };
  const content: SceneItem[] = [...documents.links, ...lines, ...boxes.map((b) => bodyGroup(b, lang, options.badges)), ...documents.sheets, ...labels];
  const bounds = boundsOf(content) ?? { x: 0, y: 0, width: 0, height: 0 };
  const width = Math.ceil(Math.max(MIN_WIDTH, bounds.width + 2 * MARGIN));
  const inner = width - 2 * MARGIN;
  const title = titleBlock(titleInput, MARGIN, MARGIN, inner);
  const top = MARGIN + title.height + GAP;
  const placed = translateItems(content, MARGIN + (inner - bounds.width) / 2 - bounds.x, top - bounds.y);
  const items: SceneItem[] = [title.group, ...placed];
  let bottom = top + bounds.height;
  if (options.legend) {
    const shownLevels = new Set(view.bodies.map((b) => b.body.level));
    const shownKinds = new Set(view.lines.map((l) => l.kind));
    const part = legend(
      {
        levels: LEVELS.filter((l) => shownLevels.has(l)),
        lineKinds: LINE_KINDS.filter((k) => shownKinds.has(k)),
        undocumented: view.lines.some((l) => l.documented !== 'yes'),
        accountable: view.bodies.some((b) => b.body.accountable),
        funding: options.funding && view.funding.length > 0,
        decidedBy: (options.decidedBy ?? false) && lines.some((l) => l.id.startsWith('decided-')),
        badges: options.badges,
        ...(documents.links.length > 0 ? { documents: true } : {}),
        lang,
      },
      MARGIN,
      bottom + GAP,
      inner,
    );
    items.push(part.group);
    bottom += GAP + part.height;
  }
  const drawnFunding = options.funding ? view.funding.filter((f) => f.funder !== f.receiver).length : null;
  return {
    width,
    height: Math.ceil(bottom + MARGIN),
    background: PAPER,
    items,
    description: describeDiagram(name, asOf, { bodies: view.bodies.length, lines: view.lines.filter((l) => l.from !== l.to).length, funding: drawnFunding }, lang),
    title: sceneTitle,
  };
}
