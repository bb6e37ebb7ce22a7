import { useTranslation } from 'react-i18next';
import { auditsOn, type RecommendationOnDate } from '../../../shared/audits/followUp';
import type { Finding } from '../../../shared/analysis/types';
import type { MandatModel } from '../../../shared/model/types';
import { labelOn } from '../../../shared/time/names';
import { ReadOnlyWhenReviewing, useMapReadOnly } from '../review/readOnly';
import { useEditor } from '../store/editor';
import { findingsFor } from '../store/findings';
import { ActionItem } from './ActionItem';
import { AnswerItem } from './AnswerItem';
import { RecommendationForms } from './RecommendationForms';
import './audits.css';

/** The findings about a recommendation or its actions (their keys end in the id). */
function findingsAbout(r: RecommendationOnDate, findings: readonly Finding[]): Finding[] {
  const ids = new Set<string>([r.recommendation.id, ...r.actions.map((a) => a.action.id)]);
  return findings.filter((f) => ids.has(f.key.slice(f.key.indexOf(':') + 1)));
}

function Recommendation({ model, r, n, asOf, findings }: { model: MandatModel; r: RecommendationOnDate; n: number; asOf: string; findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const name = (id: string | null) => {
    const b = id ? model.bodies.get(id) : undefined;
    return b ? labelOn(b, asOf) : '';
  };
  const readOnly = useMapReadOnly();
  const rec = r.recommendation;
  const about = findingsAbout(r, findings);
  return (
    <li className="audit-rec" data-recommendation={rec.id}>
      <h4>{t('audits.recommendation', { n })}</h4>
      <p>{rec.text}</p>
      {rec.addressedTo ? <p className="muted">{t('audits.addressedTo', { body: name(rec.addressedTo) })}</p> : null}
      {r.answer ? (
        <AnswerItem answer={r.answer} by={name(r.answer.by)} actionCount={r.actions.length} editable={!readOnly} lang={lang} />
      ) : (
        <p className="audit-answer">
          <strong>{t('audits.answer')}: </strong>
          {t('audits.noAnswer')}
        </p>
      )}
      <p className="audit-actions-title">
        <strong>{t('audits.actions')}</strong> · {t('audits.statusOn', { date: asOf })}
      </p>
      {r.actions.length === 0 ? (
        <p className="muted">{t('audits.noActions')}</p>
      ) : (
        <ul className="audit-actions">
          {r.actions.map(({ action, status }) => (
            <ActionItem key={action.id} action={action} status={status} asOf={asOf} editable={!readOnly} lang={lang} />
          ))}
        </ul>
      )}
      {about.length > 0 ? (
        <div className="audit-findings" role="group" aria-label={t('audits.findings', { count: about.length })}>
          <p>{t('audits.findings', { count: about.length })}</p>
          <ul>
            {about.map((f) => (
              <li key={f.key}>
                <strong>{t(`rules.${f.rule}`)}:</strong> {f.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ReadOnlyWhenReviewing>
        <RecommendationForms recommendation={rec} asOf={asOf} lang={lang} />
      </ReadOnlyWhenReviewing>
    </li>
  );
}

/** The Audits tab: each audit known on the date, its recommendations with the answer, the actions and their status then. */
export function AuditsPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const findings = findingsFor(model, asOf).result.findings;
  const audits = auditsOn(model, asOf);
  if (audits.length === 0) return <p className="muted">{t('audits.none')}</p>;
  return (
    <div className="audits-panel">
      {audits.map(({ audit, recommendations }) => (
        <section key={audit.id} aria-labelledby={`audit-${audit.id}`}>
          <h3 id={`audit-${audit.id}`}>
            {audit.title}
            {audit.date ? ` (${audit.date})` : ''}
          </h3>
          {audit.auditor ? <p className="muted">{audit.auditor}</p> : null}
          <ol className="audit-recs">
            {recommendations.map((r, i) => (
              <Recommendation key={r.recommendation.id} model={model} r={r} n={i + 1} asOf={asOf} findings={findings} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
