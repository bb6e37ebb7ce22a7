import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor';
import { useDrawnAndIdle } from '../store/useDrawnAndIdle';
import { DOCUMENT_KIND_COLOURS } from '../../../shared/export/documentColours';
import { periodText } from './documentPeriod';
import { selectDocument, useDocumentsView } from './documentsView';
import { timelineLanes } from './timelineLanes';
import './documents.css';

const pct = (share: number): string => `${(share * 100).toFixed(3)}%`;

/**
 * The governing documents' periods under the date control: a lane per kind, a bar per
 * document, the map's date as a red line, so a gap between two plans or an overlap shows
 * at a glance. A bar is a button: a click or Enter opens the document in its tab. Drawn
 * only for maps that have documents, so other maps keep their height. A newly opened
 * map's timeline comes once the map is drawn: a large map's hundreds of bars (each a
 * translated label) held up its first drawing. Memoised, as it takes no props: the window
 * drawing again (the first edit marks the map unsaved) leaves it as it is.
 */
export const DocumentTimeline = memo(function DocumentTimeline() {
  const { t } = useTranslation();
  const documents = useEditor((s) => s.model.documents);
  const asOf = useEditor((s) => s.asOf);
  const shown = useDrawnAndIdle(useEditor((s) => s.mapVersion));
  const selected = useDocumentsView((s) => s.selected);
  const timeline = useMemo(() => (shown ? timelineLanes([...documents.values()], asOf) : null), [shown, documents, asOf]);
  if (documents.size === 0 || !timeline) return null;
  const [first, last] = timeline.years;
  // Looked up once, not per bar: a large map has hundreds of documents (i18next lookups add up on opening it).
  const open = t('docPanel.open');
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const step = Math.ceil(years.length / 10);
  return (
    <section className="doc-timeline" aria-label={t('docTimeline.label')} style={{ ['--years' as string]: years.length }}>
      {timeline.lanes.map((lane, i) => {
        const kind = t(`docKinds.${lane.kind}`);
        return (
          <div key={`${lane.kind}-${i}`} style={{ display: 'contents' }}>
            <span className="doc-timeline-label">{lane.first ? kind : ''}</span>
            <div className="doc-timeline-lane">
              {lane.bars.map((b) => {
                const period = periodText(b.document, open);
                return (
                  <button
                    key={b.document.id}
                    type="button"
                    className={`doc-bar${b.openEnd ? ' is-open-end' : ''}${selected === b.document.id ? ' is-selected' : ''}`}
                    style={{ left: pct(b.from), width: pct(b.to - b.from), background: DOCUMENT_KIND_COLOURS[lane.kind] }}
                    aria-label={t('docTimeline.bar', { kind, title: b.document.title, period })}
                    aria-pressed={selected === b.document.id}
                    title={`${b.document.title} (${period})`}
                    onClick={() => selectDocument(b.document.id)}
                  >
                    {b.document.title}
                  </button>
                );
              })}
              <span className="doc-timeline-marker" style={{ left: pct(timeline.marker) }} title={t('docTimeline.asOf', { date: asOf })} />
            </div>
          </div>
        );
      })}
      <div className="doc-timeline-axis" aria-hidden="true" style={{ position: 'relative', display: 'block', height: 14 }}>
        {years.filter((_, i) => i % step === 0).map((y) => (
          <span key={y} style={{ position: 'absolute', left: pct((y - first) / years.length) }}>
            {y}
          </span>
        ))}
      </div>
    </section>
  );
});
