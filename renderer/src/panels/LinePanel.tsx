import { useTranslation } from 'react-i18next';
import type { ReportingLine } from '../../../shared/model/types';
import { DOCUMENTED, LINE_KINDS, type Documented, type LineKind } from '../../../shared/model/vocabulary';
import { labelOn } from '../../../shared/time/names';
import { dispatch, useEditor } from '../store/editor';
import { CheckField, DateField, SelectField, TextField } from './fields';

/** Every field of the selected reporting line. */
export function LinePanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const line = model.reportingLines.get(id);
  if (!line) return null;
  const update = (changes: Partial<ReportingLine>) => dispatch({ type: 'updateReportingLine', id: line.id, changes });
  const name = (b: string) => {
    const body = model.bodies.get(b);
    return body ? labelOn(body, asOf) : b;
  };
  return (
    <div className="line-editor">
      <h2>
        {t('line.title')}: {name(line.from)} → {name(line.to)}
      </h2>
      <SelectField<LineKind> label={t('body.kind')} value={line.kind} options={LINE_KINDS.map((k) => ({ value: k, label: t(`lineKinds.${k}`) }))} onCommit={(v) => update({ kind: v })} />
      <TextField label={t('line.frequency')} value={line.frequency} onCommit={(v) => update({ frequency: v })} />
      <TextField label={t('line.form')} value={line.form} onCommit={(v) => update({ form: v })} />
      <SelectField<Documented> label={t('line.documented')} value={line.documented} options={DOCUMENTED.map((d) => ({ value: d, label: t(`documented.${d}`) }))} onCommit={(v) => update({ documented: v })} />
      <CheckField label={t('line.primary')} value={line.primary} onCommit={(v) => update({ primary: v })} />
      <div className="field-row">
        <DateField label={t('body.validFrom')} value={line.validFrom} onCommit={(v) => update({ validFrom: v })} />
        <DateField label={t('body.validTo')} value={line.validTo} onCommit={(v) => update({ validTo: v })} />
      </div>
      <TextField label={t('body.notes')} value={line.notes} multiline onCommit={(v) => update({ notes: v })} />
      <button type="button" className="danger" onClick={() => dispatch({ type: 'removeReportingLine', id: line.id })}>
        {t('line.delete')}
      </button>
    </div>
  );
}
