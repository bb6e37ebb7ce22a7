import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restore } from '../../../shared/file/restore';
import { plainFile } from '../../../shared/file/serialize';
import { emptyModel } from '../../../shared/model/empty';
import type { MandatModel } from '../../../shared/model/types';
import { modelToSheets, readCsvFiles, readXlsx, sheetsToModel, writeCsvFiles, writeXlsx, type WorkbookResult } from '../../../shared/workbook';
import { arbModel } from '../../arbitraries';
import { makeComment, makeView, onBody } from '../../factories';
import type { BodyId } from '../../../shared/model/ids';
import { makeRichModel } from './richModel';

/** A workbook holds no comments (a conversation, not a fact of the map) and no saved views (a way of showing it): they do not survive it. */
const withoutComments = (model: MandatModel): MandatModel => ({ ...model, comments: new Map(), views: new Map() });

function modelOf(result: WorkbookResult): MandatModel {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors, null, 1)}`);
  return result.model;
}

describe('workbook round trip', () => {
  it('the rich model is itself a valid map (so the round trips test something real)', () => {
    const r = restore(plainFile(makeRichModel()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.model).toEqual(makeRichModel());
  });

  it('model → sheets → model gives the same map', () => {
    const model = makeRichModel();
    expect(modelOf(sheetsToModel(modelToSheets(model)))).toEqual(model);
  });

  it('model → xlsx → model gives the same map', async () => {
    const model = makeRichModel();
    expect(modelOf(await readXlsx(await writeXlsx(model)))).toEqual(model);
  });

  it('model → CSV files → model gives the same map', () => {
    const model = makeRichModel();
    expect(modelOf(readCsvFiles(writeCsvFiles(model)))).toEqual(model);
  });

  it('an empty map survives xlsx and CSV', async () => {
    const model = emptyModel({ name: 'Tom' });
    expect(modelOf(await readXlsx(await writeXlsx(model)))).toEqual(model);
    expect(modelOf(readCsvFiles(writeCsvFiles(model)))).toEqual(model);
  });

  it('reads an xlsx given as an ArrayBuffer', async () => {
    const model = makeRichModel();
    const bytes = await writeXlsx(model);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(modelOf(await readXlsx(copy))).toEqual(model);
  });

  it('leaves the comments out: no sheet for them, and an import of the workbook has none', () => {
    const comment = makeComment('c1', { target: onBody('ks'), text: 'Beslutet finns i protokollet' });
    const model = { ...makeRichModel(), comments: new Map([[comment.id, comment]]) };
    const sheets = modelToSheets(model);
    expect(Object.keys(sheets)).toEqual(['Bodies', 'Members', 'Memberships', 'Reporting', 'Initiatives', 'Funding', 'Acknowledgements', 'Documents', 'Coordination', 'Tasks', 'Assignments', 'Audits', 'Recommendations', 'Answers', 'Actions', 'Map']);
    expect(JSON.stringify(sheets)).not.toContain('Beslutet finns i protokollet');
    expect(modelOf(sheetsToModel(sheets))).toEqual(withoutComments(model));
  });

  it('leaves the saved views out: no sheet for them, and an import of the workbook has none', () => {
    const view = makeView('v1', { name: 'Presentationssteg ett', focus: 'ks' as BodyId });
    const model = { ...makeRichModel(), views: new Map([[view.id, view]]) };
    const sheets = modelToSheets(model);
    expect(Object.keys(sheets)).not.toContain('Views');
    expect(JSON.stringify(sheets)).not.toContain('Presentationssteg ett');
    expect(modelOf(sheetsToModel(sheets)).views.size).toBe(0);
  });

  it('any valid map survives sheets and CSV, less its comments and saved views', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        expect(modelOf(sheetsToModel(modelToSheets(model)))).toEqual(withoutComments(model));
        expect(modelOf(readCsvFiles(writeCsvFiles(model)))).toEqual(withoutComments(model));
      }),
      { numRuns: 150 },
    );
  });

  it('any valid map survives Swedish CSV, whose decimals are written with a comma, amounts with öre and thousandths too', () => {
    fc.assert(
      fc.property(arbModel(), fc.array(fc.integer({ min: 0, max: 999_999 }), { minLength: 1 }), (model, thousandths) => {
        // The generated amounts are whole kronor: these have up to three decimals under a thousand (100,125 among them).
        const fundingLines = new Map([...model.fundingLines].map(([id, f], i) => [id, { ...f, amountSek: f.amountSek === null ? null : thousandths[i % thousandths.length]! / 1000 }]));
        const swedish = { ...model, fundingLines, settings: { ...model.settings, language: 'sv' as const } };
        expect(modelOf(readCsvFiles(writeCsvFiles(swedish)))).toEqual(withoutComments(swedish));
      }),
      { numRuns: 100 },
    );
  });

  it('a Swedish CSV writes 12,5 and 0,4 (the decimal sign Excel reads with Swedish regional settings), and 100,1250 for an amount that would read as a thousand', () => {
    const rich = makeRichModel();
    const [body] = [...rich.bodies.values()];
    const [grant] = [...rich.fundingLines.values()];
    const model: MandatModel = {
      ...rich,
      settings: { ...rich.settings, language: 'sv', overlapThreshold: 0.4 },
      bodies: new Map([...rich.bodies].map(([id, b]) => [id, b === body ? { ...b, position: { x: 12.5, y: -3.25 } } : b])),
      fundingLines: new Map([...rich.fundingLines].map(([id, f]) => [id, f === grant ? { ...f, amountSek: 100.125 } : f])),
    };
    const files = writeCsvFiles(model);
    expect(files['Organ.csv']).toContain(';12,5;-3,25');
    expect(files['Finansiering.csv']).toContain(';100,1250;');
    expect(files['Karta.csv']).toMatch(/;0,4\r\n/);
    expect(modelOf(readCsvFiles(files))).toEqual(withoutComments(model));
    // In English, a point.
    expect(writeCsvFiles({ ...model, settings: { ...model.settings, language: 'en' } })['Bodies.csv']).toContain(',12.5,-3.25');
  });

  it('any valid map survives xlsx, less its comments and saved views', async () => {
    await fc.assert(
      fc.asyncProperty(arbModel(), async (model) => {
        expect(modelOf(await readXlsx(await writeXlsx(model)))).toEqual(withoutComments(model));
      }),
      { numRuns: 25 },
    );
  });
});
