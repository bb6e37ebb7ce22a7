import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyId } from '../../../shared/model/ids';
import { LINE_KINDS, type LineKind } from '../../../shared/model/vocabulary';
import { labelOn } from '../../../shared/time/names';
import { dispatch, useEditor } from '../store/editor';

/** After connecting two bodies: which kind of reporting line it is. */
export function ConnectDialog({ from, to, onClose }: { from: string; to: string; onClose: () => void }) {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const [kind, setKind] = useState<LineKind>('reports_to');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const label = (id: string) => {
    const b = model.bodies.get(id);
    return b ? labelOn(b, asOf) : id;
  };
  const create = () => {
    const r = dispatch({ type: 'connectReport', line: { from: from as BodyId, to: to as BodyId, kind } });
    if (r.ok) onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="connect-title" className="dialog" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="connect-title">{t('line.chooseKind', { from: label(from), to: label(to) })}</h2>
        <fieldset>
          <legend className="visually-hidden">{t('line.title')}</legend>
          {LINE_KINDS.map((k, i) => (
            <label key={k} className="radio">
              <input ref={i === 0 ? first : undefined} type="radio" name="line-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`lineKinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('line.cancel')}
          </button>
          <button type="button" className="primary" onClick={create}>
            {t('line.create')}
          </button>
        </div>
      </div>
    </div>
  );
}
