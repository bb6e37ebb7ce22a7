/**
 * Governing documents and the coordination function through everything a map goes through
 * besides the commands (commandsDocuments.test.ts): restore of old and broken files, the
 * workbook both ways and with Swedish headers, the merge of two copies.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { FILE_VERSION } from '../../shared/file/format';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import { mergeCopies, type MapCopy } from '../../shared/merge';
import { elementLabel } from '../../shared/merge/labels';
import { createMapDocument, documentFromState, readModel, type MapDocument } from '../../shared/model/document';
import type { BodyId, DocumentId, MemberId, ReportingLineId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { modelToSheets, readCsvFiles, sheetsToModel, writeCsvFiles } from '../../shared/workbook';
import { makeAccountable, makeBody, makeCoordination, makeDocument, makeInitiative, makeLine, makeMember, makeModel } from '../factories';

const bid = (id: string) => id as BodyId;

/** A map with an agreement, its yearly plan and a coordination period; every field of the agreement set. */
function model(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' }), makeBody('lpo', { name: 'Lokalpolisområdet', shortName: 'LPO' })],
    members: [makeMember('m', { name: 'Anna Ek' })],
    lines: [makeLine('lpo', 'ks')],
    initiatives: [makeInitiative('i1')],
    documents: [
      makeDocument('agr', {
        title: 'Samverkansöverenskommelse 2024–2027',
        kind: 'cooperation_agreement',
        decidedBy: bid('ks'),
        decisionRef: 'KS 2023-11-06 § 201',
        decidedOn: '2023-11-06',
        validFrom: '2024-01-01',
        validTo: '2027-12-31',
        reviewBy: '2026-06-30',
        parties: [bid('ks'), bid('lpo')],
        signatories: ['m' as MemberId],
        governsBodies: [bid('lpo')],
        governsInitiatives: [makeInitiative('i1').id],
        governsLines: ['line-lpo-ks' as ReportingLineId],
        areas: ['Centrum', 'Årby'],
        link: 'https://example.se/samverkan.pdf',
        notes: 'Undertecknad i december',
      }),
      makeDocument('plan', { title: 'Årsplan 2024', kind: 'yearly_plan', parent: 'agr' as DocumentId }),
    ],
    coordination: [makeCoordination('c1', { member: 'm' as MemberId, validFrom: '2024-01-01' })],
  });
}

