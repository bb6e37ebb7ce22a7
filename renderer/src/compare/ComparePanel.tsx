import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change, FindingChange } from '../../../shared/diff';
import type { Language } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import type { Platform } from '../platform/types';
import { highlight, useEditor } from '../store/editor';
import { closeCompare, compareDates, compareWithFile, currentDifference, frameChange, setCompareDate, useCompare } from './compareState';
import './compare.css';
import { IsoDateInput } from '../dates/IsoDateInput';

const KIND_KEY = { added: 'compare.kindAdded', changed: 'compare.kindChanged', removed: 'compare.kindRemoved' } as const;

/**
 * The Compare view's panel, in place of the side panel: two dates (or another file), the
 * changes grouped by collection and the findings that came and went; a click frames what
 * a change concerns. Escape leaves the view.
 */
export function ComparePanel({ platform }: { platform: Platform }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'sv';
  const state = useCompare();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const diff = currentDifference(model, state);

  // The time control moves the canvas's date: the second date follows it, so the marks stay true to what is drawn.
  useEffect(() => {
    if (asOf !== useCompare.getState().to) useCompare.setState({ to: asOf });
  }, [asOf]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && !e.defaultPrevented) closeCompare();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The canvas draws the bodies in force on its date; any other is framed as its ghost.
  const shown = (id: string): boolean => {
    const b = model.bodies.get(id);
    return b !== undefined && isValidOn(b, asOf);
  };
  const count = diff ? diff.groups.reduce((n, g) => n + g.changes.length, 0) : 0;
  const frameFinding = (f: FindingChange): void => highlight({ key: `compare:${f.key}`, bodies: new Set(f.bodies.filter(shown)), lines: new Set(f.lines), members: new Set() });

  return (
    <aside className="compare-panel" aria-label={t('compare.label')}>
      <header className="compare-head">
        <h2>{t('compare.title')}</h2>
        <button type="button" className="compare-close" onClick={closeCompare} aria-label={t('compare.close')} title={t('compare.close')}>
          ×
        </button>
      </header>
      {state.other ? (
        <div className="compare-what">
          <p>{t('compare.fileHint', { name: state.other.name, date: state.to })}</p>
          <button type="button" onClick={compareDates}>{t('compare.backToDates')}</button>
        </div>
      ) : (
        <div className="compare-what">
          <div className="compare-dates">
            <span className="compare-date">
              <label htmlFor="compare-from">{t('compare.from')}</label>
              <IsoDateInput id="compare-from" value={state.from} label={t('compare.from')} onDate={(date) => setCompareDate('from', date)} />
            </span>
            <span className="compare-date">
              <label htmlFor="compare-to">{t('compare.to')}</label>
              <IsoDateInput id="compare-to" value={state.to} label={t('compare.to')} onDate={(date) => setCompareDate('to', date)} />
            </span>
          </div>
          <p className="compare-hint">{t('compare.datesHint')}</p>
          <button type="button" onClick={() => void compareWithFile(platform)}>{t('compare.withFile')}</button>
        </div>
      )}
      {state.error ? (
        <p role="alert" className="compare-error">
          {t('compare.openError')}: {state.error[lang]}
        </p>
      ) : null}
      {diff ? (
        <div className="compare-result">
          <div className="compare-legend" aria-label={t('compare.legend')}>
            <span className="swatch swatch-added">{t('compare.legendAdded')}</span>
            <span className="swatch swatch-changed">{t('compare.legendChanged')}</span>
            <span className="swatch swatch-related">{t('compare.legendRelated')}</span>
            <span className="swatch swatch-removed">{t('compare.legendRemoved')}</span>
          </div>
          <p className="compare-count" role="status">{count === 0 ? t('compare.none') : t('compare.changes', { count })}</p>
          {diff.notes.map((n, i) => (
            <p key={i} className="compare-note">{n[lang]}</p>
          ))}
          {diff.groups.map((g) => (
            <section key={g.scope} className="compare-group" aria-labelledby={`compare-${g.scope}`}>
              <h3 id={`compare-${g.scope}`}>
                {g.title[lang]} ({g.changes.length})
              </h3>
              <ul>
                {g.changes.map((c: Change) => (
                  <li key={`${c.kind}:${c.id}`}>
                    <button type="button" className={`compare-change is-${c.kind}`} onClick={() => frameChange(c, shown)}>
                      <span className="visually-hidden">{t(KIND_KEY[c.kind])}: </span>
                      {c.description[lang]}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <section className="compare-group" aria-labelledby="compare-findings">
            <h3 id="compare-findings">{t('compare.findings')}</h3>
            {([['appeared', diff.findings.appeared], ['resolved', diff.findings.resolved]] as const).map(([status, list]) =>
              list.length > 0 ? (
                <div key={status}>
                  <h4>
                    {t(`compare.${status}`)} ({list.length})
                  </h4>
                  <ul>
                    {list.map((f) => (
                      <li key={f.key}>
                        <button type="button" className={`compare-change is-${status === 'appeared' ? 'added' : 'removed'}`} onClick={() => frameFinding(f)}>
                          {f.message[lang]}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
            <p>{t('compare.persists', { count: diff.findings.persistsCount })}</p>
          </section>
        </div>
      ) : null}
    </aside>
  );
}
