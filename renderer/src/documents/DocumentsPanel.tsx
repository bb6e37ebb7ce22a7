import { useTranslation } from 'react-i18next';
import type { GoverningDocument } from '../../../shared/model/types';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { ReadOnlyWhenReviewing } from '../review/readOnly';
import { dispatch, useEditor } from '../store/editor';
import { CoordinationSection } from './CoordinationSection';
import { DOCUMENT_KIND_COLOURS } from '../../../shared/export/documentColours';
import { DocumentForm } from './DocumentForm';
import { periodText } from './documentPeriod';
import { selectDocument, setDocumentKindFilter, useDocumentsView } from './documentsView';
import './documents.css';

const KIND_ORDER = new Map(DOCUMENT_KINDS.map((k, i) => [k, i]));

/** In force on the date first, then by kind (the law's documents first) and title. */
export function documentOrder(docs: readonly GoverningDocument[], asOf: string): GoverningDocument[] {
  const rank = (d: GoverningDocument) => (isValidOn(d, asOf) ? 0 : 1);
  return [...docs].sort(
    (a, b) => rank(a) - rank(b) || (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id),
  );
}

/**
 * The Documents tab: the governing documents of the map, those in force on the map's date
 * first and the others greyed, narrowed to one kind if asked; one opens in its form. The
 * coordination function is edited below the list.
 */
export function DocumentsPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const { selected, kind } = useDocumentsView();
  const open = selected === null ? undefined : model.documents.get(selected);
  if (open) {
    return (
      <>
        <button type="button" className="link doc-back" onClick={() => selectDocument(null)}>
          ← {t('docPanel.close')}
        </button>
        <ReadOnlyWhenReviewing>
          <DocumentForm key={open.id} document={open} />
        </ReadOnlyWhenReviewing>
      </>
    );
  }
  const all = [...model.documents.values()];
  const shown = documentOrder(kind === 'all' ? all : all.filter((d) => d.kind === kind), asOf);
  const add = () => {
    const r = dispatch({ type: 'addDocument', document: { title: t('docPanel.newTitle'), kind: kind === 'all' ? 'other' : kind, validFrom: asOf } });
    if (r.ok && r.created[0]) selectDocument(r.created[0]);
  };
  return (
    <div className="doc-panel">
      <p className="muted doc-intro">{t('docPanel.intro', { date: asOf })}</p>
      <div className="field">
        <label htmlFor="doc-kind-filter">{t('docPanel.filter')}</label>
        <select id="doc-kind-filter" value={kind} onChange={(e) => setDocumentKindFilter(e.target.value as DocumentKind | 'all')}>
          <option value="all">{t('docPanel.allKinds')}</option>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`docKinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {all.length === 0 ? <p className="empty">{t('docPanel.none')}</p> : shown.length === 0 ? <p className="empty">{t('docPanel.noneOfKind')}</p> : null}
      <ul className="doc-list" aria-label={t('docCount.documents', { count: shown.length })}>
        {shown.map((d) => {
          const inForce = isValidOn(d, asOf);
          return (
            <li key={d.id} className={inForce ? 'doc-item' : 'doc-item is-out'}>
              <button type="button" className="doc-open" onClick={() => selectDocument(d.id)} aria-label={t('docPanel.edit', { title: d.title })}>
                <span className="doc-kind" style={{ background: DOCUMENT_KIND_COLOURS[d.kind] }}>{t(`docKinds.${d.kind}`)}</span>
                <span className="doc-title">{d.title}</span>
                <span className="doc-meta">
                  {periodText(d, t('docPanel.open'))} · {inForce ? t('docPanel.inForce', { date: asOf }) : t('docPanel.notInForce', { date: asOf })}
                  {d.decisionRef.trim() === '' ? ` · ${t('docPanel.missingRef')}` : ''}
                  {d.decidedBy === null ? ` · ${t('docPanel.missingBody')}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ReadOnlyWhenReviewing>
        <button type="button" onClick={add}>
          {t('docPanel.add')}
        </button>
        <CoordinationSection />
      </ReadOnlyWhenReviewing>
    </div>
  );
}
