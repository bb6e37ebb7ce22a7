import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../../shared/time/isoDate';
import { IsoDateInput } from '../dates/IsoDateInput';
import { useShowsSampleDate } from '../mapFiles/sampleDate';
import { setAsOf, useEditor } from '../store/editor';
import { dateSpan } from './dateSpan';
import './sampleDate.css';

const DAY = 86_400_000;
const toDay = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY;
const fromDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

/** The date the map is shown as of: a date field and a slider across the map's years. */
export function TimeControl() {
  const { t } = useTranslation();
  const asOf = useEditor((s) => s.asOf);
  // The slider's years follow edits at a lower priority: an edit's findings count comes first.
  const model = useDeferredValue(useEditor((s) => s.model));
  const [min, max] = useMemo(() => dateSpan(model, today()), [model]);
  const sampleDate = useShowsSampleDate();
  // "I dag" also clears a date typed wrong in the field, when the map already shows today.
  const [resets, setResets] = useState(0);
  return (
    <footer className="time-control" aria-label={t('regions.timeControl')}>
      <label htmlFor="as-of">{t('view.asOf')}</label>
      <IsoDateInput key={resets} id="as-of" value={asOf} label={t('view.asOf')} onDate={setAsOf} {...(sampleDate ? { describedBy: 'as-of-sample' } : {})} />
      {/* The sample opens on the last day its sources describe: say so, or its date looks arbitrary. */}
      {sampleDate ? (
        <span id="as-of-sample" className="as-of-sample">
          {t('sampleDate.note')}
        </span>
      ) : null}
      <input
        type="range"
        aria-label={t('view.asOfSlider')}
        min={toDay(min)}
        max={toDay(max)}
        step={1}
        value={Math.min(Math.max(toDay(asOf), toDay(min)), toDay(max))}
        aria-valuetext={asOf}
        onChange={(e) => setAsOf(fromDay(Number(e.target.value)))}
      />
      <span className="time-range" aria-hidden="true">
        {min.slice(0, 4)}–{max.slice(0, 4)}
      </span>
      <button
        type="button"
        onClick={() => {
          setAsOf(today());
          setResets((n) => n + 1);
        }}
      >
        {t('view.today')}
      </button>
    </footer>
  );
}
