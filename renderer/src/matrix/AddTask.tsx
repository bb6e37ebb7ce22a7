import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryTask, TASK_LIBRARY } from '../../../shared/tasks/library';
import { dispatch, useEditor } from '../store/editor';
import { documentIdIn, initiativeIdIn } from '../modelIds';

/** A new task: typed, or taken from the library (its name in the interface's language), concerning the filtered initiative or document. */
export function AddTask({ initiative, document }: { initiative: string | null; document: string | null }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const add = (): void => {
    const fromLibrary = libraryTask(key);
    const taskName = name.trim() || fromLibrary?.name[lang] || '';
    if (!taskName) {
      setError(t('matrix.nameMissing'));
      return;
    }
    const r = dispatch({
      type: 'addTask',
      task: {
        name: taskName,
        description: fromLibrary?.description[lang] ?? '',
        libraryKey: fromLibrary?.key ?? '',
        // The filter's values, as the model's ids (null when the filter names nothing there).
        initiative: initiativeIdIn(useEditor.getState().model, initiative),
        document: documentIdIn(useEditor.getState().model, document),
      },
    });
    if (r.ok) {
      setName('');
      setKey('');
      setError('');
    }
  };
  return (
    <form
      className="matrix-add"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label>
        {t('matrix.fromLibrary')}{' '}
        <select value={key} onChange={(e) => setKey(e.target.value)}>
          <option value="">{t('matrix.typeFreely')}</option>
          {TASK_LIBRARY.map((l) => (
            <option key={l.key} value={l.key}>
              {l.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('matrix.newTaskName')}{' '}
        <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'matrix-add-error' : undefined} />
      </label>
      <button type="submit">{t('matrix.add')}</button>
      {error ? (
        <span id="matrix-add-error" role="alert" className="matrix-error">
          {error}
        </span>
      ) : null}
    </form>
  );
}
