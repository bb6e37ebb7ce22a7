import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './store/editor';

/**
 * The map's name and saved state as the window's title and the page's (hidden) heading.
 * A component of its own, so that the first edit of a map (which marks it unsaved) draws
 * these two again and not the whole window: on a large map that redrawing of every panel
 * and dialog fell in the frame after a dragged body was dropped.
 */
export function MapHeading() {
  const { t } = useTranslation();
  const name = useEditor((s) => s.model.meta.name);
  const dirty = useEditor((s) => s.dirty);
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name || t('app.untitled')} – Mandat`;
  }, [name, dirty, t]);
  return (
    <h1 className="visually-hidden">
      {name || t('app.untitled')} {dirty ? `(${t('app.unsaved')})` : ''}
    </h1>
  );
}
