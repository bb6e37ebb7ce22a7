import { Dialog } from 'radix-ui';
import { FocusScope } from 'radix-ui/internal';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LINE_KINDS, type LineKind } from '../../../shared/model/vocabulary';
import { labelOn, nameOn } from '../../../shared/time/names';
import { dispatch, select, useEditor } from '../store/editor';
import { receiverOptions } from './receivers';
import { bodyIdIn } from '../modelIds';

/**
 * A new reporting line: which body receives it (when a drag did not say: a searchable
 * list), then which kind it is. Everything works from the keyboard: type to narrow the
 * list, arrows to move, Enter to choose; arrows choose the kind, Enter makes the line;
 * Escape closes the dialog at any step without a change.
 */
export function ConnectDialog({ from, to, onClose }: { from: string; to: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const lang = useEditor((s) => s.lang);
  const [target, setTarget] = useState<string | null>(to);
  const [kind, setKind] = useState<LineKind>('reports_to');
  const [error, setError] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const kindRadio = useRef<HTMLInputElement>(null);
  const label = (id: string): string => {
    const b = model.bodies.get(id);
    return b ? labelOn(b, asOf) : id;
  };
  const create = (): void => {
    const ends = { from: bodyIdIn(model, from), to: bodyIdIn(model, target) };
    if (!ends.from || !ends.to) return;
    const r = dispatch({ type: 'connectReport', line: { from: ends.from, to: ends.to, kind } });
    if (!r.ok) return setError(r.issues[0]?.message[lang] ?? '');
    // The new line is selected, so that its panel (and the highlight) show what was made.
    const line = r.created[0];
    if (line) select([], [line]);
    onClose();
  };
  const onKindKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || (e.target as HTMLElement).tagName === 'BUTTON') return;
    e.preventDefault();
    create();
  };
  return (
    // Not modal for Radix (its modal mode injects a <style> element that the app's Content
    // Security Policy refuses); the backdrop below keeps the canvas from being clicked, and a
    // click on it closes the dialog as Escape does.
    <Dialog.Root open modal={false} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <div className="connect-overlay" aria-hidden="true" />
        <Dialog.Content
          className="dialog connect-dialog"
          aria-describedby={undefined}
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (target ? kindRadio.current : search.current)?.focus();
          }}
        >
          {/* Tab stays in the dialog, as in a modal one (Radix's own modal mode is off, see above). */}
          <FocusScope.FocusScope trapped loop onMountAutoFocus={(e) => e.preventDefault()} onUnmountAutoFocus={(e) => e.preventDefault()}>
          {target ? (
            <div onKeyDown={onKindKey}>
              <Dialog.Title>{t('line.chooseKind', { from: label(from), to: label(target) })}</Dialog.Title>
              <fieldset>
                <legend className="visually-hidden">{t('line.title')}</legend>
                {LINE_KINDS.map((k) => (
                  <label key={k} className="radio">
                    <input ref={k === kind ? kindRadio : undefined} type="radio" name="line-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                    {t(`lineKinds.${k}`)}
                  </label>
                ))}
              </fieldset>
              {error ? (
                <p className="connect-error" role="alert">
                  {error}
                </p>
              ) : null}
              <div className="dialog-buttons">
                <button type="button" onClick={onClose}>
                  {t('line.cancel')}
                </button>
                <button type="button" className="primary" onClick={create}>
                  {t('line.create')}
                </button>
              </div>
            </div>
          ) : (
            <ReceiverSearch
              from={from}
              fromLabel={label(from)}
              inputRef={search}
              options={receiverOptions(model, from, asOf, (b) => fullLabel(nameOn(b, asOf)), (b) => nameOn(b, asOf).name, (k) => t(`kinds.${k}`))}
              onChoose={(id) => {
                setTarget(id);
                // The kind step's first radio takes the focus once it is drawn.
                requestAnimationFrame(() => kindRadio.current?.focus());
              }}
              onCancel={onClose}
            />
          )}
          </FocusScope.FocusScope>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** "Kommunstyrelsen (KS)": the name, and the short name people also search by. */
const fullLabel = (n: { name: string; shortName: string }): string => (n.shortName && n.shortName !== n.name ? `${n.name} (${n.shortName})` : n.name);

/** The receivers a line from `from` can go to, narrowed as the person types. */
function ReceiverSearch(props: {
  from: string;
  fromLabel: string;
  inputRef: React.RefObject<HTMLInputElement | null>;
  options: readonly { id: string; label: string; name: string; kind: string }[];
  onChoose: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return q === '' ? props.options : props.options.filter((o) => o.label.toLocaleLowerCase().includes(q) || o.name.toLocaleLowerCase().includes(q));
  }, [props.options, query]);
  const current = shown[Math.min(active, shown.length - 1)];
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (Math.min(i, shown.length - 1) + step + shown.length) % shown.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current) props.onChoose(current.id);
    }
  };
  return (
    <>
      <Dialog.Title>{t('manipulation.connect.chooseReceiver', { from: props.fromLabel })}</Dialog.Title>
      <label className="visually-hidden" htmlFor={`${listId}-search`}>
        {t('manipulation.connect.search')}
      </label>
      <input
        id={`${listId}-search`}
        ref={props.inputRef}
        className="connect-search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        placeholder={t('manipulation.connect.search')}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id={listId} role="listbox" aria-label={t('manipulation.connect.receivers')} className="connect-options">
        {shown.map((o) => (
          <li key={o.id} id={`${listId}-${o.id}`} role="option" aria-selected={o === current} onClick={() => props.onChoose(o.id)}>
            {o.label}
            <span className="connect-kind">{o.kind}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? (
        <p className="connect-error" role="status">
          {props.options.length === 0 ? t('manipulation.connect.noOthers') : t('manipulation.connect.noMatch', { query: query.trim() })}
        </p>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel}>
          {t('line.cancel')}
        </button>
        <button type="button" className="primary" disabled={!current} onClick={() => current && props.onChoose(current.id)}>
          {t('manipulation.connect.next')}
        </button>
      </div>
    </>
  );
}

