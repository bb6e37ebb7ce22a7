import { useTranslation } from 'react-i18next';
import { isValidOn } from '../../../shared/time/isoDate';
import { labelOn } from '../../../shared/time/names';
import { ReadOnlyWhenReviewing } from '../review/readOnly';
import { dispatch, select, showPanel, useEditor } from '../store/editor';
import { TextField } from './fields';

/** Every member of the map and where each sits on the date. */
export function MemberList() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const search = useEditor((s) => s.search).toLowerCase();
  const members = [...model.members.values()]
    .filter((m) => !search || `${m.name} ${m.title} ${m.organisation} ${m.notes}`.toLowerCase().includes(search))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const seatsOf = (id: string) =>
    [...model.memberships.values()].filter((s) => s.member === id && isValidOn(s, asOf) && model.bodies.get(s.body) && isValidOn(model.bodies.get(s.body)!, asOf));
  return (
    <div className="member-list">
      <h2>{t('members.all')}</h2>
      <p>{t('members.count', { count: members.length })}</p>
      <ul>
        {members.map((m) => (
          <li key={m.id}>
            <details>
              <summary>
                {m.name} <span className="muted">({seatsOf(m.id).length})</span>
              </summary>
              <ReadOnlyWhenReviewing>
                <TextField label={t('body.name')} value={m.name} onCommit={(v) => dispatch({ type: 'updateMember', id: m.id, changes: { name: v } })} />
                <TextField label={t('members.title_')} value={m.title} onCommit={(v) => dispatch({ type: 'updateMember', id: m.id, changes: { title: v } })} />
                <TextField label={t('members.organisation')} value={m.organisation} onCommit={(v) => dispatch({ type: 'updateMember', id: m.id, changes: { organisation: v } })} />
              </ReadOnlyWhenReviewing>
              <h4>{t('members.sitsIn')}</h4>
              <ul>
                {seatsOf(m.id).map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        select([s.body]);
                        showPanel('body');
                      }}
                    >
                      {labelOn(model.bodies.get(s.body)!, asOf)}
                    </button>{' '}
                    – {t(`roles.${s.role}`)}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
