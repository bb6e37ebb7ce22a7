import { useTranslation } from 'react-i18next';
import { openRuleHelp } from './helpStore';

/** A finding's "Läs mer": its rule in the checks reference, in the Help dialog. */
export function ReadMore({ rule }: { rule: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="link finding-read-more" aria-label={t('help.readMoreAbout', { rule })} onClick={() => openRuleHelp(rule)}>
      {t('help.readMore')}
    </button>
  );
}
