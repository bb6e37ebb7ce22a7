import { Suspense, type ReactNode } from 'react';
import type { Platform, SessionHosting } from '../platform/types';
import { useMatrix } from '../matrix/matrixStore';
import type { ShellActions } from './actions';
import { deferred, useAfterStart } from './afterStart';
import { useShell } from './shellState';

/*
 * The window's parts that are not on its first screen, each its own chunk (see
 * afterStart.ts). Same names and props as the components they load, so App and Toolbar
 * only change where they import them from.
 */
const LazyCompare = deferred(() => import('../compare/ComparePanel').then((m) => m.ComparePanel));
const LazyMatrix = deferred(() => import('../matrix/MatrixView').then((m) => m.MatrixView));
const LazyPresentation = deferred(() => import('../presentation/Presentation').then((m) => m.Presentation));
const LazyStart = deferred(() => import('./StartPage').then((m) => m.StartPage));
const LazyUnsaved = deferred(() => import('./UnsavedDialog').then((m) => m.UnsavedDialog));
const LazyShortcuts = deferred(() => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog));
const LazyHelp = deferred(() => import('../help/HelpDialog').then((m) => m.HelpDialog));
const LazyMerge = deferred(() => import('../dialogs/MergeDialog').then((m) => m.MergeDialog));
const LazyHost = deferred(() => import('../collab/HostDialog').then((m) => m.HostDialog));
const LazyJoin = deferred(() => import('../collab/JoinDialog').then((m) => m.JoinDialog));

/** A part that renders nothing while closed: mounted once start-up is over (or at once when `now`). */
function AfterStart({ now = false, children }: { now?: boolean; children: ReactNode }) {
  const afterStart = useAfterStart();
  return afterStart || now ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/** The compare panel takes the side panel's place; while it loads, an empty panel of the same size holds it. */
export function ComparePanel(props: { platform: Platform }) {
  return (
    <Suspense fallback={<aside className="side-panel" aria-busy="true" />}>
      <LazyCompare {...props} />
    </Suspense>
  );
}

export function MatrixView() {
  const open = useMatrix((s) => s.open);
  return open ? (
    <Suspense fallback={null}>
      <LazyMatrix />
    </Suspense>
  ) : null;
}

export const Presentation = () => (
  <AfterStart>
    <LazyPresentation />
  </AfterStart>
);

export function StartPage(props: { actions: ShellActions }) {
  const open = useShell((s) => s.startOpen);
  return (
    <AfterStart now={open}>
      <LazyStart {...props} />
    </AfterStart>
  );
}

export const UnsavedDialog = () => (
  <AfterStart>
    <LazyUnsaved />
  </AfterStart>
);
export const ShortcutsDialog = () => (
  <AfterStart>
    <LazyShortcuts />
  </AfterStart>
);
export const HelpDialog = () => (
  <AfterStart>
    <LazyHelp />
  </AfterStart>
);
export const MergeDialog = () => (
  <AfterStart>
    <LazyMerge />
  </AfterStart>
);

export const HostDialog = (props: { hosting: SessionHosting; onClose: () => void }) => (
  <Suspense fallback={null}>
    <LazyHost {...props} />
  </Suspense>
);
export const JoinDialog = (props: { onClose: () => void }) => (
  <Suspense fallback={null}>
    <LazyJoin {...props} />
  </Suspense>
);
