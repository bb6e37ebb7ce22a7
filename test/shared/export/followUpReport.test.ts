import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFollowUpReport, changesSince } from '../../../shared/export/followUpReport';
import { restoreText } from '../../../shared/file/restore';
import type { MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeAction, makeAnswer, makeAudit, makeModel, makeRecommendation } from '../../factories';
import { convertWithLibreOffice } from './libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'followup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sample(): MandatModel {
  const r = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message.en);
  return r.model;
}

/** The report's text as LibreOffice reads it: the test fails if LibreOffice cannot open the file. */
async function textOf(bytes: Uint8Array, name: string): Promise<string> {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const txt = await convertWithLibreOffice(file, 'txt:Text (encoded):UTF8', dir);
  return readFileSync(txt, 'utf8');
}

describe('the changes since an audit', () => {
  it('compare the map on the audit’s date with the report’s date: the council ended, the beredning came', () => {
    const groups = changesSince(sample(), '2021-09-26', '2023-06-01', 'sv');
    const bodies = groups.find((g) => g.group === 'Organ');
    expect(bodies?.lines.some((l) => l.includes('Trygghetsberedningen') && l.includes('tillkommit'))).toBe(true);
    expect(bodies?.lines.some((l) => l.includes('Lokala brottsförebyggande rådet') && l.includes('finns inte längre'))).toBe(true);
    expect(changesSince(sample(), '2023-02-21', '2023-06-01', 'sv')).toEqual([]);
    expect(changesSince(sample(), '2023-06-01', '2021-09-26', 'sv')).toEqual([]);
  });
});

describe('the follow-up report', () => {
  it('opens in LibreOffice with each audit, its recommendations, KS answers, actions with status on the date and the repeat finding', async () => {
    const text = await textOf(await buildFollowUpReport(sample(), { asOf: '2023-06-01', lang: 'sv' }), 'sample-sv');
    expect(text).toContain('Uppföljning av granskningar 2023-06-01');
    expect(text).toContain('Granskning av kommunens arbete med trygghet (2021-09-26)');
    expect(text).toContain('Granskning av styrning och uppföljning av trygghetsprojekt (2023-02-21)');
    expect(text).toContain('Delar delvis. Kommunledningskontoret delar delvis rekommendationen');
    expect(text).toContain('Inget svar registrerat');
    expect(text).toContain('Inrätta Trygghetsberedningen under kommunstyrelsen');
    expect(text).toMatch(/Status 2023-06-01[\s\S]*Klar/);
    expect(text).toContain('Upprepade iakttagelser');
    expect(text).toMatch(/Rekommendationen "Vidareutveckla metoderna[^\n]*fanns kvar vid Granskning av styrning/);
    // Nothing changed in the organisation between the 2023 audit (2023-02-21) and 2023-06-01.
    expect(text).toContain('Organisationen är densamma på båda datumen');
  }, 180_000);

  it('lists the changes in the organisation it is given, in English', async () => {
    const model = makeModel({
      bodies: [makeAccountable('ks', { name: 'Executive board', shortName: 'KS' })],
      audits: [makeAudit('au', { title: 'Audit of safety work', date: '2023-02-21' })],
      recommendations: [makeRecommendation('r1', 'au', { text: 'Set target levels', addressedTo: 'ks' as never })],
      answers: [makeAnswer('an', 'r1', { by: 'ks' as never, date: '2023-05-01', stance: 'does_not_agree', decisionRef: 'KS 2023-05-01 § 7' })],
      actions: [makeAction('ac', 'r1', { text: 'Indicators', due: '2023-04-01', statusHistory: [{ status: 'in_progress', date: '2023-03-01' }] })],
    });
    const changes = [{ group: 'Bodies added', lines: ['Trygghetsberedningen (from 2023-01-10)'] }];
    const text = await textOf(await buildFollowUpReport(model, { asOf: '2023-06-01', lang: 'en', changes }), 'small-en');
    expect(text).toContain('Answer (KS, 2023-05-01)');
    expect(text).toContain('Does not agree.');
    expect(text).toContain('Decision: KS 2023-05-01 § 7');
    expect(text).toContain('In progress');
    expect(text).toContain('was due 2023-04-01');
    expect(text).toContain('Changes in the organisation since the audit (2023-02-21 – 2023-06-01)');
    expect(text).toContain('Trygghetsberedningen (from 2023-01-10)');
  }, 180_000);
});
