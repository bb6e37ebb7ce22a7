import { Download, FilePlus2, FolderOpen, Network, Redo2, Save, Share2, Undo2, UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Legend } from '../canvas/Legend';
import { SearchCount } from '../canvas/SearchCount';
import { searchKeyDown } from '../canvas/searchStepping';
import { CollabStatus } from '../collab/CollabStatus';
import type { Platform } from '../platform/types';
import type { ShellActions } from '../shell/actions';
import { AddBodyMenu } from '../shell/AddBodyMenu';
import { AppMenu } from '../shell/AppMenu';
import { FilterMenu } from '../shell/FilterMenu';
import { HostDialog, JoinDialog, MergeDialog } from '../shell/lazyParts';
import { IconButton } from '../shell/IconButton';
import { setHostOpen, setJoinOpen, useShell } from '../shell/shellState';
import { ariaShortcutOf, shortcutOf } from '../shell/shortcuts';
import { TitleArea } from '../shell/TitleArea';
import { useMapReadOnly } from '../review/readOnly';
import { setLang, setSearch, useEditor } from '../store/editor';

/** One row: the map's name and state, the menus (web), icon buttons with tooltips, search, filters, language. */
export function Toolbar({ platform, actions, withMenu }: { platform: Platform; actions: ShellActions; withMenu: boolean }) {
  const { t } = useTranslation();
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const layoutProgress = useEditor((s) => s.layoutProgress);
  const search = useEditor((s) => s.search);
  const lang = useEditor((s) => s.lang);
  const hostOpen = useShell((s) => s.hostOpen);
  const joinOpen = useShell((s) => s.joinOpen);
  // Review mode: the buttons that would change the map are greyed out (the mode is switched off in a click).
  // A viewer's session: they are left out, as they can never be used, and the map's name gets their room.
  const readOnly = useMapReadOnly();
  const viewer = useEditor((s) => s.collab?.readOnly ?? false);
  const button = (command: keyof ShellActions) => ({ shortcut: shortcutOf(command), ariaShortcut: ariaShortcutOf(command) });
  return (
    <header className="toolbar" aria-label={t('shell.chrome')}>
      <TitleArea />
      {withMenu ? <AppMenu actions={actions} canHost={Boolean(platform.hosting)} /> : null}
      <div className="toolbar-buttons" role="toolbar" aria-label={t('app.title')}>
        <div className="toolbar-group">
          <IconButton icon={FilePlus2} label={t('file.new')} onClick={actions.newMap} {...button('newMap')} />
          <IconButton icon={FolderOpen} label={t('file.open')} onClick={actions.open} {...button('open')} />
          <IconButton icon={Save} label={t('file.save')} onClick={actions.save} {...button('save')} />
        </div>
        {viewer ? null : (
          <>
            <div className="toolbar-group">
              <IconButton icon={Undo2} label={t('edit.undo')} onClick={actions.undo} disabled={!canUndo || readOnly} {...button('undo')} />
              <IconButton icon={Redo2} label={t('edit.redo')} onClick={actions.redo} disabled={!canRedo || readOnly} {...button('redo')} />
            </div>
            <div className="toolbar-group">
              <AddBodyMenu actions={actions} disabled={readOnly} />
              <IconButton icon={Network} label={t('edit.autoLayout')} onClick={actions.autoLayout} disabled={layoutProgress !== null || readOnly} />
              {layoutProgress !== null ? <progress max={1} value={layoutProgress} aria-label={t('edit.layingOut', { percent: Math.round(layoutProgress * 100) })} /> : null}
            </div>
          </>
        )}
        <div className="toolbar-group toolbar-search">
          <label className="visually-hidden" htmlFor="search">
            {t('view.search')}
          </label>
          <input id="search" type="search" placeholder={t('shell.searchPlaceholder')} title={t('view.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} onKeyDown={searchKeyDown} />
          <SearchCount />
          <FilterMenu />
          <Legend />
        </div>
        <div className="toolbar-group">
          <IconButton icon={Download} label={t('export.open')} onClick={actions.exportDialog} {...button('exportDialog')} />
          {platform.hosting ? <IconButton icon={Share2} label={t('collab.hostButton')} onClick={actions.host} /> : null}
          {withMenu ? null : <IconButton icon={UserPlus} label={t('collab.joinButton')} onClick={actions.join} />}
        </div>
      </div>
      <div className="toolbar-end">
        <CollabStatus />
        <label className="visually-hidden" htmlFor="language">
          {t('view.language')}
        </label>
        <select id="language" className="language" value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'sv')} title={t('view.language')}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </div>
      <MergeDialog />
      {hostOpen && platform.hosting ? <HostDialog hosting={platform.hosting} onClose={() => setHostOpen(false)} /> : null}
      {joinOpen ? <JoinDialog onClose={() => setJoinOpen(false)} /> : null}
    </header>
  );
}
