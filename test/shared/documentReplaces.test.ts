/**
 * A document's `replaces` field: the checks that look for a successor read it (and fall back
 * to the match by kind and title only in maps where no document names what it replaces), the
 * commands clear it when the replaced document is removed, the workbook carries it in the
 * column "Ersätter", restore refuses one that points nowhere or at itself.
 */
import { describe, expect, it } from 'vitest';
import { agreementExpiredRule } from '../../shared/analysis/rules/agreementExpired';
import { documentLapsedRule } from '../../shared/analysis/rules/documentLapsed';
import { applyCommand } from '../../shared/commands/apply';
import { createUndoManager } from '../../shared/commands/undo';
import { FILE_VERSION } from '../../shared/file/format';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { DocumentId } from '../../shared/model/ids';
import { modelToSheets, sheetsToModel } from '../../shared/workbook';
import { makeDocument, makeModel } from '../factories';
import { keys, run } from './rules/helpers';

const did = (id: string) => id as DocumentId;
/** "Trygghetsplan 2018–2021", ended; a differently titled programme after it; neither matches the other by title. */
const old = makeDocument('old', { kind: 'plan_programme', title: 'Trygghetsplan 2018–2021', validFrom: '2018-01-01', validTo: '2021-12-31' });
const next = (over = {}) => makeDocument('new', { kind: 'plan_programme', title: 'Program för trygghet och inkludering', validFrom: '2022-01-01', replaces: did('old'), ...over });

describe('document-lapsed with replaces', () => {
  it('is quiet for an ended document that a document in force replaces, whatever its title', () => {
    expect(run(documentLapsedRule, makeModel({ documents: [old, next()] }), '2022-06-01')).toEqual([]);
    // Without the field the titles do not match, so the same map is flagged.
    expect(keys(run(documentLapsedRule, makeModel({ documents: [old, next({ replaces: null })] }), '2022-06-01'))).toEqual(['document-lapsed:old']);
  });

  it('flags an ended document whose replacement is not yet in force (a gap)', () => {
    const late = next({ validFrom: '2023-01-01' });
    expect(keys(run(documentLapsedRule, makeModel({ documents: [old, late] }), '2022-06-01'))).toEqual(['document-lapsed:old']);
  });

  it('counts a replacement that has itself ended: that one is flagged instead', () => {
    const ended = next({ validTo: '2022-12-31' });
    expect(keys(run(documentLapsedRule, makeModel({ documents: [old, ended] }), '2023-06-01'))).toEqual(['document-lapsed:new']);
  });

  it('leaves the match by kind and title aside in a map that names what documents replace', () => {
    const plan2021 = makeDocument('a', { kind: 'plan_programme', title: 'Årsplan 2021', validFrom: '2021-01-01', validTo: '2021-12-31' });
    const plan2022 = makeDocument('b', { kind: 'plan_programme', title: 'Årsplan 2022', validFrom: '2022-01-01', validTo: '2022-12-31' });
    const map = (extra: ReturnType<typeof makeDocument>[]) => makeModel({ documents: [plan2021, plan2022, ...extra] });
    // Alone, Årsplan 2022 follows Årsplan 2021 by title.
    expect(keys(run(documentLapsedRule, map([]), '2022-06-01'))).toEqual([]);
    // Once another pair uses `replaces`, Årsplan 2021 needs its own.
    expect(keys(run(documentLapsedRule, map([old, next()]), '2022-06-01'))).toEqual(['document-lapsed:a']);
    const linked = makeDocument('b', { ...plan2022, replaces: did('a') });
    expect(keys(run(documentLapsedRule, makeModel({ documents: [plan2021, linked, old, next()] }), '2022-06-01'))).toEqual([]);
  });

  it('is quiet past the review date when a document in force replaces it, and flags it when none does', () => {
    const running = makeDocument('old', { kind: 'plan_programme', title: 'Trygghetsplan', validFrom: '2018-01-01', reviewBy: '2021-12-31' });
    expect(run(documentLapsedRule, makeModel({ documents: [running, next()] }), '2022-06-01')).toEqual([]);
    expect(keys(run(documentLapsedRule, makeModel({ documents: [running, next({ validFrom: '2023-01-01' })] }), '2022-06-01'))).toEqual(['document-lapsed:old']);
  });
});

