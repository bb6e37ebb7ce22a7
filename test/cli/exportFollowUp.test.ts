import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check';
import { runExport } from '../../cli/exportCommand';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');

describe('mandat export --format followup', () => {
  it('writes the follow-up report as a Word document, with the recommendations and their status', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mandat-followup-')), 'uppfoljning.docx');
    await runExport({ file: sample, output: out, format: 'followup', asOf: '2023-06-01', lang: 'sv' });
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Uppföljning av granskningar 2023-06-01');
    expect(xml).toContain('Vidta åtgärder för att stärka politisk uppföljning');
    expect(xml).toContain('Delar delvis');
  });

  it('refuses a format it does not know, naming followup among those it does', async () => {
    await expect(runExport({ file: sample, output: 'x.doc', format: 'uppfoljning', lang: 'sv' })).rejects.toThrow(/followup/);
  });
});

describe('mandat check --format json', () => {
  it('lists the audits on the day checked, each recommendation with its answers, counted stance and actions with their status', async () => {
    const json = JSON.parse((await runCheck({ file: sample, asOf: '2023-06-01', format: 'json', lang: 'en' })).out);
    expect(json.audits.map((a: { id: string }) => a.id)).toEqual(['granskning-2021', 'granskning-2023']);
    const rec4 = json.audits[1].recommendations.find((r: { id: string }) => r.id === 'rek-2023-4');
    expect(rec4.stance).toBe('agrees');
    expect(rec4.actions.map((a: { id: string; status: string; statusLabel: string }) => [a.id, a.status, a.statusLabel])).toEqual([
      ['atg-2023-4a', 'done', 'Done'],
      ['atg-2023-4b', 'in_progress', 'In progress'],
      ['atg-2023-4c', 'in_progress', 'In progress'],
    ]);
    const early = JSON.parse((await runCheck({ file: sample, asOf: '2022-06-01', format: 'json', lang: 'en' })).out);
    expect(early.audits.map((a: { id: string }) => a.id)).toEqual(['granskning-2021']);
  });
});
