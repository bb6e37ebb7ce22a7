/** The Word report's Styrdokument chapter: documents in force on the date, by kind, with deciding body, reference, period and review date. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/export/report';
import type { BodyId, MemberId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeCoordination, makeDocument, makeMember, makeModel } from '../../factories';

/** The text of each paragraph of the report's body, in order. */
async function texts(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** The paragraphs from the chapter's heading to the next chapter, the law requirements (the findings are left out in these reports). */
function chapter(all: readonly string[], title: string): string[] {
  const from = all.lastIndexOf(title);
  expect(from).toBeGreaterThanOrEqual(0);
  const next = all.findIndex((t, i) => i > from && (t === 'Lagkrav och Brås steg' || t === 'Law requirements and Brå’s steps'));
  return all.slice(from, next < 0 ? undefined : next);
}

const ks = makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' });
const model = makeModel({
  bodies: [ks, makeBody('rad', { name: 'Brottsförebyggande rådet', shortName: '' })],
  members: [makeMember('sam', { name: 'Samordnaren' })],
  documents: [
    makeDocument('lb', { title: 'Lägesbild 2024', kind: 'situational_picture', decidedBy: ks.id, decisionRef: 'KS 2024-02-06 § 12', validFrom: '2024-02-06', validTo: '2025-12-31', reviewBy: '2024-06-30' }),
    makeDocument('ap', { title: 'Åtgärdsplan 2024–2026', kind: 'action_plan', validFrom: '2024-03-01' }),
    makeDocument('old', { title: 'Plan för trygghet 2018–2023', kind: 'plan_programme', decidedBy: ks.id, validFrom: '2018-01-01', validTo: '2023-12-31' }),
  ],
  coordination: [makeCoordination('c1', { member: 'sam' as MemberId, validFrom: '2024-01-01' })],
});

describe('the Styrdokument chapter of the Word report', () => {
  it('lists the documents in force by kind with body, reference, period and a passed review date, then the coordination function', async () => {
    const part = chapter(await texts(await buildReport(model, { asOf: '2024-09-01', lang: 'sv', date: '2024-09-01', findings: false })), 'Styrdokument');
    expect(part).toContain('Lägesbild');
    expect(part).toContain('Åtgärdsplan');
    expect(part.indexOf('Lägesbild')).toBeLessThan(part.indexOf('Åtgärdsplan'));
    expect(part).toContain('Kommunstyrelsen (KS)');
    expect(part).toContain('KS 2024-02-06 § 12');
    expect(part).toContain('2024-02-06 – 2025-12-31');
    expect(part).toContain('2024-06-30 (passerat)');
    // The action plan has neither body nor reference: both say so.
    expect(part.filter((t) => t === 'Saknas')).toHaveLength(2);
    expect(part).not.toContain('Plan för trygghet 2018–2023');
    expect(part).toContain('Samordnaren (från 2024-01-01)');
  });

  it('follows the date: in 2020 only the old plan is in force and no one coordinates', async () => {
    const part = chapter(await texts(await buildReport(model, { asOf: '2020-05-01', lang: 'en', date: '2020-05-01', findings: false })), 'Governing documents');
    expect(part).toContain('Plan för trygghet 2018–2023');
    expect(part).not.toContain('Lägesbild 2024');
    expect(part).toContain('No coordination function is given on the date.');
  });

  it('is left out of the report of a map that records no documents, which stays as it was', async () => {
    const bare = makeModel({ bodies: [ks, makeBody('b', { partOf: 'ks' as BodyId })] });
    expect(await texts(await buildReport(bare, { asOf: '2024-09-01', lang: 'sv', date: '2024-09-01', findings: false }))).not.toContain('Styrdokument');
  });
});
