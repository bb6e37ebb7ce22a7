import { useReactFlow, useStore, type Viewport } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { editorView, goToStep, restoreEditor, showInEditor, stepPresentation, stopPresentation, usePresentation, useSavedViews, type EditorView } from './presentationStore';
import './presentation.css';
import { endFocus } from '../focus/focusState';

/** The class on <html> that hides the window's chrome while presenting (presentation.css). */
const PRESENTING = 'is-presenting';

/** What each key does while presenting, as in PowerPoint and every slide viewer. */
function stepOfKey(key: string): number | 'first' | 'last' | 'stop' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 1;
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return -1;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'stop';
    default:
      return null;
  }
}

/**
 * Full-screen steps through the saved views: the canvas alone, each view's date, filters and
 * focus body, centred where it was saved at its zoom. Arrow keys (or a click) step, Escape leaves and puts the
 * editor back as it was. Nothing can be edited meanwhile: every key is taken before the
 * editor's shortcuts see it, and a layer over the canvas takes the pointer.
 */
export function PresentationMode() {
  const { t } = useTranslation();
  const step = usePresentation((s) => s.step);
  const views = useSavedViews();
  const flow = useReactFlow();
  const size = useStore((s) => `${s.width}x${s.height}`);
  const presenting = step !== null;
  const before = useRef<{ editor: EditorView; viewport: Viewport } | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const view = step === null ? undefined : views[step];

  useEffect(() => {
    if (!presenting) return;
    before.current = { editor: editorView(), viewport: flow.getViewport() };
    // Saved views show the whole map their filters leave: a focus view would hide the rest.
    endFocus();
    const root = document.documentElement;
    root.classList.add(PRESENTING);
    let fullScreen = false;
    // A browser may refuse full screen (no user gesture, a frame): the presentation still runs in the window.
    root.requestFullscreen?.().then(
      () => (fullScreen = true),
      () => undefined,
    );
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') return;
      // Taken before the editor's shortcuts and React Flow's keys (Delete would delete a body).
      e.stopPropagation();
      const what = stepOfKey(e.key);
      if (what === null) return;
      e.preventDefault();
      if (what === 'stop') stopPresentation();
      else if (what === 'first') goToStep(0);
      else if (what === 'last') goToStep(Number.MAX_SAFE_INTEGER);
      else stepPresentation(what);
    };
    // The browser's own Escape leaves full screen without a key event reaching the page.
    const onFullScreen = () => {
      if (fullScreen && !document.fullscreenElement) stopPresentation();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullScreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullScreen);
      root.classList.remove(PRESENTING);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      const was = before.current;
      if (was) {
        restoreEditor(was.editor);
        void flow.setViewport(was.viewport);
      }
    };
  }, [presenting, flow]);

  useEffect(() => {
    if (view) showInEditor(view);
  }, [view]);

  // Focus into the presentation, so a screen reader follows it and no field keeps the caret.
  useEffect(() => {
    if (presenting) layer.current?.focus();
  }, [presenting]);

  // Framed once the canvas has its full-screen size and the view's bodies are drawn, and again whenever its size changes.
  useEffect(() => {
    if (!view || size === '0x0') return;
    let id = requestAnimationFrame(() => (id = requestAnimationFrame(() => void flow.setCenter(view.viewport.x, view.viewport.y, { zoom: view.viewport.zoom }))));
    return () => cancelAnimationFrame(id);
  }, [view, size, flow]);

  if (!view || step === null) return null;
  return (
    <div ref={layer} tabIndex={-1} className="presentation-layer" role="dialog" aria-modal="true" aria-label={t('presentation.label')} onClick={() => stepPresentation(1)}>
      <div className="presentation-bar" onClick={(e) => e.stopPropagation()}>
        <p role="status" aria-live="polite" className="presentation-step">
          <strong>{view.name}</strong> <span>{t('presentation.step', { n: step + 1, total: views.length })}</span>{' '}
          <span>{t('presentation.asOf', { date: view.asOf })}</span>
        </p>
        <p className="presentation-keys">{t('presentation.keys')}</p>
        <button type="button" onClick={stopPresentation}>
          {t('presentation.exit')}
        </button>
      </div>
    </div>
  );
}
