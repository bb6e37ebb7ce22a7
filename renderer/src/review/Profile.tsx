import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../shared/export/reportContext';
import { threadsOf } from '../../../shared/model/comments';
import { Section } from '../panels/fields';
import { useEditor } from '../store/editor';
import { findingsFor } from '../store/findings';
import { showBodyForm } from './bodyForm';
import { bodyProfile } from './bodyProfile';
import { ProfileFindings, ProfileInitiatives, ProfileLines, ProfileMembers, usePeriodText } from './ProfileSections';
import { useMapReadOnly } from './readOnly';
import './review.css';

/**
 * A body as it was on the as-of date, to read: its names over time, mandate, members,
 * lines, initiatives and findings, every other body named as it was called then.
 * *Redigera* opens the edit form, except where the map is read-only (review mode, a viewer).
 */
export function Profile({ id }: { id: string }) {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const readOnly = useMapReadOnly();
  const headingId = useId();
  const { result } = findingsFor(model, asOf);
  const p = useMemo(() => bodyProfile(model, id, asOf, result), [model, id, asOf, result]);
  const period = usePeriodText();
  if (!p) return <p className="empty">{t('body.none')}</p>;
  const title = fullName(p.name, p.shortName);
  const openThreads = threadsOf(model, { kind: 'body', id: p.id }).filter((th) => !th.root.resolved).length;
  const ref = (r: { name: string; shortName: string } | null, missing: string) => (r ? fullName(r.name, r.shortName) : <em className="muted">{missing}</em>);
  const orNot = (s: string, missing: string) => (s.trim() !== '' ? s : <em className="muted">{missing}</em>);
  return (
    <article className="profile" aria-labelledby={headingId}>
      <header className="profile-head">
        <p className="profile-kind">
          {t(`kinds.${p.kind}`)} · {t(`levels.${p.level}`)}
          {p.accountable ? ` · ${t('profile.accountable')}` : ''}
        </p>
        <h2 id={headingId}>{title}</h2>
        <div className="profile-asof-row">
          <p className="profile-asof">{t('profile.asOf', { date: asOf })}</p>
          {readOnly ? null : (
            <button type="button" title={t('profile.editHint')} onClick={() => showBodyForm(p.id)}>
              {t('profile.edit')}
            </button>
          )}
        </div>
        {p.exists ? null : <p className="profile-warning">{t('profile.notOnDate', { date: asOf, period: period(p.validFrom, p.validTo) })}</p>}
      </header>

      <Section title={t('profile.names')}>
        <ol className="profile-names">
          {p.names.map((n, i) => (
            <li key={i} className={i === p.current ? 'is-current' : undefined} aria-current={i === p.current ? 'true' : undefined}>
              <span className="profile-name">{fullName(n.name, n.shortName)}</span>
              <span className="profile-when">
                {period(n.from, n.to)}
                {i === p.current ? <strong> · {t('profile.nameOnDate', { date: asOf })}</strong> : null}
              </span>
            </li>
          ))}
        </ol>
      </Section>

      <Section title={t('profile.facts')}>
        <dl className="profile-facts">
          <dt>{t('body.mandateText')}</dt>
          <dd className="profile-text">{orNot(p.mandate.text, t('profile.missing'))}</dd>
          <dt>{t('body.decidedBy')}</dt>
          <dd>{ref(p.mandate.decidedBy, t('profile.missing'))}</dd>
          <dt>{t('body.decisionRef')}</dt>
          <dd>{orNot(p.mandate.decisionRef, t('profile.missing'))}</dd>
          {p.mandate.required.length > 0 ? (
            <>
              <dt>{t('profile.required')}</dt>
              <dd>
                <ul className="profile-plain">
                  {p.mandate.required.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {p.partOf ? (
            <>
              <dt>{t('profile.partOf')}</dt>
              <dd>{ref(p.partOf, '')}</dd>
            </>
          ) : null}
          <dt>{t('body.meets')}</dt>
          <dd>{orNot(p.meets, t('profile.notGiven'))}</dd>
          <dt>{t('profile.existed')}</dt>
          <dd>{period(p.validFrom, p.validTo)}</dd>
        </dl>
      </Section>

      <ProfileMembers seats={p.seats} asOf={asOf} />
      <ProfileLines profile={p} asOf={asOf} />
      <ProfileInitiatives profile={p} asOf={asOf} />
      <ProfileFindings findings={p.findings} acknowledged={p.acknowledged} asOf={asOf} openThreads={openThreads} />

      {p.notes.trim() !== '' ? (
        <Section title={t('profile.notes')}>
          <p className="profile-text">{p.notes}</p>
        </Section>
      ) : null}
    </article>
  );
}
