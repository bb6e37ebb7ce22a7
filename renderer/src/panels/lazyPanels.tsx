import { Suspense, type ReactNode } from 'react';
import { deferred } from '../shell/afterStart';

/*
 * The side panel's tabs other than findings (the first screen's), each its own chunk:
 * loaded when the tab is first shown, or once start-up is over (shell/afterStart.ts).
 * Same names as the components they load, so SidePanel only changes its imports.
 */
const LazyBody = deferred(() => import('./BodyPanel').then((m) => m.BodyPanel));
const LazyMembers = deferred(() => import('./MemberList').then((m) => m.MemberList));
const LazyInitiatives = deferred(() => import('./InitiativesPanel').then((m) => m.InitiativesPanel));
const LazyComments = deferred(() => import('./CommentsPanel').then((m) => m.CommentsPanel));
const LazySettings = deferred(() => import('./SettingsPanel').then((m) => m.SettingsPanel));
const LazyDocuments = deferred(() => import('../documents/DocumentsPanel').then((m) => m.DocumentsPanel));
const LazyAudits = deferred(() => import('../audits/AuditsPanel').then((m) => m.AuditsPanel));

/** While a tab loads, the panel body stays as it is (it has the panel's size already): no jump. */
const Loading = ({ children }: { children: ReactNode }) => <Suspense fallback={<div className="panel-loading" aria-busy="true" />}>{children}</Suspense>;

export const BodyPanel = () => (
  <Loading>
    <LazyBody />
  </Loading>
);
export const MemberList = () => (
  <Loading>
    <LazyMembers />
  </Loading>
);
export const InitiativesPanel = () => (
  <Loading>
    <LazyInitiatives />
  </Loading>
);
export const CommentsPanel = () => (
  <Loading>
    <LazyComments />
  </Loading>
);
export const SettingsPanel = () => (
  <Loading>
    <LazySettings />
  </Loading>
);
export const DocumentsPanel = () => (
  <Loading>
    <LazyDocuments />
  </Loading>
);
export const AuditsPanel = () => (
  <Loading>
    <LazyAudits />
  </Loading>
);
