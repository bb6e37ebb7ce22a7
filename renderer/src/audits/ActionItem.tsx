import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS } from '../../../shared/audits/labels';
import { ACTIONS } from '../../../shared/model/declarations/audits';
import type { Action } from '../../../shared/model/types';
import type { ActionStatus } from '../../../shared/model/vocabulary';
import { dispatch } from '../store/editor';
import { ActionForm } from './ActionForm';
import { submitForm } from './fieldErrors';
import { ACTION_FORM_FIELDS, actionChanges, actionValues } from './formChanges';

/** One action with its status on the date, and Change (the action form with every field) and Remove (one undo step). */
export function ActionItem({ action, status, asOf, editable, lang }: { action: Action; status: ActionStatus; asOf: string; editable: boolean; lang: 'sv' | 'en' }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <li data-action={action.id}>
      {action.text} — <span className={`audit-status audit-status-${status}`}>{ACTION_STATUS_LABELS[status][lang]}</span>
      {action.due ? <span className="muted"> · {t('audits.due', { date: action.due })}</span> : null}
      {editable && !editing ? (
        <span className="audit-item-buttons">
          <button type="button" ref={editButton} aria-label={t('audits.editActionNamed', { text: action.text })} onClick={() => setEditing(true)}>
            {t('audits.edit')}
          </button>
          <button type="button" className="danger" aria-label={t('audits.removeActionNamed', { text: action.text })} onClick={() => dispatch({ type: 'removeAction', id: action.id })}>
            {t('audits.remove')}
          </button>
        </span>
      ) : null}
      {editable && editing ? (
        <ActionForm
          full
          initial={actionValues(action, status)}
          name={t('audits.editActionForm')}
          textLabel={ACTIONS.labels.text[lang]}
          submitLabel={t('audits.save')}
          lang={lang}
          onCancel={() => setEditing(false)}
          onSubmit={(v) => {
            const changes = actionChanges(action, status, v, asOf);
            if (Object.keys(changes).length === 0) {
              setEditing(false);
              return { ok: true, errors: {} };
            }
            const r = submitForm({ type: 'updateAction', id: action.id, changes }, ACTION_FORM_FIELDS);
            if (r.ok) setEditing(false);
            return r;
          }}
        />
      ) : null}
    </li>
  );
}
