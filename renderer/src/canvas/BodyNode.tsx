import { Handle, Position, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { createContext, memo, useCallback, useContext, useState, type CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import type { BodyNode as BodyNodeType } from './graph';
import { TaskBadge } from '../matrix/TaskBadge';
import { NameField } from './NameOnBox';
import { sentence, word } from './words';
import './direct.css';

/**
 * How a body looks: its level is the colour band, its kind the label above the name.
 * Reports go up: a line leaves the top of the reporting body and enters the bottom of
 * the receiver.
 */
/** Below this zoom a body's text is a pixel or two high: the node is drawn as its coloured box and short name only, lines without labels. */
export const DETAIL_ZOOM = 0.3;
export const zoomedOut = (s: ReactFlowState): boolean => s.transform[2] < DETAIL_ZOOM;

/**
 * The canvas's translation function and language, whether it is zoomed out to the far
 * view, and the task chosen in the matrix (its roles are badges on the boxes), given to
 * every node through one context: a thousand nodes each calling useTranslation spent some
 * 40 ms setting it up on first draw, and a thousand subscriptions to React Flow's store for
 * the zoom were each asked again at every step of a drag. All of them change seldom, and
 * then every box shows something else.
 */
export const NodeWords = createContext<{ readonly t: TFunction; readonly lang: string; readonly far: boolean; readonly task: string | null } | null>(null);

function BodyNodeView({ data, selected }: NodeProps<BodyNodeType>) {
  const words = useContext(NodeWords);
  if (!words) throw new Error('a body node is drawn outside the canvas');
  const { t, lang, far, task } = words;
  const b = data.body;
  // The hint is put in the box only while the pointer is on its handle: a thousand hidden
  // hints were two thousand elements and text nodes to create and lay out with a large map.
  const [hinted, setHinted] = useState(false);
  const showHint = useCallback(() => setHinted(true), []);
  const hideHint = useCallback(() => setHinted(false), []);
  const kind = word(t, lang, `kinds.${b.kind}`);
  const level = word(t, lang, `levels.${b.level}`);
  const classes = ['body-node', `level-${b.level}`, selected ? 'is-selected' : '', data.highlighted ? 'is-highlighted' : '', data.dimmed ? 'is-dimmed' : '', b.accountable ? 'is-accountable' : '', data.peer ? 'has-peer' : '', far ? 'is-far' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      style={{ width: NODE_WIDTH, minHeight: NODE_HEIGHT, ...(data.peer ? ({ '--peer': data.peer } as CSSProperties) : {}) }}
      aria-label={sentence(t, lang, 'node.label', { kind, name: data.name, level: level.toLowerCase(), members: word(t, lang, 'node.memberCount', data.members), findings: word(t, lang, 'node.findings', data.findings) })}
    >
      <Handle type="source" position={Position.Top} className="report-handle" onMouseEnter={showHint} onMouseLeave={hideHint}>
        {far || !hinted ? null : (
          <span className="report-handle-hint" aria-hidden="true">
            {t('manipulation.dragToReport')}
          </span>
        )}
      </Handle>
      <TaskBadge bodyId={b.id} task={task} />
      {far ? (
        <div className="body-node-far">{data.shortName || data.name}</div>
      ) : (
        <>
          <div className="body-node-kind">{kind}</div>
          {/* Whether this box is being renamed is in its data (graph.ts), so that the box being
              renamed is the only one drawn again when the field opens or closes. */}
          {data.renaming ? <NameField id={b.id} name={b.name} shown={data.name} t={t} /> : <div className="body-node-name">{data.name}</div>}
          <div className="body-node-meta">
            {data.shortName ? <span className="body-node-short">{data.shortName}</span> : null}
            <span>{word(t, lang, 'node.members', data.members)}</span>
            {data.chair ? <span className="body-node-chair">{sentence(t, lang, 'node.chair', { name: data.chair })}</span> : null}
          </div>
          {data.findings > 0 ? (
            <span className="body-node-badge" title={word(t, lang, 'node.findings', data.findings)}>
              {data.findings}
            </span>
          ) : null}
        </>
      )}
      <Handle type="target" position={Position.Bottom} />
    </div>
  );
}

/**
 * A box draws only its data and whether it is selected. React Flow also passes its
 * measured size, its position and `dragging`: comparing those too drew every box of a
 * large map a second time once it had been measured, and the dragged box at every step.
 */
const sameBox = (a: NodeProps<BodyNodeType>, b: NodeProps<BodyNodeType>): boolean => a.data === b.data && a.selected === b.selected && a.id === b.id;

export const BodyNodeComponent = memo(BodyNodeView, sameBox);
