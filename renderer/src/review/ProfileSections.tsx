import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/analysis/types';
import { fullName } from '../../../shared/export/reportContext';
import { Section } from '../panels/fields';
import { requestFrame, select, showPanel, useEditor } from '../store/editor';
import type { BodyProfile, BodyRef, ProfileLine, ProfileSeat } from './bodyProfile';

/** "2018-11-06 – 2022-03-31", "från 2022-04-01", "till och med …", or "hela tiden" for an open range. */
export function usePeriodText(): (from: string | null, to: string | null) => string {
  const { t } = useTranslation();
  return (from, to) =>
    from && to ? t('profile.period', { from, to }) : from ? t('profile.since', { from }) : to ? t('profile.until', { to }) : t('profile.always');
}

/** Selects another body and frames it: the profile then shows that body. */
function goTo(id: string): void {
  select([id]);
  requestFrame();
}

/**
 * The members on the date with their roles, the chair first. The count is the box's on the
 * canvas (those invited when needed hold no seat), with the invited named beside it.
 */
export function ProfileMembers({ seats, asOf }: { seats: readonly ProfileSeat[]; asOf: string }) {
  const { t } = useTranslation();
  const invited = seats.filter((s) => s.role === 'invited').length;
  const count = seats.length - invited;
  return (
    <Section title={invited > 0 ? t('profile.membersWithInvited', { date: asOf, count, invited }) : t('profile.members', { date: asOf, count })}>
      {seats.length === 0 ? (
        <p className="empty">{t('profile.membersNone', { date: asOf })}</p>
      ) : (
        <table className="profile-table">
          <thead>
            <tr>
              <th scope="col">{t('profile.member')}</th>
              <th scope="col">{t('profile.role')}</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((s) => (
              <tr key={s.id}>
                <td>
                  <span className="member-name">{s.name}</span>
                  {s.detail ? <span className="profile-detail">{s.detail}</span> : null}
                </td>
                <td>{t(`roles.${s.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** One line as a sentence ("BFG rapporterar till BRÅ") that goes to the body at its other end. */
function LineItem({ line, self, direction, asOf }: { line: ProfileLine; self: BodyRef; direction: 'out' | 'in'; asOf: string }) {
  const { t } = useTranslation();
  const other = fullName(line.other.name, line.other.shortName);
  const me = fullName(self.name, self.shortName);
  const sentence = t(`profile.sentence.${line.kind}`, direction === 'out' ? { from: me, to: other } : { from: other, to: me });
  const notes = [
    line.frequency.trim() !== '' ? line.frequency : t('profile.noFrequency'),
    line.form.trim(),
    line.documented === 'no' ? `⚠ ${t('profile.undocumented')}` : line.documented === 'unknown' ? t('profile.documentedUnknown') : '',
    line.other.exists ? '' : t('profile.gone', { date: asOf }),
  ].filter((s) => s !== '');
  return (
    <li className={line.documented === 'no' ? 'is-undocumented' : undefined}>
      <button type="button" className="link profile-go" title={t('profile.goTo', { name: other })} onClick={() => goTo(line.other.id)}>
        {sentence}
      </button>
      <span className="profile-detail">{notes.join(' · ')}</span>
    </li>
  );
}

/** The reporting lines valid on the date, out of the body and into it. */
export function ProfileLines({ profile: p, asOf }: { profile: BodyProfile; asOf: string }) {
  const { t } = useTranslation();
  const self: BodyRef = { id: p.id, name: p.name, shortName: p.shortName, exists: p.exists };
  const list = (lines: readonly ProfileLine[], direction: 'out' | 'in') =>
    lines.length === 0 ? (
      <p className="empty">{t('profile.linesNone')}</p>
    ) : (
      <ul className="profile-lines">
        {lines.map((l) => (
          <LineItem key={l.id} line={l} self={self} direction={direction} asOf={asOf} />
        ))}
      </ul>
    );
  return (
    <Section title={t('profile.lines', { date: asOf })}>
      <h4>{t('profile.linesOut')}</h4>
      {list(p.outgoing, 'out')}
      <h4>{t('profile.linesIn')}</h4>
      {list(p.incoming, 'in')}
    </Section>
  );
}

/** The initiatives the body answers for or carries out on the date, and the money it gives or gets. */
export function ProfileInitiatives({ profile: p, asOf }: { profile: BodyProfile; asOf: string }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  if (p.initiatives.length === 0 && p.funding.length === 0) {
    return (
      <Section title={t('profile.initiatives')}>
        <p className="empty">{t('profile.initiativesNone', { date: asOf })}</p>
      </Section>
    );
  }
  const sentence = (f: BodyProfile['funding'][number]) => {
    const values = { year: f.year, other: fullName(f.other.name, f.other.shortName) };
    if (f.amountSek === null) return t(f.direction === 'in' ? 'profile.fundingInUnknown' : 'profile.fundingOutUnknown', values);
    const amount = t('profile.sek', { amount: f.amountSek.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') });
    return t(f.direction === 'in' ? 'profile.fundingIn' : 'profile.fundingOut', { ...values, amount });
  };
  return (
    <Section title={t('profile.initiatives')}>
      {p.initiatives.length > 0 ? (
        <ul className="profile-plain">
          {p.initiatives.map((i) => (
            <li key={i.id}>
              <strong>{i.name}</strong> –{' '}
              {i.responsible && i.executor ? t('profile.responsibleAndExecutor') : i.responsible ? t('profile.responsible') : t('profile.executor')}
            </li>
          ))}
        </ul>
      ) : null}
      {p.funding.length > 0 ? (
        <>
          <h4>{t('initiatives.funding')}</h4>
          <ul className="profile-plain">
            {p.funding.map((f) => (
              <li key={f.id}>
                {sentence(f)}
                {f.initiative ? <span className="profile-detail">{t('profile.forInitiative', { name: f.initiative })}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** The findings about the body on the date (the Findings tab acknowledges them), and its open comment threads. */
export function ProfileFindings({ findings, acknowledged, asOf, openThreads }: { findings: readonly Finding[]; acknowledged: number; asOf: string; openThreads: number }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  return (
    <Section title={t('profile.findings', { date: asOf, count: findings.length })}>
      {findings.length === 0 ? <p className="empty">{t('profile.findingsNone', { date: asOf })}</p> : null}
      <ul className="profile-findings">
        {findings.map((f) => (
          <li key={f.key} className={`severity-${f.severity}`}>
            <span className="profile-rule">{t(`rules.${f.rule}`)}</span>
            {f.message[lang]}
          </li>
        ))}
      </ul>
      {acknowledged > 0 ? <p className="muted">{t('profile.acknowledged', { count: acknowledged })}</p> : null}
      <p className="profile-actions">
        <button type="button" className="link" onClick={() => showPanel('findings')}>
          {t('profile.allFindings')}
        </button>
        {openThreads > 0 ? (
          <button type="button" className="link" onClick={() => showPanel('comments')}>
            {t('profile.comments', { count: openThreads })} – {t('profile.showComments')}
          </button>
        ) : null}
      </p>
    </Section>
  );
}