describe('agreement-expired with replaces', () => {
  const agreement = (id: string, over = {}) => makeDocument(id, { kind: 'cooperation_agreement', validFrom: '2020-01-01', validTo: '2021-12-31', ...over });
  it('is quiet for an expired agreement that an agreement in force replaces, flags it when the new one starts later', () => {
    const renewed = agreement('b', { validFrom: '2022-01-01', validTo: '2025-12-31', replaces: did('a') });
    expect(run(agreementExpiredRule, makeModel({ documents: [agreement('a'), renewed] }), '2022-06-01')).toEqual([]);
    const late = agreement('b', { validFrom: '2023-01-01', validTo: '2025-12-31', replaces: did('a') });
    expect(keys(run(agreementExpiredRule, makeModel({ documents: [agreement('a'), late] }), '2022-06-01'))).toEqual(['agreement-expired:a']);
  });
});

describe('the replaces field through the map', () => {
  it('is cleared when the replaced document is removed, and undo brings it back', () => {
    const doc = createMapDocument(makeModel({ documents: [old, next()] }));
    const undo = createUndoManager(doc);
    expect(applyCommand(doc, { type: 'removeDocument', id: did('old') }).ok).toBe(true);
    expect(readModel(doc).documents.get('new')?.replaces).toBeNull();
    undo.undo();
    expect(readModel(doc).documents.get('new')?.replaces).toBe('old');
  });

  it('is refused pointing at the document itself, by a command and by restore', () => {
    const doc = createMapDocument(makeModel({ documents: [old] }));
    const r = applyCommand(doc, { type: 'updateDocument', id: did('old'), changes: { replaces: did('old') } });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['document-replaces-itself']);
    const file = { format: 'mandat', version: FILE_VERSION, documents: [{ id: 'd', title: 'D', replaces: 'd' }] };
    const back = restore(file);
    expect(back.ok ? [] : back.error.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['document-replaces-itself documents[0].replaces']);
  });

  it('opens a file without the field as replacing nothing, and refuses one pointing nowhere', () => {
    const r = restore({ format: 'mandat', version: FILE_VERSION, documents: [{ id: 'd', title: 'D' }] });
    expect(r.ok && r.model.documents.get('d')?.replaces).toBeNull();
    const bad = restore({ format: 'mandat', version: FILE_VERSION, documents: [{ id: 'd', title: 'D', replaces: 'gone' }] });
    expect(bad.ok ? [] : bad.error.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['dangling-reference documents[0].replaces']);
  });

  it('goes through save and open, and through the workbook as "Ersätter" with Swedish headers and kinds', () => {
    const model = makeModel({ documents: [old, next()] });
    const saved = restore(plainFile(model));
    expect(saved.ok && saved.model).toEqual(model);
    const sheets = modelToSheets(model, 'sv');
    expect(sheets.Styrdokument?.[0]).toContain('Ersätter');
    const back = sheetsToModel(sheets);
    expect(back.ok ? back.model : back.errors).toEqual(model);
    const swedish = sheetsToModel({
      Organ: [['id', 'Namn', 'Slag'], ['ks', 'Kommunstyrelsen', 'Kommunstyrelse']],
      Styrdokument: [
        ['id', 'Titel', 'Slag', 'Ersätter'],
        ['p1', 'Plan 2018–2021', 'plan', ''],
        ['p2', 'Program 2022', 'program', 'p1'],
      ],
    });
    expect(swedish.ok ? swedish.model.documents.get('p2')?.replaces : swedish.errors).toBe('p1');
  });
});
