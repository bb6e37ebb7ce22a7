import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyId, MemberId } from '../../../shared/model/ids';
import type { Coordination, MandatModel } from '../../../shared/model/types';
import { isValidOn } from '../../../shared/time/isoDate';
import { DateField, SelectField, TextField } from '../panels/fields';
import { dispatch, useEditor } from '../store/editor';
import { documentChoices } from './documentChoices';
import { bodyIdIn, memberIdIn } from '../modelIds';

/** "body:ks" or "member:m1": one list holds both, as the function is held by one or the other. */
const whoKey = (c: Coordination): string => (c.body !== null ? `body:${c.body}` : `member:${c.member ?? ''}`);
const fromKey = (model: MandatModel, key: string): { body: BodyId | null; member: MemberId | null } =>
  key.startsWith('body:') ? { body: bodyIdIn(model, key.slice(5)), member: null } : { body: null, member: memberIdIn(model, key.slice(7)) };

/** The samordningsfunktion over time: each period names a body or a member. */
export function CoordinationSection() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const choices = useMemo(() => documentChoices(model, asOf), [model, asOf]);
  const who = [
    ...choices.bodies.map((c) => ({ value: `body:${c.value}`, label: t('docCoordination.body', { name: c.label }) })),
    ...choices.members.map((c) => ({ value: `member:${c.value}`, label: t('docCoordination.member', { name: c.label }) })),
  ];
  const periods = [...model.coordination.values()].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  const first = who[0];
  return (
    <section className="doc-coordination" aria-labelledby="doc-coordination-title">
      <h3 id="doc-coordination-title">{t('docCoordination.title')}</h3>
      <p className="muted">{t('docCoordination.intro')}</p>
      {periods.length === 0 ? <p className="empty">{t('docCoordination.none')}</p> : null}
      {periods.map((c) => {
        const update = (changes: Partial<Omit<Coordination, 'id'>>) => dispatch({ type: 'updateCoordination', id: c.id, changes });
        return (
          <div key={c.id} className={isValidOn(c, asOf) ? 'doc-period' : 'doc-period is-out'}>
            <SelectField label={t('docCoordination.who')} value={whoKey(c)} options={who} onCommit={(v) => update(fromKey(model, v))} />
            <div className="field-row">
              <DateField label={t('body.validFrom')} value={c.validFrom} onCommit={(v) => update({ validFrom: v })} />
              <DateField label={t('body.validTo')} value={c.validTo} onCommit={(v) => update({ validTo: v })} />
            </div>
            <TextField label={t('body.notes')} value={c.notes} onCommit={(v) => update({ notes: v })} />
            <button type="button" className="link" onClick={() => dispatch({ type: 'removeCoordination', id: c.id })}>
              {t('docCoordination.remove')}
            </button>
          </div>
        );
      })}
      {first ? (
        <button type="button" onClick={() => dispatch({ type: 'addCoordination', coordination: { ...fromKey(model, first.value), validFrom: asOf } })}>
          {t('docCoordination.add')}
        </button>
      ) : (
        <p className="muted">{t('docCoordination.cannotAdd')}</p>
      )}
    </section>
  );
}