/** The file of `model()` as saved, with `documents` replaced. */
function fileWith(documents: unknown[]): Record<string, unknown> {
  return { ...(plainFile(model()) as unknown as Record<string, unknown>), documents };
}
const codes = (r: ReturnType<typeof restore>) => (r.ok ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`));

describe('restore', () => {
  it('opens a file from before documents existed, with none', () => {
    const r = restore({ format: 'mandat', version: FILE_VERSION, bodies: [{ id: 'ks', name: 'KS' }] });
    expect(r.ok && [r.model.documents.size, r.model.coordination.size]).toEqual([0, 0]);
  });

  it('keeps every field of a document and a coordination period through save and open', () => {
    const r = restore(plainFile(model()));
    expect(r.ok && r.model).toEqual(model());
  });

  it('refuses a document whose deciding body does not exist (it is not dropped)', () => {
    expect(codes(restore(fileWith([{ id: 'd', title: 'X', decidedBy: 'nobody' }])))).toEqual(['dangling-reference documents[0].decidedBy']);
    expect(codes(restore(fileWith([{ id: 'd', title: 'X', parties: ['ks', 'nobody'] }])))).toEqual(['dangling-reference documents[0].parties']);
  });

  it('refuses documents under each other in a ring', () => {
    const r = restore(fileWith([
      { id: 'a', title: 'A', parent: 'b' },
      { id: 'b', title: 'B', parent: 'a' },
    ]));
    expect(codes(r)).toEqual(['document-parent-cycle documents[0].parent']);
    expect(codes(restore(fileWith([{ id: 'a', title: 'A', parent: 'a' }])))).toEqual(['document-parent-cycle documents[0].parent']);
  });

  it('refuses a document without a title, and a yearly plan without a parent', () => {
    expect(codes(restore(fileWith([{ id: 'd', title: '' }])))).toEqual(['required documents[0].title']);
    expect(codes(restore(fileWith([{ id: 'd' }])))).toEqual(['required documents[0].title']);
    expect(codes(restore(fileWith([{ id: 'd', title: 'Årsplan', kind: 'yearly_plan' }])))).toEqual(['yearly-plan-without-parent documents[0].parent']);
  });

  it('drops a coordination period whose member is gone, with a repair noted', () => {
    const file = { ...(plainFile(model()) as unknown as Record<string, unknown>), coordination: [{ id: 'c9', member: 'gone' }] };
    const r = restore(file);
    expect(r.ok && [r.model.coordination.size, r.repairs.map((x) => x.code)]).toEqual([0, ['dropped-dangling']]);
  });
});

describe('workbook', () => {
  it('model → sheets → model and → CSV → model give the same map', () => {
    const sheets = modelToSheets(model(), 'sv');
    expect(Object.keys(sheets)).toContain('Styrdokument');
    const back = sheetsToModel(sheets);
    expect(back.ok ? back.model : back.errors).toEqual(model());
    const csv = readCsvFiles(writeCsvFiles(model()));
    expect(csv.ok ? csv.model : csv.errors).toEqual(model());
  });

  it('reads a Styrdokument sheet with Swedish headers, Swedish kinds and bodies by name', () => {
    const r = sheetsToModel({
      Organ: [['id', 'Namn', 'Kortnamn', 'Slag'], ['ks', 'Kommunstyrelsen', 'KS', 'Kommunstyrelse'], ['lpo', 'Lokalpolisområdet', 'LPO', 'extern']],
      Ledamöter: [['id', 'Namn'], ['m', 'Anna Ek']],
      Styrdokument: [
        ['id', 'Titel', 'Slag', 'Beslutad av', 'Beslutsdatum', 'Parter', 'Undertecknare', 'Överordnat dokument', 'Områden', 'Länk'],
        ['agr', 'Samverkansöverenskommelse', 'Samverkansöverenskommelse', 'KS', '2023-11-06', 'KS; Lokalpolisområdet', 'Anna Ek', '', '', 'K:\\Styrdokument\\samverkan.pdf'],
        ['plan', 'Årsplan 2024', 'årsplan', 'KS', '', '', '', 'agr', 'Centrum; Årby', ''],
      ],
      Samordning: [['Ledamot', 'Giltig från'], ['Anna Ek', '2024-01-01']],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.model.documents.get('agr')).toMatchObject({ kind: 'cooperation_agreement', decidedBy: 'ks', decidedOn: '2023-11-06', parties: ['ks', 'lpo'], signatories: ['m'], link: 'K:\\Styrdokument\\samverkan.pdf' });
    expect(r.model.documents.get('plan')).toMatchObject({ kind: 'yearly_plan', parent: 'agr', areas: ['Centrum', 'Årby'] });
    expect([...r.model.coordination.values()].map((c) => [c.member, c.validFrom])).toEqual([['m', '2024-01-01']]);
  });

  it('reports a row that breaks a rule at its sheet and row', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag']], Styrdokument: [['id', 'Titel', 'Slag'], ['p', 'Årsplan', 'årsplan']] });
    expect(r.ok ? [] : r.errors.map((e) => [e.sheet, e.row, e.code])).toEqual([['Styrdokument', 2, 'yearly-plan-without-parent']]);
  });
});

describe('merge', () => {
  const copyOf = (doc: MapDocument): MapCopy => ({ model: readModel(doc), yjsState: Y.encodeStateAsUpdate(doc) });

  it('two copies of one map, each adding a document, merge into a map with both', () => {
    const origin = createMapDocument(model());
    const a = documentFromState(Y.encodeStateAsUpdate(origin));
    const b = documentFromState(Y.encodeStateAsUpdate(origin));
    expect(applyCommand(a, { type: 'addDocument', document: { id: 'pic' as DocumentId, title: 'Lägesbild 2024', kind: 'situational_picture' } }).ok).toBe(true);
    expect(applyCommand(b, { type: 'addDocument', document: { id: 'promise' as DocumentId, title: 'Medborgarlöfte 2024', kind: 'citizen_promise', parties: [bid('lpo')] } }).ok).toBe(true);
    const r = mergeCopies(copyOf(a), copyOf(b));
    expect(r.origin).toBe('shared');
    expect([...r.model.documents.keys()].sort()).toEqual(['agr', 'pic', 'plan', 'promise']);
    expect(r.problems).toEqual([]);
  });

  it('two separate maps with documents merge by id, the document both hold differently a conflict', () => {
    const ours = model();
    const theirs: MandatModel = { ...model(), documents: new Map([['agr', makeDocument('agr', { parent: 'plan' as DocumentId })], ['plan', model().documents.get('plan')!]]) };
    const r = mergeCopies({ model: ours, yjsState: null }, { model: theirs, yjsState: null });
    expect(r.origin).toBe('separate');
    expect(r.conflicts.map((c) => c.id)).toContain('agr');
  });

  it('names a document by its title and a coordination period by who holds it', () => {
    const m = model();
    expect(elementLabel('documents', 'plan', m.documents.get('plan') as never, [m]).en).toBe('"Årsplan 2024"');
    expect(elementLabel('coordination', 'c1', m.coordination.get('c1') as never, [m]).sv).toBe('samordningsfunktion: "Anna Ek"');
  });
});
