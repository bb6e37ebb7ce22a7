import { useTranslation } from 'react-i18next';
import { dispatch, useEditor } from '../store/editor';
import { TextField } from './fields';
import { LawSettings } from '../law/LawSettings';

/** The map's name and author, and the thresholds of the checks. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const lang = useEditor((s) => s.lang);
  // A decimal comma in Swedish, both shown and read; an empty field is no number (the model says so), not 0.
  const number = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim().replace(',', '.')));
  const shown = (n: number) => (lang === 'sv' ? String(n).replace('.', ',') : String(n));
  return (
    <div className="settings">
      <TextField label={t('settings.mapName')} value={model.meta.name} onCommit={(v) => dispatch({ type: 'updateMeta', changes: { name: v } })} />
      <TextField label={t('settings.author')} value={model.meta.author} onCommit={(v) => dispatch({ type: 'updateMeta', changes: { author: v } })} />
      <h2>{t('settings.title')}</h2>
      <TextField label={t('settings.overlapThreshold')} value={shown(model.settings.overlapThreshold)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { overlapThreshold: number(v) } })} />
      <TextField label={t('settings.overlapMinShared')} value={shown(model.settings.overlapMinShared)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { overlapMinShared: number(v) } })} />
      <TextField label={t('settings.overloadThreshold')} value={shown(model.settings.overloadThreshold)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { overloadThreshold: number(v) } })} />
      <LawSettings />
      <TextField label={t('audits.answerDueDays')} value={shown(model.settings.answerDueDays)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { answerDueDays: number(v) } })} />
    </div>
  );
}
