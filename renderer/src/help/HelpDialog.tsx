import { Dialog } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { helpLinkTarget, loadHelpPage } from './helpContent';
import { closeHelp, openGuide, openHelp, useHelp } from './helpStore';
import { CHECKS_PAGE } from './helpTargets';
import './help.css';
import './helpPage.css';

/**
 * Hjälp / Help: the user guide and the references, bundled with the build and shown in the
 * window (offline, and in the desktop app where new windows are refused), opened at the
 * heading for what was on screen. Links between help pages stay in the dialog; links out
 * open outside.
 */
export function HelpDialog() {
  const { t } = useTranslation();
  const target = useHelp((s) => s.target);
  const body = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'shown' | string>('loading');
  // Where focus was when help opened (a field, the Export dialog): it goes back there on close.
  const returnFocus = useRef<HTMLElement | null>(null);
  const isOpen = target !== null;
  if (isOpen && returnFocus.current === null && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;

  useEffect(() => {
    if (!target) return;
    let live = true;
    setState('loading');
    loadHelpPage(target.page).then(
      (page) => {
        const el = body.current;
        if (!live || !el) return;
        el.replaceChildren(...page.nodes);
        const heading = target.anchor ? el.querySelector<HTMLElement>(`[id="${CSS.escape(target.anchor)}"]`) : el.querySelector<HTMLElement>('h1');
        el.querySelector('.is-help-target')?.classList.remove('is-help-target');
        if (heading) {
          heading.classList.add('is-help-target');
          heading.tabIndex = -1;
          heading.scrollIntoView({ block: 'start' });
          heading.focus({ preventScroll: true });
        } else el.scrollTop = 0;
        setState('shown');
      },
      (e: unknown) => live && setState(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [target]);

  const onClick = (e: React.MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a) return;
    const inside = helpLinkTarget(a.href);
    e.preventDefault();
    if (inside) openHelp(inside);
    // Outside the help: the browser opens a tab, the desktop app hands https to the system's browser.
    else if (/^https?:/.test(a.href)) window.open(a.href, '_blank', 'noopener,noreferrer');
  };

  return (
    <Dialog.Root open={target !== null} onOpenChange={(open) => (open ? undefined : closeHelp())}>
      <Dialog.Portal>
        <Dialog.Overlay className="shell-overlay" />
        <Dialog.Content
          className="shell-dialog help-dialog"
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => {
            const back = returnFocus.current;
            returnFocus.current = null;
            if (back?.isConnected) {
              e.preventDefault();
              back.focus();
            }
          }} data-help-page={target?.page} data-help-anchor={target?.anchor}>
          <div className="help-dialog-bar">
            <Dialog.Title className="help-dialog-title">{t('help.title')}</Dialog.Title>
            <nav aria-label={t('help.contents')} className="help-dialog-nav">
              <button type="button" className="link" onClick={openGuide}>
                {t('help.guide')}
              </button>
              <button type="button" className="link" onClick={() => openHelp({ page: CHECKS_PAGE, anchor: '' })}>
                {t('help.checks')}
              </button>
            </nav>
            <Dialog.Close asChild>
              <button type="button" className="primary">
                {t('help.close')}
              </button>
            </Dialog.Close>
          </div>
          {state === 'loading' ? <p className="help-dialog-status">{t('help.loading')}</p> : null}
          {state !== 'loading' && state !== 'shown' ? (
            <p className="help-dialog-status" role="alert">
              {t('help.missing', { reason: state })}
            </p>
          ) : null}
          {/* The page's own HTML, built from docs/ (never from a map), placed by the effect above. */}
          <div ref={body} className="help-page help-dialog-body" lang={target?.page === 'anvandarguide' ? 'sv' : target?.page === 'user-guide' ? 'en' : undefined} onClick={onClick} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
