import { ReactFlowProvider } from '@xyflow/react';
import { Tooltip } from 'radix-ui';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n';
import type { MandatBridge } from '../../shared/ipc';
import { Canvas } from './canvas/Canvas';
import { useCompare } from './compare/compareState';
import { openDrop, save } from './files';
import { installShortcuts } from './keyboard';
import { followDesktop } from './menuCommands';
import { MapHeading } from './MapHeading';
import { Notices } from './Notices';
import type { Platform } from './platform/types';
import { shellActions } from './shell/actions';
import { EmptyMapHint } from './shell/EmptyMapHint';
// Parts not on the first screen load as their own chunks (shell/lazyParts.tsx).
import { ComparePanel, HelpDialog, MatrixView, Presentation, ShortcutsDialog, StartPage, UnsavedDialog } from './shell/lazyParts';
import './shell/shell.css';
import { followWindowWidth, setStartOpen } from './shell/shellState';
import { setMapSaver } from './shell/unsaved';
import { SidePanel } from './SidePanel';
import { useEditor } from './store/editor';
import { TimeControl } from './toolbar/TimeControl';
import { DocumentTimeline } from './documents/DocumentTimeline';
import { Toolbar } from './toolbar/Toolbar';

// The Export dialog and what it uses (PDF, Word, Excel writers) load on first use.
const ExportDialog = lazy(() => import('./export/ExportDialog'));

/** The editor: one row of chrome, canvas with legend, side panel, time control; the start page on first start. */
export function App({ platform, bridge = null, firstStart = false }: { platform: Platform; bridge?: MandatBridge | null; firstStart?: boolean }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  const exportOpen = useEditor((s) => s.exportOpen);
  const comparing = useCompare((s) => s.open);
  const [dropping, setDropping] = useState(false);
  const actions = useMemo(() => shellActions(platform, t), [platform, t]);

  useEffect(() => {
    // switchLanguage loads the language's strings first (the window stays in the language it
    // has until then, never showing keys) and changes only what differs.
    let current = true;
    switchLanguage(lang).then(
      () => {
        if (current) document.documentElement.lang = lang;
      },
      (error: unknown) => console.warn(`Mandat: the ${lang} strings could not be loaded`, error),
    );
    return () => {
      current = false;
    };
  }, [lang]);
  useEffect(() => setMapSaver(() => save(platform, false)), [platform]);
  useEffect(() => {
    if (firstStart) setStartOpen(true);
  }, [firstStart]);
  useEffect(followWindowWidth, []);

  useEffect(
    () => installShortcuts({ open: actions.open, save: (saveAs) => (saveAs ? actions.saveAs() : actions.save()), newMap: actions.newMap, newBodyName: () => t('edit.newBodyName'), copyDiagram: actions.copyDiagram }),
    [actions, t],
  );

  useEffect(() => {
    if (!bridge) return;
    return followDesktop(bridge, actions);
  }, [bridge, actions]);

  return (
    <Tooltip.Provider delayDuration={500}>
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
        {/* The desktop app carries the menus natively; the web version has them in the window. */}
        <Toolbar platform={platform} actions={actions} withMenu={!bridge} />
        <main className="workspace">
          <MapHeading />
          <div className="canvas-stack">
            <ReactFlowProvider>
              <Canvas />
              <Presentation />
            </ReactFlowProvider>
            <EmptyMapHint actions={actions} />
            <MatrixView />
          </div>
          {comparing ? <ComparePanel platform={platform} /> : <SidePanel />}
        </main>
        <TimeControl />
        <DocumentTimeline />
        {exportOpen ? (
          <Suspense fallback={null}>
            <ExportDialog platform={platform} />
          </Suspense>
        ) : null}
        <Notices />
        <StartPage actions={actions} />
        <UnsavedDialog />
        <ShortcutsDialog />
        <HelpDialog />
        {dropping ? <div className="drop-overlay">{t('file.dropHere')}</div> : null}
      </div>
    </Tooltip.Provider>
  );
}
