import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { issueInWords } from '../../../shared/file/issueWords';
import {
  describeChange,
  describeConcurrent,
  describeConflict,
  describeCounts,
  formatValue,
  settle,
  summaryByScope,
  type Choice,
  type Conflict,
  type MergeSummary,
} from '../../../shared/merge';
import type { Language } from '../../../shared/model/vocabulary';
import { useEditor } from '../store/editor';
import { applyMerge, cancelMerge, useMerge, type PendingMerge } from './mergeFlow';
import { useClearsInfoNotices } from './useClearsInfoNotices';

/** Elements listed per collection before "… and N more". */
const LIST_AT_MOST = 40;
// Inline, as styles.css is shared by every panel: each conflict in its own frame.
const CONFLICT_STYLE = { border: '1px solid #d0d5dd', borderRadius: 8, padding: '6px 12px 10px', marginBottom: 10 } as const;

/** File › Merge a copy…: what came from the other copy and, without shared history, a choice for each conflict. */
export function MergeDialog() {
  const pending = useMerge((s) => s.pending);
  // Portalled to the page, so the toolbar that hosts it does not clip or position it.
  return pending ? createPortal(<MergeDialogBody key={pending.id} pending={pending} />, document.body) : null;
}

function MergeDialogBody({ pending }: { pending: PendingMerge }) {
  useClearsInfoNotices();
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  const { result, fromName } = pending;
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const left = result.conflicts.filter((c) => !choices[c.key]).length;
  // Settling checks that the merged map holds together; only a map that does can be applied.
  const preview = useMemo(() => (left === 0 ? settle(result, choices) : null), [left, result, choices]);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input, button:not(:disabled)')?.focus();
  }, []);
  const summary = preview?.ok ? preview.summary : result.summary;
  const repairs = preview?.ok ? preview.repairs : result.repairs;

  return (
    <div className="dialog-backdrop" style={{ position: 'fixed' }}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="merge-title"
        aria-describedby="merge-intro"
        className="dialog merge-dialog"
        style={{ width: 'min(760px, 96vw)', maxHeight: '90vh', overflow: 'auto' }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          cancelMerge();
        }}
      >
        <h2 id="merge-title">{t('merge.title', { name: fromName })}</h2>
        <p id="merge-intro">{t(result.origin === 'shared' ? 'merge.shared' : 'merge.separate')}</p>
        <section aria-labelledby="merge-summary">
          <h3 id="merge-summary">{t('merge.fromCopy', { name: fromName })}</h3>
          <SummaryList summary={summary} lang={lang} />
        </section>
        {result.concurrent.length > 0 ? (
          <section aria-labelledby="merge-concurrent">
            <h3 id="merge-concurrent">{t('merge.concurrent')}</h3>
            <ul>
              {result.concurrent.map((e) => (
                <li key={`${e.scope}:${e.id}:${e.field ?? ''}`}>{describeConcurrent(e)[lang]}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {repairs.length > 0 ? (
          <section aria-labelledby="merge-repairs">
            <h3 id="merge-repairs">{t('merge.repairs')}</h3>
            <ul>
              {repairs.map((r) => (
                <li key={`${r.collection}:${r.id}:${r.code}`}>{r.message[lang]}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {result.conflicts.length > 0 ? (
          <section aria-labelledby="merge-conflicts">
            <h3 id="merge-conflicts">{t('merge.conflicts', { count: result.conflicts.length })}</h3>
            <p>{t('merge.conflictsHelp')}</p>
            {result.conflicts.length > 1 ? (
              <p className="merge-all">
                {(['ours', 'theirs'] as const).map((side) => (
                  <button key={side} type="button" onClick={() => setChoices(Object.fromEntries(result.conflicts.map((c) => [c.key, side])))}>
                    {t(side === 'ours' ? 'merge.allOurs' : 'merge.allTheirs')}
                  </button>
                ))}
              </p>
            ) : null}
            {result.conflicts.map((c) => (
              <ConflictChoice key={c.key} conflict={c} lang={lang} choice={choices[c.key]} onChoose={(v) => setChoices((old) => ({ ...old, [c.key]: v }))} />
            ))}
          </section>
        ) : null}
        {preview && !preview.ok && preview.code === 'invalid' ? (
          <div role="alert" className="merge-problems">
            <p>{preview.message[lang]}</p>
            <ul>
              {preview.issues.map((i) => (
                <li key={`${i.path}:${i.code}`}>{issueInWords(i, lang)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p aria-live="polite">{left > 0 ? t('merge.left', { count: left }) : ''}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={cancelMerge}>
            {t('merge.cancel')}
          </button>
          <button type="button" className="primary" disabled={!preview?.ok} onClick={() => applyMerge(choices)}>
            {t('merge.apply')}
          </button>
        </div>
      </div>
    </div>
  );
}

function SummaryList({ summary, lang }: { summary: MergeSummary; lang: Language }) {
  const { t } = useTranslation();
  const groups = summaryByScope(summary);
  if (groups.length === 0) return <p>{t('merge.nothingNew')}</p>;
  return (
    <>
      {groups.map((g) => (
        <div key={g.scope}>
          <h4>{describeCounts(g)[lang]}</h4>
          <ul>
            {g.changes.slice(0, LIST_AT_MOST).map((c) => (
              <li key={`${c.kind}:${c.id}`}>{describeChange(c)[lang]}</li>
            ))}
            {g.changes.length > LIST_AT_MOST ? <li>{t('merge.more', { count: g.changes.length - LIST_AT_MOST })}</li> : null}
          </ul>
        </div>
      ))}
    </>
  );
}

function ConflictChoice({ conflict: c, lang, choice, onChoose }: { conflict: Conflict; lang: Language; choice: Choice | undefined; onChoose: (c: Choice) => void }) {
  const { t } = useTranslation();
  const name = `merge-${c.key}`;
  return (
    <fieldset className="merge-conflict" style={CONFLICT_STYLE}>
      <legend style={{ fontWeight: 600, padding: '0 4px' }}>{describeConflict(c)[lang]}</legend>
      <table style={{ width: '100%', borderCollapse: 'collapse', textAlign: 'left', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th scope="col">{t('merge.field')}</th>
            <th scope="col">{t('merge.ours')}</th>
            <th scope="col">{t('merge.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {c.fields.map((f) => (
            <tr key={f.field}>
              <th scope="row" style={{ wordBreak: 'break-word' }}>{f.field}</th>
              <td style={{ wordBreak: 'break-word' }}>{formatValue(f.ours)}</td>
              <td style={{ wordBreak: 'break-word' }}>{formatValue(f.theirs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="radio">
        <input type="radio" name={name} value="ours" checked={choice === 'ours'} onChange={() => onChoose('ours')} /> {t('merge.keepOurs')}
      </label>
      <label className="radio">
        <input type="radio" name={name} value="theirs" checked={choice === 'theirs'} onChange={() => onChoose('theirs')} /> {t('merge.takeTheirs')}
      </label>
    </fieldset>
  );
}
