import { useTranslation } from 'react-i18next';
import { openRuleHelp } from './helpStore';

/** A finding's "Läs mer": its rule in the checks reference, in the Help dialog; named for a screen reader by the check's name, not its id. */
export function ReadMore({ rule }: { rule: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="link finding-read-more" aria-label={t('help.readMoreAbout', { rule: t(`rules.${rule}`) })} onClick={() => openRuleHelp(rule)}>
      {t('help.readMore')}
    </button>
  );
}
