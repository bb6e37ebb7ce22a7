import { useTranslation } from 'react-i18next';
import { dispatch, useEditor } from '../store/editor';
import { TextField } from './fields';
import { LawSettings } from '../law/LawSettings';

/** The map's name and author, and the thresholds of the checks. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const number = (v: string) => Number(v.trim().replace(',', '.'));
  return (
    <div className="settings">
      <TextField label={t('settings.mapName')} value={model.meta.name} onCommit={(v) => dispatch({ type: 'updateMeta', changes: { name: v } })} />
      <TextField label={t('settings.author')} value={model.meta.author} onCommit={(v) => dispatch({ type: 'updateMeta', changes: { author: v } })} />
      <h2>{t('settings.title')}</h2>
      <TextField label={t('settings.overlapThreshold')} value={String(model.settings.overlapThreshold)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { overlapThreshold: number(v) } })} />
      <TextField label={t('settings.overlapMinShared')} value={String(model.settings.overlapMinShared)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { overlapMinShared: number(v) } })} />
      <TextField label={t('settings.overloadThreshold')} value={String(model.settings.overloadThreshold)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { overloadThreshold: number(v) } })} />
      <LawSettings />
      <TextField label={t('audits.answerDueDays')} value={String(model.settings.answerDueDays)} onCommit={(v) => dispatch({ type: 'updateSettings', changes: { answerDueDays: number(v) } })} />
    </div>
  );
}
