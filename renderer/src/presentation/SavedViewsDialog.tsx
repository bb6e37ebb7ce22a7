import { useReactFlow, useStoreApi } from '@xyflow/react';
import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor';
import { addView, closeViewsDialog, moveView, openViewsDialog, removeView, startPresentation, usePresentation, useSavedViews } from './presentationStore';
import { captureView } from './savedViews';

/**
 * Visa › Sparade vyer och presentation…: save what the canvas shows now (date, framing,
 * selection, filters) under a name, order and remove views, and start the presentation.
 */
export function SavedViewsDialog() {
  const { t } = useTranslation();
  const open = usePresentation((s) => s.dialogOpen);
  const views = useSavedViews();
  const bodies = useEditor((s) => s.model.bodies);
  const flow = useReactFlow();
  const store = useStoreApi();
  const [name, setName] = useState('');

  const save = () => {
    const e = useEditor.getState();
    const { width, height } = store.getState();
    const given = name.trim() || t('presentation.defaultName', { n: views.length + 1 });
    const order = views.length === 0 ? 0 : (views[views.length - 1]?.order ?? 0) + 1;
    if (addView(captureView(given, order, { ...e, viewport: flow.getViewport(), canvas: { width, height } }))) setName('');
  };

  return (
    <Dialog.Root open={open} onOpenChange={(o) => (o ? openViewsDialog(store.getState()) : closeViewsDialog())}>
      <Dialog.Portal>
        <Dialog.Overlay className="shell-overlay" />
        <Dialog.Content className="shell-dialog saved-views-dialog">
          <Dialog.Title>{t('presentation.title')}</Dialog.Title>
          <Dialog.Description>{t('presentation.intro')}</Dialog.Description>
          <form
            className="saved-views-new"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <label htmlFor="saved-view-name">{t('presentation.name')}</label>
            <input id="saved-view-name" value={name} placeholder={t('presentation.defaultName', { n: views.length + 1 })} onChange={(e) => setName(e.target.value)} />
            <button type="submit">{t('presentation.save')}</button>
          </form>
          {views.length === 0 ? (
            <p className="muted">{t('presentation.none')}</p>
          ) : (
            <ol className="saved-views-list" aria-label={t('presentation.order')}>
              {views.map((v, i) => (
                <li key={v.id}>
                  <span className="saved-view-name">{v.name}</span>
                  <span className="muted">
                    {t('presentation.asOf', { date: v.asOf })}
                    {v.focus !== null && bodies.has(v.focus) ? ` · ${t('savedViews.focus', { name: bodies.get(v.focus)?.name ?? '' })}` : ''}
                  </span>
                  <span className="saved-view-buttons">
                    <button type="button" disabled={i === 0} onClick={() => moveView(v.id, -1)} aria-label={t('presentation.up', { name: v.name })}>
                      ↑
                    </button>
                    <button type="button" disabled={i === views.length - 1} onClick={() => moveView(v.id, 1)} aria-label={t('presentation.down', { name: v.name })}>
                      ↓
                    </button>
                    <button type="button" onClick={() => removeView(v.id)} aria-label={t('presentation.remove', { name: v.name })}>
                      ✕
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p className="muted">{t('savedViews.inTheMap')}</p>
          <div className="dialog-buttons">
            <Dialog.Close asChild>
              <button type="button">{t('presentation.close')}</button>
            </Dialog.Close>
            <button type="button" className="primary" disabled={views.length === 0} onClick={() => startPresentation()}>
              {t('presentation.start')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
