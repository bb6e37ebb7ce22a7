/**
 * Audits, recommendations, answers and actions through everything a map goes through besides
 * the commands (commandsAudits.test.ts): restore of old and broken files, the workbook both
 * ways and with Swedish headers and words, the merge of two copies.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { FILE_VERSION } from '../../shared/file/format';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import { mergeCopies, type MapCopy } from '../../shared/merge';
import { createMapDocument, documentFromState, readModel, type MapDocument } from '../../shared/model/document';
import type { AnswerId, BodyId, RecommendationId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { modelToSheets, readCsvFiles, sheetsToModel, writeCsvFiles } from '../../shared/workbook';
import { makeAccountable, makeAction, makeAnswer, makeAudit, makeBody, makeModel, makeRecommendation } from '../factories';

const bid = (id: string) => id as BodyId;

function model(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' }), makeBody('tb', { name: 'Trygghetsberedningen' })],
    audits: [makeAudit('au', { title: 'Granskning av styrning', auditor: 'KPMG', forWhom: 'Kommunens revisorer', scope: 'Mandatperiodsprojektet', link: 'https://example.se/r.pdf' })],
    recommendations: [makeRecommendation('r1', 'au', { text: 'Stärk den politiska uppföljningen', addressedTo: bid('ks'), concernsBodies: [bid('tb')], findingKeys: ['missing-report-path:tb'], notes: '[2023 §4]' })],
    answers: [makeAnswer('an1', 'r1', { by: bid('ks'), date: '2023-06-13', stance: 'agrees_in_part', text: 'Delar delvis', decisionRef: 'KS 2023-06-13 § 99' })],
    actions: [
      makeAction('ac1', 'r1', {
        text: 'Ny beredning',
        owner: bid('ks'),
        due: '2023-12-31',
        statusHistory: [
          { status: 'in_progress', date: '2023-01-01' },
          { status: 'done', date: '2023-01-10' },
        ],
        evidence: 'KS 2023-01-10',
      }),
    ],
  });
}

function fileWith(part: Record<string, unknown[]>): Record<string, unknown> {
  return { ...(plainFile(model()) as unknown as Record<string, unknown>), ...part };
}
const codes = (r: ReturnType<typeof restore>) => (r.ok ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`));

describe('restore', () => {
  it('opens a file from before audits existed, with none', () => {
    const r = restore({ format: 'mandat', version: FILE_VERSION, bodies: [{ id: 'ks', name: 'KS' }] });
    expect(r.ok && [r.model.audits.size, r.model.recommendations.size, r.model.answers.size, r.model.actions.size]).toEqual([0, 0, 0, 0]);
    expect(r.ok && r.repairs).toEqual([]);
  });

  it('keeps every field through save and open', () => {
    const r = restore(plainFile(model()));
    expect(r.ok && r.model).toEqual(model());
  });

  it('drops an answer to a recommendation that is not there, with a repair noted', () => {
    const r = restore(fileWith({ answers: [{ id: 'x', recommendation: 'gone', stance: 'agrees' }] }));
    expect(r.ok && [r.model.answers.size, r.repairs.map((x) => x.code)]).toEqual([0, ['dropped-dangling']]);
  });

  it('refuses an action owned by a body that is not there, and a stance it does not know', () => {
    expect(codes(restore(fileWith({ actions: [{ id: 'a', recommendation: 'r1', text: 'x', owner: 'nobody' }] })))).toEqual(['dangling-reference actions[0].owner']);
    expect(codes(restore(fileWith({ answers: [{ id: 'a', recommendation: 'r1', stance: 'perhaps' }] })))).toEqual(['invalid-field answers[0].stance']);
  });
});

describe('workbook', () => {
  it('model → Swedish sheets → model and → CSV → model give the same map', () => {
    const sheets = modelToSheets(model(), 'sv');
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['Granskningar', 'Rekommendationer', 'Svar', 'Åtgärder']));
    const back = sheetsToModel(sheets);
    expect(back.ok ? back.model : back.errors).toEqual(model());
    const csv = readCsvFiles(writeCsvFiles(model()));
    expect(csv.ok ? csv.model : csv.errors).toEqual(model());
  });

  it('reads Swedish headers, Swedish words and bodies by name', () => {
    const r = sheetsToModel({
      Organ: [['id', 'Namn', 'Kortnamn', 'Slag'], ['ks', 'Kommunstyrelsen', 'KS', 'Kommunstyrelse']],
      Granskningar: [['id', 'Titel', 'Datum'], ['g', 'Granskning 2023', '2023-02-21']],
      Rekommendationer: [['id', 'Granskning', 'Rekommendation', 'Riktad till'], ['r', 'g', 'Stärk styrningen', 'KS']],
      Svar: [['Rekommendation', 'Svarande organ', 'Ställningstagande'], ['r', 'KS', 'delar delvis']],
      Åtgärder: [['Rekommendation', 'Åtgärd', 'Ansvarigt organ', 'Status med datum'], ['r', 'Ny beredning', 'Kommunstyrelsen', 'pågår|; klar|2023-01-10']],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect([...r.model.answers.values()].map((a) => [a.by, a.stance])).toEqual([['ks', 'agrees_in_part']]);
    expect([...r.model.actions.values()].map((a) => [a.owner, a.statusHistory])).toEqual([
      ['ks', [{ status: 'in_progress', date: null }, { status: 'done', date: '2023-01-10' }]],
    ]);
  });

  it('says which status cell is wrong and how to write it', () => {
    const r = sheetsToModel({
      Organ: [['id', 'Namn', 'Slag']],
      Granskningar: [['id', 'Titel'], ['g', 'G']],
      Rekommendationer: [['id', 'Granskning', 'Rekommendation'], ['r', 'g', 'R']],
      Åtgärder: [['Rekommendation', 'Åtgärd', 'Status med datum'], ['r', 'A', 'klar']],
    });
    expect(r.ok ? [] : r.errors.map((e) => [e.sheet, e.row, e.code, e.message.sv])).toEqual([
      ['Åtgärder', 2, 'invalid-status', 'status 1 ska skrivas status|ÅÅÅÅ-MM-DD, t.ex. "pågår|2023-06-01" (datumet får lämnas tomt: "pågår|")'],
    ]);
  });
});

describe('merge', () => {
  const copyOf = (doc: MapDocument): MapCopy => ({ model: readModel(doc), yjsState: Y.encodeStateAsUpdate(doc) });

  it('two copies of one map, one answering and one recording an action, merge into a map with both', () => {
    const origin = createMapDocument(model());
    const a = documentFromState(Y.encodeStateAsUpdate(origin));
    const b = documentFromState(Y.encodeStateAsUpdate(origin));
    expect(applyCommand(a, { type: 'addAnswer', answer: { id: 'an2' as AnswerId, recommendation: 'r1' as RecommendationId, stance: 'agrees' } }).ok).toBe(true);
    expect(applyCommand(b, { type: 'addAction', action: { recommendation: 'r1' as RecommendationId, text: 'Indikatorer' } }).ok).toBe(true);
    const r = mergeCopies(copyOf(a), copyOf(b));
    expect([r.model.answers.size, r.model.actions.size]).toEqual([2, 2]);
    expect(r.problems).toEqual([]);
  });
});
