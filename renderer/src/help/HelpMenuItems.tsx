import { Menubar } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { openGuide, openHelp } from './helpStore';
import { CHECKS_PAGE } from './helpTargets';

/** Hjälp › Användarguide (from its top; F1 opens it at what is on screen) and Hjälp › Kontrollerna, in the web version's menu. */
export function HelpMenuItems() {
  const { t } = useTranslation();
  return (
    <>
      <Menubar.Item className="menu-item" onSelect={openGuide}>
        <span>{t('help.guide')}</span>
        <span className="menu-shortcut">F1</span>
      </Menubar.Item>
      <Menubar.Item className="menu-item" onSelect={() => openHelp({ page: CHECKS_PAGE, anchor: '' })}>
        <span>{t('help.checks')}</span>
      </Menubar.Item>
    </>
  );
}
