import { useState } from 'react';
import { Legend } from '../canvas/Legend';
import { CollabStatus } from '../collab/CollabStatus';
import { HostDialog } from '../collab/HostDialog';
import { JoinDialog } from '../collab/JoinDialog';
import { SearchCount } from '../canvas/SearchCount';
import { searchKeyDown } from '../canvas/searchStepping';
import { MergeDialog } from '../dialogs/MergeDialog';
import { mergeCopy } from '../dialogs/mergeFlow';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, LEVELS, type BodyKind } from '../../../shared/model/vocabulary';
import { addBody } from '../clipboard';
import { exportWorkbook, save } from '../files';
import { autoLayout } from '../layout/autoLayout';
import type { Platform } from '../platform/types';
import { redo, setExportOpen, setKindFilter, setLang, setSearch, toggleDecidedBy, toggleFunding, toggleLevel, undo, useEditor } from '../store/editor';

/** File, edit and view commands; every one also has a keyboard shortcut (see keyboard.ts). */
export function Toolbar({ platform, onNew, onOpen }: { platform: Platform; onNew: () => void; onOpen: () => void }) {
  const { t } = useTranslation();
  const s = useEditor();
  const [kind, setKind] = useState<BodyKind>('working_group');
  const [hostOpen, setHostOpen] = useState(false);
  const [joinOpen, setJoinOpen] = useState(false);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.title')}>
      <div className="toolbar-group">
        <button type="button" onClick={onNew} title="Ctrl+N">
          {t('file.new')}
        </button>
        <button type="button" onClick={onOpen} title="Ctrl+O">
          {t('file.open')}
        </button>
        <button type="button" onClick={() => void save(platform, false)} title="Ctrl+S">
          {t('file.save')}
        </button>
        <button type="button" onClick={() => void save(platform, true)} title="Ctrl+Shift+S">
          {t('file.saveAs')}
        </button>
        <button type="button" onClick={() => setExportOpen(true)} title="Ctrl+E">
          {t('export.open')}
        </button>
        <button type="button" onClick={() => void exportWorkbook(platform)}>
          {t('file.exportWorkbook')}
        </button>
        <button type="button" onClick={() => void mergeCopy(platform)}>
          {t('merge.open')}
        </button>
        <MergeDialog />
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={undo} disabled={!s.canUndo} title="Ctrl+Z">
          {t('edit.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!s.canRedo} title="Ctrl+Shift+Z">
          {t('edit.redo')}
        </button>
      </div>
      <div className="toolbar-group">
        <label className="visually-hidden" htmlFor="palette-kind">
          {t('body.kind')}
        </label>
        <select id="palette-kind" value={kind} onChange={(e) => setKind(e.target.value as BodyKind)}>
          {BODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => addBody(kind, t('edit.newBodyName'))} title="Ctrl+B">
          {t('edit.addBody')}
        </button>
        <button type="button" onClick={autoLayout} disabled={s.layoutProgress !== null}>
          {t('edit.autoLayout')}
        </button>
        {s.layoutProgress !== null ? (
          <progress max={1} value={s.layoutProgress} aria-label={t('edit.layingOut', { percent: Math.round(s.layoutProgress * 100) })} />
        ) : null}
      </div>
      <div className="toolbar-group">
        <label className="visually-hidden" htmlFor="search">
          {t('view.search')}
        </label>
        <input id="search" type="search" placeholder={t('view.searchPlaceholder')} value={s.search} onChange={(e) => setSearch(e.target.value)} onKeyDown={searchKeyDown} />
        <SearchCount />
        <fieldset className="level-filter">
          <legend className="visually-hidden">{t('view.filterLevel')}</legend>
          {LEVELS.map((l) => (
            <label key={l} className={`chip level-${l}`}>
              <input type="checkbox" checked={s.levels.has(l)} onChange={() => toggleLevel(l)} /> {t(`levels.${l}`)}
            </label>
          ))}
        </fieldset>
        <label className="visually-hidden" htmlFor="kind-filter">
          {t('view.filterKind')}
        </label>
        <select id="kind-filter" value={s.kind} onChange={(e) => setKindFilter(e.target.value as BodyKind | 'all')}>
          <option value="all">{t('view.allKinds')}</option>
          {BODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <label className="chip">
          <input type="checkbox" checked={s.showFunding} onChange={toggleFunding} /> {t('view.showFunding')}
        </label>
        <label className="chip">
          <input type="checkbox" checked={s.showDecidedBy} onChange={toggleDecidedBy} /> {t('view.showDecidedBy')}
        </label>
      </div>
      <div className="toolbar-group">
        {platform.hosting ? (
          <button type="button" onClick={() => setHostOpen(true)}>
            {t('collab.hostButton')}
          </button>
        ) : null}
        {hostOpen && platform.hosting ? <HostDialog hosting={platform.hosting} onClose={() => setHostOpen(false)} /> : null}
        <button type="button" onClick={() => setJoinOpen(true)}>
          {t('collab.joinButton')}
        </button>
        {joinOpen ? <JoinDialog onClose={() => setJoinOpen(false)} /> : null}
        <CollabStatus />
        <Legend />
        <label htmlFor="language">{t('view.language')}</label>
        <select id="language" value={s.lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'sv')}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </div>
    </header>
  );
}
