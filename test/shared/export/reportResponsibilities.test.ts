import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/export/report';
import { restoreText } from '../../../shared/file/restore';
import type { MandatModel } from '../../../shared/model/types';
import { convertWithLibreOffice, pdfPageSizes, pdfText } from './libreoffice';

function sample(): MandatModel {
  const r = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message.en);
  return r.model;
}

describe('the Word report’s responsibility chapter in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-raci-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the sample’s matrix on a landscape page, with the measures, in Swedish and English', { timeout: 300_000 }, async () => {
    for (const lang of ['sv', 'en'] as const) {
      const file = join(dir, `ansvar-${lang}.docx`);
      writeFileSync(file, await buildReport(sample(), { asOf: '2022-06-01', lang, date: '2022-06-01', findings: false }));
      const pdf = await convertWithLibreOffice(file, 'pdf', dir);
      const pages = pdfText(pdf).split('\f');
      const sizes = pdfPageSizes(pdf);
      // The chapter's page, not the contents that name it.
      const at = pages.findIndex((p) => p.includes(lang === 'sv' ? 'Ansvar och rollklarhet' : 'Responsibilities and role clarity') && p.includes('Driva satsningen'));
      expect(at, lang).toBeGreaterThan(0);
      const page = pages[at] as string;
      // The matrix page: landscape, the tasks as rows and the roles in the language's letters.
      expect(Math.round(sizes[at]?.width ?? 0)).toBe(842);
      expect(page).toContain('Driva satsningen Trygga unga');
      expect(page).toContain('Följa upp Trygga unga');
      expect(page).toContain(lang === 'sv' ? 'UA' : 'RA');
      const rest = pages.slice(at).join('\n');
      expect(rest).toContain(lang === 'sv' ? '2 av 4 uppgifter har tydligt ansvar' : '2 of 4 tasks have clear responsibility');
    }
  });
});
