import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { SEVERITIES, type Severity } from '../../../shared/analysis/types';
import { isNarrowed, NO_NARROWING, type Narrowing } from './findingsNarrowing';
import './findingsNarrowing.css';

/** The findings list's narrowing; kept while other tabs are shown. */
export const useFindingsNarrowing = create<Narrowing>()(() => NO_NARROWING);

const narrow = (patch: Partial<Narrowing>): void => useFindingsNarrowing.setState(patch);
export const clearNarrowing = (): void => useFindingsNarrowing.setState(NO_NARROWING, true);

/** The small controls at the top of the findings panel: selection only, a text, a severity. */
export function FindingsNarrowingControls() {
  const { t } = useTranslation();
  const n = useFindingsNarrowing();
  const id = useId();
  return (
    <fieldset className="findings-narrowing">
      <legend className="visually-hidden">{t('findingsNarrowing.label')}</legend>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t('findingsNarrowing.search')}
      </label>
      <input id={`${id}-text`} type="search" value={n.text} placeholder={t('findingsNarrowing.searchPlaceholder')} title={t('findingsNarrowing.searchTitle')} onChange={(e) => narrow({ text: e.target.value })} />
      <label className="chip">
        <input type="checkbox" checked={n.selectionOnly} onChange={(e) => narrow({ selectionOnly: e.target.checked })} /> {t('findingsNarrowing.selection')}
      </label>
      <label className="visually-hidden" htmlFor={`${id}-severity`}>
        {t('findingsNarrowing.severity')}
      </label>
      <select id={`${id}-severity`} value={n.severity} onChange={(e) => narrow({ severity: e.target.value as Severity | 'all' })}>
        <option value="all">{t('findingsNarrowing.allSeverities')}</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t(`severity.${s}`)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

/** Why a narrowed list is empty: the conditions no finding meets (or that nothing is selected), and a way back. */
export function NarrowedEmpty({ total, nothingSelected }: { total: number; nothingSelected: boolean }) {
  const { t } = useTranslation();
  const n = useFindingsNarrowing();
  if (!isNarrowed(n)) return null;
  const reasons = [
    n.selectionOnly ? t('findingsNarrowing.bySelection') : null,
    n.text.trim() !== '' ? t('findingsNarrowing.bySearch', { text: n.text.trim() }) : null,
    n.severity !== 'all' ? t('findingsNarrowing.bySeverity', { severity: t(`severity.${n.severity}`) }) : null,
  ].filter((r): r is string => r !== null);
  return (
    <div className="findings-narrowed-empty" role="status">
      {nothingSelected && n.selectionOnly ? (
        <p>{t('findingsNarrowing.nothingSelected')}</p>
      ) : (
        <>
          <p>{t('findingsNarrowing.noMatch', { count: total })}</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="link" onClick={clearNarrowing}>
        {t('findingsNarrowing.clear')}
      </button>
    </div>
  );
}
