import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyChanges } from '../../../shared/commands/types';
import type { BodyId, ReportingLineId } from '../../../shared/model/ids';
import type { Body, MandatModel } from '../../../shared/model/types';
import { BODY_KINDS, LEVELS, LINE_KINDS, type BodyKind, type Level, type LineKind } from '../../../shared/model/vocabulary';
import { labelOn, nameOn } from '../../../shared/time/names';
import { showBodyProfile, useBodyFormFor } from '../review/bodyForm';
import { Profile } from '../review/Profile';
import { ReadOnlyWhenReviewing, useMapReadOnly } from '../review/readOnly';
import { dispatch, useEditor } from '../store/editor';
import { CheckField, DateField, Section, SelectField, TextField } from './fields';
import { LinePanel } from './LinePanel';
import { MembersOfBody } from './MembersOfBody';
import { bodyIdIn } from '../modelIds';

/**
 * The selected body: its read-only profile first, every field, its members and its lines
 * after *Redigera* (never where the map is read-only); or the selected line.
 */
export function BodyPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const selected = useEditor((s) => s.selectedBodies);
  const lines = useEditor((s) => s.selectedLines);
  const formFor = useBodyFormFor();
  const readOnly = useMapReadOnly();
  // Another body (or line) opens at the top of the panel, its name in view, not where the last one was scrolled to.
  const shown = selected.length === 1 ? selected[0] : selected.length === 0 && lines.length === 1 ? lines[0] : null;
  useLayoutEffect(() => {
    document.getElementById('panel-body')?.scrollTo({ top: 0 });
  }, [shown]);
  if (selected.length === 0 && lines.length === 1) {
    return (
      <ReadOnlyWhenReviewing>
        <LinePanel id={lines[0] as string} />
      </ReadOnlyWhenReviewing>
    );
  }
  if (selected.length === 0) return <p className="empty">{t(readOnly ? 'body.noneToSee' : 'body.none')}</p>;
  if (selected.length > 1) return <p className="empty">{t('body.several', { count: selected.length })}</p>;
  const body = model.bodies.get(selected[0] as string);
  if (!body) return <p className="empty">{t('body.none')}</p>;
  if (readOnly || formFor !== body.id) return <Profile key={body.id} id={body.id} />;
  return <BodyEditor key={body.id} body={body} model={model} />;
}

