import { useTranslation } from 'react-i18next';
import { RULE_GROUPS, type RuleGroup } from '../../../shared/analysis/ruleGroups';
import { dispatch, useEditor } from '../store/editor';
import { TextField } from '../panels/fields';

/** The law checks' settings: the lägesbild's greatest age, and each group of checks on or off. */
export function LawSettings() {
  const { t } = useTranslation();
  const settings = useEditor((s) => s.model.settings);
  const off = new Set(settings.rulesOff);
  const toggle = (group: RuleGroup, on: boolean): void => {
    const next = on ? settings.rulesOff.filter((w) => w !== group) : [...settings.rulesOff, group];
    dispatch({ type: 'updateSettings', changes: { rulesOff: next } });
  };
  return (
    <>
      <h2>{t('lawSettings.title')}</h2>
      <TextField
        label={t('lawSettings.maxAge')}
        value={String(settings.situationalPictureMaxAgeMonths)}
        onCommit={(v) => dispatch({ type: 'updateSettings', changes: { situationalPictureMaxAgeMonths: Number(v.trim()) } })}
      />
      <fieldset className="law-groups">
        <legend>{t('lawSettings.groups')}</legend>
        {RULE_GROUPS.map((g) => (
          <label key={g}>
            <input type="checkbox" checked={!off.has(g)} onChange={(e) => toggle(g, e.target.checked)} /> {t(`lawSettings.group_${g}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
