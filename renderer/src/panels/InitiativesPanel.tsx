import { useTranslation } from 'react-i18next';
import type { FundingLine, Initiative, MandatModel } from '../../../shared/model/types';
import { labelOn } from '../../../shared/time/names';
import { dispatch, useEditor } from '../store/editor';
import { DateField, SelectField, TextField } from './fields';
import { bodyIdIn } from '../modelIds';

/** Initiatives with their responsible and executing bodies, targets and funding. */
export function InitiativesPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const initiatives = [...model.initiatives.values()];
  return (
    <div className="initiatives">
      {initiatives.length === 0 ? <p className="empty">{t('initiatives.none')}</p> : null}
      {initiatives.map((i) => (
        <InitiativeEditor key={i.id} initiative={i} model={model} />
      ))}
      <button type="button" onClick={() => dispatch({ type: 'addInitiative', initiative: { name: t('initiatives.newName') } })}>
        {t('initiatives.add')}
      </button>
    </div>
  );
}

function InitiativeEditor({ initiative: i, model }: { initiative: Initiative; model: MandatModel }) {
  const { t } = useTranslation();
  const asOf = useEditor((s) => s.asOf);
  const update = (changes: Partial<Initiative>) => dispatch({ type: 'updateInitiative', id: i.id, changes });
  const bodies = [...model.bodies.values()].sort((a, b) => labelOn(a, asOf).localeCompare(labelOn(b, asOf), 'sv'));
  const options = bodies.map((b) => ({ value: b.id as string, label: labelOn(b, asOf) }));
  const funding = [...model.fundingLines.values()].filter((f) => f.initiative === i.id).sort((a, b) => a.year - b.year);
  const firstBody = bodies[0]?.id;
  return (
    <details className="initiative">
      <summary>{i.name}</summary>
      <TextField label={t('initiatives.name')} value={i.name} onCommit={(v) => update({ name: v })} />
      <SelectField label={t('initiatives.responsible')} value={i.responsible ?? ''} options={[{ value: '', label: t('body.noneSelected') }, ...options]} onCommit={(v) => update({ responsible: bodyIdIn(model, v) })} />
      <fieldset className="executors">
        <legend>{t('initiatives.executors')}</legend>
        {bodies.map((b) => (
          <label key={b.id} className="check">
            <input
              type="checkbox"
              checked={i.executors.includes(b.id)}
              onChange={(e) => update({ executors: e.target.checked ? [...i.executors, b.id] : i.executors.filter((x) => x !== b.id) })}
            />
            {labelOn(b, asOf)}
          </label>
        ))}
      </fieldset>
      <TextField label={t('initiatives.targets')} value={i.targets} multiline onCommit={(v) => update({ targets: v })} />
      <div className="field-row">
        <DateField label={t('body.validFrom')} value={i.validFrom} onCommit={(v) => update({ validFrom: v })} />
        <DateField label={t('body.validTo')} value={i.validTo} onCommit={(v) => update({ validTo: v })} />
      </div>
      <TextField label={t('body.notes')} value={i.notes} multiline onCommit={(v) => update({ notes: v })} />
      <h4>{t('initiatives.funding')}</h4>
      {funding.map((f) => (
        <FundingRow key={f.id} line={f} options={options} model={model} />
      ))}
      {firstBody ? (
        <button
          type="button"
          onClick={() =>
            dispatch({ type: 'addFunding', funding: { funder: (i.responsible ?? firstBody), receiver: (i.executors[0] ?? firstBody), year: Number(asOf.slice(0, 4)), initiative: i.id, amountSek: null } })
          }
        >
          {t('initiatives.addFunding')}
        </button>
      ) : null}
      <button type="button" className="danger" onClick={() => dispatch({ type: 'removeInitiative', id: i.id })}>
        {t('initiatives.remove')}
      </button>
    </details>
  );
}

function FundingRow({ line: f, options, model }: { line: FundingLine; options: { value: string; label: string }[]; model: MandatModel }) {
  const { t } = useTranslation();
  const update = (changes: Partial<FundingLine>) => dispatch({ type: 'updateFunding', id: f.id, changes });
  const number = (v: string) => (v.trim() === '' ? null : Number(v.replace(/[\s\u00a0]/g, '').replace(',', '.')));
  return (
    <div className="funding-row">
      <SelectField label={t('initiatives.funder')} value={f.funder} options={options} onCommit={(v) => update({ funder: bodyIdIn(model, v) ?? f.funder })} />
      <SelectField label={t('initiatives.receiver')} value={f.receiver} options={options} onCommit={(v) => update({ receiver: bodyIdIn(model, v) ?? f.receiver })} />
      <TextField label={t('initiatives.year')} value={String(f.year)} onCommit={(v) => update({ year: number(v) ?? Number.NaN })} />
      <TextField label={t('initiatives.amount')} value={f.amountSek === null ? '' : String(f.amountSek)} onCommit={(v) => update({ amountSek: number(v) })} />
      <TextField label={t('initiatives.source')} value={f.source} onCommit={(v) => update({ source: v })} />
      <button type="button" className="link" onClick={() => dispatch({ type: 'removeFunding', id: f.id })}>
        {t('initiatives.remove')}
      </button>
    </div>
  );
}
