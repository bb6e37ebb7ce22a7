import { useTranslation } from 'react-i18next';
import { FindingsPanel } from './panels/FindingsPanel';
// The other tabs load as their own chunks (panels/lazyPanels.tsx).
import { AuditsPanel, BodyPanel, CommentsPanel, DocumentsPanel, InitiativesPanel, MemberList, SettingsPanel } from './panels/lazyPanels';
import { LawCards } from './law/LawCards';
import { SidePanelTabs } from './panels/SidePanelTabs';
import { ReadOnlyWhenReviewing } from './review/readOnly';
import { ReviewSwitch } from './review/ReviewSwitch';
import { useFirstMapDrawn } from './shell/afterStart';
import { useEditor, type PanelName } from './store/editor';
import { useFindingsOnceDrawn } from './store/findingsOnceDrawn';

const PANELS: readonly PanelName[] = ['findings', 'body', 'members', 'initiatives', 'comments', 'settings', 'documents', 'audits'];

/** The side panel with its tabs: findings, the selected body, members, initiatives, comments, settings. */
export function SidePanel() {
  const { t } = useTranslation();
  const panel = useEditor((s) => s.panel);
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  // A map opened after the start shows its count (and list) once the canvas has drawn it.
  const count = useFindingsOnceDrawn(model, asOf, useEditor((s) => s.mapVersion))?.result.findings.length ?? null;
  // The tab's count is on the first screen at once; the list and the law card under it
  // (half the window's elements on the sample) come in the frame after the map is drawn.
  const listed = useFirstMapDrawn();
  return (
    <aside className="side-panel" aria-label={t('regions.sidePanel')}>
      <ReviewSwitch />
      <SidePanelTabs panels={PANELS} panel={panel} findings={count} label={t('sidePanelTabs.label')} />
      <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} className="panel-body" tabIndex={0}>
        {panel === 'findings' && listed ? <LawCards /> : null}
        {panel === 'findings' && listed && count !== null ? <FindingsPanel /> : null}
        {/* In review mode the body tab shows the profile only; the other forms stay readable but disabled. */}
        {panel === 'body' ? <BodyPanel /> : null}
        {panel === 'members' ? <MemberList /> : null}
        {panel === 'initiatives' ? (
          <ReadOnlyWhenReviewing>
            <InitiativesPanel />
          </ReadOnlyWhenReviewing>
        ) : null}
        {panel === 'comments' ? <CommentsPanel /> : null}
        {/* The documents tab guards its own forms, so its list still opens a document to read in review mode. */}
        {panel === 'documents' ? <DocumentsPanel /> : null}
        {panel === 'audits' ? <AuditsPanel /> : null}
        {panel === 'settings' ? (
          <ReadOnlyWhenReviewing>
            <SettingsPanel />
          </ReadOnlyWhenReviewing>
        ) : null}
      </div>
    </aside>
  );
}
