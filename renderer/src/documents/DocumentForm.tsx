import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENTS } from '../../../shared/model/declarations/documents';
import type { GoverningDocument, MandatModel } from '../../../shared/model/types';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/model/vocabulary';
import { DateField, SelectField, TextField } from '../panels/fields';
import { dispatch, useEditor } from '../store/editor';
import { documentChoices } from './documentChoices';
import { selectDocument } from './documentsView';
import { RefListField, type Choice } from './RefListField';
import { bodyIdIn, documentIdIn, idsIn } from '../modelIds';

/**
 * What a document can replace: the other documents of its kind (a new åtgärdsplan replaces
 * the old one, not an agreement), plus the one it names today if its kind has since changed,
 * so the select never shows a value it does not offer.
 */
function replaceable(documents: readonly Choice[], model: MandatModel, d: GoverningDocument): Choice[] {
  return documents.filter((c) => c.value !== d.id && (model.documents.get(c.value)?.kind === d.kind || c.value === d.replaces));
}

/** Areas as one line of text: "Centrum; Årby". */
const splitAreas = (v: string): string[] => v.split(';').map((a) => a.trim()).filter((a) => a !== '');

/**
 * One governing document's form: every field of the declaration, each committed as one
 * command (so undo, redo and a live session carry it) and a refused value shown beside its
 * field in plain words, as the body form does.
 */
export function DocumentForm({ document: d }: { document: GoverningDocument }) {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const choices = useMemo(() => documentChoices(model, asOf), [model, asOf]);
  const update = (changes: Partial<Omit<GoverningDocument, 'id'>>) => dispatch({ type: 'updateDocument', id: d.id, changes });
  const lang = useEditor((s) => s.lang);
  // The declaration's own labels, so the form, the workbook and the model table say the same.
  const label = (field: keyof typeof DOCUMENTS.labels): string => DOCUMENTS.labels[field][lang];
  const none = { value: '', label: t('docPanel.nobody') };
  return (
    <div className="doc-form">
      <TextField label={label('title')} value={d.title} onCommit={(v) => update({ title: v })} />
      <SelectField<DocumentKind> label={label('kind')} value={d.kind} options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`docKinds.${k}`) }))} onCommit={(v) => update({ kind: v })} />
      <h4>{t('docPanel.who')}</h4>
      <SelectField label={label('decidedBy')} value={d.decidedBy ?? ''} options={[none, ...choices.bodies]} onCommit={(v) => update({ decidedBy: bodyIdIn(model, v) })} />
      <TextField label={label('decisionRef')} value={d.decisionRef} placeholder="KS 2024-02-06 § 12" onCommit={(v) => update({ decisionRef: v })} />
      <DateField label={label('decidedOn')} value={d.decidedOn} onCommit={(v) => update({ decidedOn: v })} />
      <RefListField label={label('parties')} value={d.parties} choices={choices.bodies} onCommit={(v) => update({ parties: idsIn(model.bodies, v) })} />
      <RefListField label={label('signatories')} value={d.signatories} choices={choices.members} onCommit={(v) => update({ signatories: idsIn(model.members, v) })} />
      <h4>{t('docPanel.period')}</h4>
      <div className="field-row">
        <DateField label={label('validFrom')} value={d.validFrom} onCommit={(v) => update({ validFrom: v })} />
        <DateField label={label('validTo')} value={d.validTo} onCommit={(v) => update({ validTo: v })} />
      </div>
      <DateField label={label('reviewBy')} value={d.reviewBy} onCommit={(v) => update({ reviewBy: v })} />
      <SelectField
        label={label('parent')}
        value={d.parent ?? ''}
        options={[{ value: '', label: t('docPanel.noDocument') }, ...choices.documents.filter((c) => c.value !== d.id)]}
        onCommit={(v) => update({ parent: documentIdIn(model, v) })}
      />
      <SelectField
        label={label('replaces')}
        value={d.replaces ?? ''}
        options={[{ value: '', label: t('docPanel.noDocument') }, ...replaceable(choices.documents, model, d)]}
        onCommit={(v) => update({ replaces: documentIdIn(model, v) })}
      />
      <h4>{t('docPanel.governs')}</h4>
      <RefListField label={label('governsBodies')} value={d.governsBodies} choices={choices.bodies} onCommit={(v) => update({ governsBodies: idsIn(model.bodies, v) })} />
      <RefListField label={label('governsInitiatives')} value={d.governsInitiatives} choices={choices.initiatives} onCommit={(v) => update({ governsInitiatives: idsIn(model.initiatives, v) })} />
      <RefListField label={label('governsLines')} value={d.governsLines} choices={choices.lines} onCommit={(v) => update({ governsLines: idsIn(model.reportingLines, v) })} />
      <h4>{t('docPanel.where')}</h4>
      <TextField label={label('areas')} hint={t('docPanel.areasHint')} value={d.areas.join('; ')} onCommit={(v) => update({ areas: splitAreas(v) })} />
      <TextField label={label('link')} value={d.link} placeholder="https://…" onCommit={(v) => update({ link: v.trim() })} />
      <TextField label={label('notes')} value={d.notes} multiline onCommit={(v) => update({ notes: v })} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (dispatch({ type: 'removeDocument', id: d.id }).ok) selectDocument(null);
        }}
      >
        {t('docPanel.remove')}
      </button>
    </div>
  );
}
