import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seatByNames } from './memberNames';
import type { Body, Membership } from '../../../shared/model/types';
import { ROLES, type Role } from '../../../shared/model/vocabulary';
import { labelOn } from '../../../shared/time/names';
import { dispatch, useEditor } from '../store/editor';
import { DateField, Section, SelectField } from './fields';

/** The members of one body: role, dates, remove; add an existing member by search or a new one. */
export function MembersOfBody({ body }: { body: Body }) {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const [query, setQuery] = useState('');
  const listId = useId();
  const inputId = useId();
  const seats = [...model.memberships.values()].filter((m) => m.body === body.id);
  const update = (m: Membership, changes: Partial<Membership>) => dispatch({ type: 'updateMembership', id: m.id, changes });
  const add = () => {
    // One name or several ("Anna Berg, Bo Ek"): existing members are found by name, new ones made.
    const commands = seatByNames(model, body.id, query);
    if (commands.length === 0) return setQuery('');
    if (dispatch({ type: 'batch', commands }).ok) setQuery('');
  };
  return (
    <Section title={t('members.title', { name: labelOn(body, asOf) })}>
      {seats.length === 0 ? <p className="empty">{t('members.none')}</p> : null}
      <ul className="members-of-body">
        {seats.map((m) => (
          <li key={m.id}>
            <span className="member-name">{model.members.get(m.member)?.name ?? m.member}</span>
            <SelectField<Role> label={t('members.role')} value={m.role} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} onCommit={(v) => update(m, { role: v })} />
            <div className="field-row">
              <DateField label={t('body.validFrom')} value={m.validFrom} onCommit={(v) => update(m, { validFrom: v })} />
              <DateField label={t('body.validTo')} value={m.validTo} onCommit={(v) => update(m, { validTo: v })} />
            </div>
            <button type="button" className="link" onClick={() => dispatch({ type: 'removeMembership', id: m.id })}>
              {t('members.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="add-member"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor={inputId}>{t('members.search')}</label>
        <input id={inputId} list={listId} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <datalist id={listId}>
          {[...model.members.values()].map((m) => (
            <option key={m.id} value={m.name} />
          ))}
        </datalist>
        <button type="submit">{t('members.add')}</button>
      </form>
    </Section>
  );
}
