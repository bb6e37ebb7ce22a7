import { FilePlus2, FileSpreadsheet, FileStack, FolderOpen, Map as MapIcon, UserPlus, X } from 'lucide-react';
import { Dialog } from 'radix-ui';
import type { LucideIcon } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { newMapFromTemplate } from './onDemand';
import { openFiles } from '../files';
import { notify, useEditor } from '../store/editor';
import { loadRecentMaps, recentMapText, useRecentMaps, type RecentMap } from './recentMaps';
import type { ShellActions } from './actions';
import { WELCOMED_KEY } from './firstStart';
import { setStartOpen, useShell } from './shellState';

// The check lives apart so that start-up reads it without loading the start page.
export { isFirstStart } from './firstStart';

function markWelcomed(): void {
  try {
    globalThis.localStorage?.setItem(WELCOMED_KEY, '1');
  } catch {
    /* asked again next time */
  }
}

function Tile({ icon: Icon, title, text, onClick }: { icon: LucideIcon; title: string; text: string; onClick: () => void }) {
  return (
    <button type="button" className="start-tile" onClick={onClick}>
      <Icon size={28} strokeWidth={1.5} aria-hidden="true" />
      <span className="start-tile-title">{title}</span>
      <span className="start-tile-text">{text}</span>
    </button>
  );
}

/**
 * The start page: what Mandat is for in two sentences, and the ways in — a new map, a
 * file, the Eskilstuna sample, a workbook, a colleague's live session — and back to the
 * map that is open. Opens by itself on the first start; Arkiv/Hjälp › Startsida again.
 */
export function StartPage({ actions }: { actions: ShellActions }) {
  const { t } = useTranslation();
  const open = useShell((s) => s.startOpen);
  const name = useEditor((s) => s.model.meta.name);
  const recent = useRecentMaps((s) => s.list);
  const lang = useEditor((s) => s.lang);
  useEffect(() => {
    if (open) void loadRecentMaps();
  }, [open]);
  // The text is read only now (the list holds names and dates); gone, it says so.
  const openRecent = async (m: RecentMap): Promise<void> => {
    const content = await recentMapText(m).catch(() => null);
    if (content === null) notify({ kind: 'error', key: 'shell.start.recentGone', values: { name: m.name || m.fileName } });
    else await openFiles({ files: [{ name: m.fileName || `${m.name}.mandat`, content, ...(m.utf8 === undefined ? {} : { utf8: m.utf8 }) }] });
  };
  const close = (): void => {
    markWelcomed();
    setStartOpen(false);
  };
  const then = (run: () => void) => () => {
    close();
    run();
  };
  return (
    <Dialog.Root open={open} onOpenChange={(o) => (o ? setStartOpen(true) : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="shell-overlay" />
        <Dialog.Content className="shell-dialog start-page" aria-describedby="start-intro">
          <Dialog.Title className="start-title">{t('shell.start.title')}</Dialog.Title>
          <p id="start-intro" className="start-intro">
            {t('shell.start.intro')}
          </p>
          <div className="start-tiles">
            <Tile icon={MapIcon} title={t('shell.start.sample')} text={t('shell.start.sampleText')} onClick={then(actions.openSample)} />
            <Tile icon={FilePlus2} title={t('shell.start.new')} text={t('shell.start.newText')} onClick={then(actions.newMap)} />
            <Tile icon={FileStack} title={t('docTemplate.title')} text={t('docTemplate.text')} onClick={then(() => void newMapFromTemplate(t))} />
            <Tile icon={FolderOpen} title={t('file.open')} text={t('shell.start.openText')} onClick={then(actions.open)} />
            <Tile icon={FileSpreadsheet} title={t('shell.start.importWorkbook')} text={t('shell.start.importText')} onClick={then(actions.open)} />
            <Tile icon={UserPlus} title={t('collab.joinButton')} text={t('shell.start.joinText')} onClick={then(actions.join)} />
          </div>
          {recent.length > 0 ? (
            <section className="start-recent" aria-labelledby="start-recent-title">
              <h3 id="start-recent-title">{t('shell.start.recent')}</h3>
              <ul>
                {recent.map((m) => (
                  <li key={`${m.fileName}|${m.name}`}>
                    <button type="button" className="link" onClick={then(() => void openRecent(m))}>
                      {m.name || m.fileName}
                    </button>{' '}
                    <span className="muted">
                      {m.fileName ? `${m.fileName} · ` : ''}
                      {new Date(m.at).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <div className="start-footer">
            <button type="button" className="primary" onClick={close}>
              {t('shell.start.continue', { name: name || t('app.untitled') })}
            </button>
          </div>
          <Dialog.Close asChild>
            <button type="button" className="dialog-close" aria-label={t('collab.close')}>
              <X size={18} aria-hidden="true" />
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
