import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportOptions } from '../../../shared/export/report';
import type { BodyId } from '../../../shared/model/ids';
import { makeAccountable, makeDocument, makeModel } from '../../factories';

const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({ asOf: '2024-06-01', lang: 'sv', date: '2024-06-02', findings: false, ...over });

/** The document's text, one paragraph a line. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
}

describe("the Word report's law requirements", () => {
  const model = makeModel({
    bodies: [makeAccountable('ks')],
    documents: [makeDocument('lb', { title: 'Lägesbild 2024', kind: 'situational_picture', decidedOn: '2024-02-01' }), makeDocument('ap', { kind: 'action_plan', decidedBy: 'ks' as BodyId, decidedOn: '2024-03-01' })],
  });

  it('lists each requirement with its status, what meets it and its source, and Brå’s five steps', async () => {
    const text = await textOf(await buildReport(model, options()));
    expect(text).toContain('Lagkrav och Brås steg');
    const table = text.slice(text.indexOf('Lagkrav och Brås steg'));
    expect(table).toMatch(/Lägesbild\nUppfyllt\nLägesbild 2024/);
    expect(table).toMatch(/Samordningsfunktion\nSaknas\nInget/);
    expect(table).toContain('Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, 4 §');
    expect(table).toContain('Brås fem steg');
    expect(table).toMatch(/2\. Egen lägesbild\nJa/);
  });

  it('is written in English', async () => {
    const text = await textOf(await buildReport(model, options({ lang: 'en' })));
    expect(text).toMatch(/Situational picture\nMet\nLägesbild 2024/);
    expect(text).toContain('Law requirements and Brå’s steps');
  });

  it('is left out for a map of earlier years without documents, and kept, for information, when it has them', async () => {
    const old = makeModel({ bodies: [makeAccountable('ks')] });
    expect(await textOf(await buildReport(old, options({ asOf: '2022-06-01' })))).not.toContain('Lagkrav');
    const early = await textOf(await buildReport(model, options({ asOf: '2022-06-01' })));
    expect(early).toContain('Lagen gäller från 2023-07-01; före det är tabellen för kännedom.');
  });
});
