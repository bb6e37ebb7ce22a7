import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { nameOn } from '../../../shared/time/names';
import { preferOnlySelection } from '../export/exportSettings';
import { select, setExportOpen, useEditor } from '../store/editor';
import { endFocus, focusOn, useFocus, useFocusIds } from './focusState';
import './focus.css';

/**
 * Above the canvas while a focus view is on: whose view it is, one or two steps, export it
 * as its own page (the bodies selected, the dialog set to the selection), back to the map.
 */
export function FocusBar() {
  const { t } = useTranslation();
  const focus = useFocus((s) => s.focus);
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const ids = useFocusIds(model, asOf);
  const body = focus ? model.bodies.get(focus.body) : undefined;
  if (!focus || !body || !ids) return null;
  const exportView = (): void => {
    select([...ids]);
    preferOnlySelection();
    setExportOpen(true);
  };
  return (
    <Panel position="top-center" className="focus-bar" aria-label={t('focus.label')}>
      <span className="focus-title">{t('focus.title', { name: nameOn(body, asOf).name, count: ids.size })}</span>
      <span role="group" aria-label={t('focus.reach')} className="focus-reach">
        {([1, 2] as const).map((reach) => (
          <button key={reach} type="button" aria-pressed={focus.reach === reach} onClick={() => focusOn(focus.body, reach)}>
            {t(`focus.steps${reach}`)}
          </button>
        ))}
      </span>
      <button type="button" onClick={exportView}>
        {t('focus.export')}
      </button>
      <button type="button" onClick={endFocus}>
        {t('focus.end')}
      </button>
    </Panel>
  );
}
