import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Canvas } from './canvas/Canvas';
import { copyDiagram } from './export/copyDiagram';
import { openDrop, openFiles, save } from './files';
import { installShortcuts } from './keyboard';
import { Notices } from './Notices';
import type { MandatBridge } from '../../shared/ipc';
import { followDesktop } from './menuCommands';
import type { Platform } from './platform/types';
import { SidePanel } from './SidePanel';
import { newMap, useEditor } from './store/editor';
import { TimeControl } from './toolbar/TimeControl';
import { Toolbar } from './toolbar/Toolbar';

// The Export dialog and what it uses (PDF, Word, Excel writers) load on first use.
const ExportDialog = lazy(() => import('./export/ExportDialog'));

/** The editor: toolbar, canvas with legend, side panel, time control. */
export function App({ platform, bridge = null }: { platform: Platform; bridge?: MandatBridge | null }) {
  const { t, i18n } = useTranslation();
  const lang = useEditor((s) => s.lang);
  const name = useEditor((s) => s.model.meta.name);
  const dirty = useEditor((s) => s.dirty);
  const exportOpen = useEditor((s) => s.exportOpen);
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang, i18n]);
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name || t('app.untitled')} – Mandat`;
  }, [name, dirty, t]);

  const open = async () => {
    const files = await platform.openFiles();
    if (files) await openFiles(files);
  };
  const fresh = async () => {
    // The desktop keeps one map a window: it opens a new window unless this one is untouched.
    if ((await platform.placeNewMap?.()) === 'new-window') return;
    if (!useEditor.getState().dirty || window.confirm(t('file.confirmDiscard'))) newMap(t('app.untitled'));
  };
  useEffect(
    () => installShortcuts({ open: () => void open(), save: (saveAs) => void save(platform, saveAs), newMap: () => void fresh(), newBodyName: () => t('edit.newBodyName'), copyDiagram: () => void copyDiagram(platform) }),
    [platform, t],
  );

  useEffect(() => {
    if (!bridge) return;
    return followDesktop(bridge, platform, {
      open: () => void open(),
      newMap: () => void fresh(),
      newBodyName: () => t('edit.newBodyName'),
      zoom: (how) => window.dispatchEvent(new CustomEvent('mandat:zoom', { detail: how })),
    });
  }, [bridge, platform, t]);

  return (
    <div
      className={`app ${dropping ? 'is-dropping' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDropping(false);
        void openDrop(platform, e.nativeEvent);
      }}
    >
      <Toolbar platform={platform} onNew={() => void fresh()} onOpen={() => void open()} />
      <main className="workspace">
        <h1 className="visually-hidden">
          {name || t('app.untitled')} {dirty ? `(${t('app.unsaved')})` : ''}
        </h1>
        <ReactFlowProvider>
          <Canvas />
        </ReactFlowProvider>
        <SidePanel />
      </main>
      <TimeControl />
      {exportOpen ? (
        <Suspense fallback={null}>
          <ExportDialog platform={platform} />
        </Suspense>
      ) : null}
      <Notices />
      {dropping ? <div className="drop-overlay">{t('file.dropHere')}</div> : null}
    </div>
  );
}