function BodyEditor({ body, model }: { body: Body; model: MandatModel }) {
  const { t } = useTranslation();
  const asOf = useEditor((s) => s.asOf);
  const update = (changes: BodyChanges) => dispatch({ type: 'updateBody', id: body.id, changes });
  const others = [...model.bodies.values()].filter((b) => b.id !== body.id).sort((a, b) => labelOn(a, asOf).localeCompare(labelOn(b, asOf), 'sv'));
  const bodyOptions = [{ value: '', label: t('body.noneSelected') }, ...others.map((b) => ({ value: b.id as string, label: labelOn(b, asOf) }))];
  const outgoing = [...model.reportingLines.values()].filter((l) => l.from === body.id);
  const incoming = [...model.reportingLines.values()].filter((l) => l.to === body.id);
  const name = (id: string) => {
    const b = model.bodies.get(id);
    return b ? labelOn(b, asOf) : id;
  };
  const onDate = nameOn(body, asOf);
  return (
    <div className="body-editor">
      <div className="body-form-head">
        <h2>{onDate.name}</h2>
        <button type="button" onClick={showBodyProfile}>
          {t('profile.showProfile')}
        </button>
      </div>
      {/* The Name field holds the latest name; on an earlier date the body was called otherwise. */}
      {onDate.name !== body.name ? <p className="body-form-note">{t('profile.formName', { date: asOf, name: body.name })}</p> : null}
      <TextField label={t('body.name')} value={body.name} onCommit={(v) => update({ name: v })} />
      <TextField label={t('body.shortName')} value={body.shortName} onCommit={(v) => update({ shortName: v })} />
      <SelectField<BodyKind> label={t('body.kind')} value={body.kind} options={BODY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} onCommit={(v) => update({ kind: v })} />
      <SelectField<Level> label={t('body.level')} value={body.level} options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} onCommit={(v) => update({ level: v })} />
      <CheckField label={t('body.accountable')} value={body.accountable} onCommit={(v) => update({ accountable: v })} />
      <SelectField label={t('body.partOf')} value={body.partOf ?? ''} options={bodyOptions} onCommit={(v) => update({ partOf: bodyIdIn(model, v) })} />
      <Section title={t('body.mandate')}>
        <TextField label={t('body.mandateText')} value={body.mandate.text} multiline onCommit={(v) => update({ mandate: { text: v } })} />
        <SelectField
          label={t('body.decidedBy')}
          value={body.mandate.decidedBy ?? ''}
          options={bodyOptions}
          onCommit={(v) => update({ mandate: { decidedBy: bodyIdIn(model, v) } })}
        />
        <TextField label={t('body.decisionRef')} hint={t('body.decisionRefHint')} value={body.mandate.decisionRef} onCommit={(v) => update({ mandate: { decisionRef: v } })} />
        <TextField
          label={t('body.required')}
          multiline
          value={body.mandate.requiredMembers.join('\n')}
          onCommit={(v) => update({ mandate: { requiredMembers: v.split('\n').map((x) => x.trim()).filter(Boolean) } })}
        />
      </Section>
      <TextField label={t('body.meets')} value={body.meets} onCommit={(v) => update({ meets: v })} />
      <div className="field-row">
        <DateField label={t('body.validFrom')} value={body.validFrom} onCommit={(v) => update({ validFrom: v })} />
        <DateField label={t('body.validTo')} value={body.validTo} onCommit={(v) => update({ validTo: v })} />
      </div>
      <TextField
        label={t('body.formerNames')}
        hint={t('body.formerNamesHint')}
        multiline
        value={body.formerNames.map((f) => [f.name, f.shortName, f.validTo].join(' | ')).join('\n')}
        onCommit={(v) => update({ formerNames: parseFormerNames(v) })}
      />
      <TextField label={t('body.notes')} value={body.notes} multiline onCommit={(v) => update({ notes: v })} />
      <MembersOfBody body={body} />
      <Section title={t('body.lines')}>
        <LineList title={t('body.outgoing')} lines={outgoing.map((l) => ({ id: l.id, label: `${t(`lineKinds.${l.kind}`)} ${name(l.to)}` }))} />
        <LineList title={t('body.incoming')} lines={incoming.map((l) => ({ id: l.id, label: `${name(l.from)} – ${t(`lineKinds.${l.kind}`).toLowerCase()}` }))} />
        <AddLine from={body.id} options={bodyOptions.slice(1)} />
      </Section>
      <button type="button" className="danger" onClick={() => dispatch({ type: 'removeBody', id: body.id })}>
        {t('body.delete')}
      </button>
    </div>
  );
}

function LineList({ title, lines }: { title: string; lines: { id: ReportingLineId; label: string }[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="line-list">
        {lines.map((l) => (
          <li key={l.id}>
            {l.label}{' '}
            <button type="button" className="link" aria-label={`${t('line.delete')}: ${l.label}`} onClick={() => dispatch({ type: 'removeReportingLine', id: l.id })}>
              {t('line.delete')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A new reporting line from this body, without the mouse. */
function AddLine({ from, options }: { from: BodyId; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [to, setTo] = useState(options[0]?.value ?? '');
  const [kind, setKind] = useState<LineKind>('reports_to');
  if (options.length === 0) return null;
  return (
    <form
      className="add-line"
      onSubmit={(e) => {
        e.preventDefault();
        const target = bodyIdIn(useEditor.getState().model, to);
        if (target) dispatch({ type: 'connectReport', line: { from, to: target, kind } });
      }}
    >
      <label>
        {t('line.addTo')}
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('body.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as LineKind)}>
          {LINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`lineKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('line.add')}</button>
    </form>
  );
}

/** Former names typed one per line as `name | short name | last day` (the short name may be left out). */
export function parseFormerNames(text: string): Body['formerNames'] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts.some((p) => p !== ''))
    .map((parts) => (parts.length === 2 ? { name: parts[0] ?? '', shortName: '', validTo: parts[1] ?? '' } : { name: parts[0] ?? '', shortName: parts[1] ?? '', validTo: parts[2] ?? '' }));
}
