import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/export/report';
import { makeAccountable, makeBody, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

interface Para {
  readonly style: string;
  readonly text: string;
}

/** The style and text of each paragraph of the report's body, in order. */
async function paragraphs(bytes: Uint8Array): Promise<Para[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** The texts from a body's heading up to the next heading of that level. */
function sectionOf(paras: readonly Para[], heading: string): string[] {
  const from = paras.findIndex((p) => p.style === 'Heading2' && p.text === heading);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = paras.findIndex((p, i) => i > from && (p.style === 'Heading2' || p.style === 'Heading1'));
  return paras.slice(from, to < 0 ? undefined : to).map((p) => p.text);
}

describe('the bodies of the Word report', () => {
  const model = makeModel({
    bodies: [makeAccountable('ks', { name: 'Alfa', shortName: '' }), makeBody('b', { name: 'Beta', shortName: '' }), makeBody('c', { name: 'Ceta', shortName: '' }), makeBody('d', { name: 'Delta', shortName: '' })],
    members: [makeMember('m1', { name: 'Örjan' }), makeMember('m2', { name: 'Åsa' }), makeMember('m3', { name: 'Adam' }), makeMember('m4', { name: 'Gone' })],
    memberships: [
      makeMembership('m1', 'b', { role: 'member' }),
      makeMembership('m2', 'b', { role: 'member' }),
      makeMembership('m3', 'b', { role: 'secretary' }),
      makeMembership('m2', 'c', { role: 'chair' }),
      makeMembership('m4', 'b', { role: 'chair', validTo: '2020-01-01' }),
    ],
    lines: [makeLine('b', 'd'), makeLine('b', 'ks'), makeLine('c', 'b'), makeLine('b', 'c', { validTo: '2020-01-01' })],
  });

  it("lists each body's own members on the date, by role and then by Swedish name order, and its own lines by the other end's name", async () => {
    const texts = await paragraphs(await buildReport(model, { asOf: '2024-01-01', lang: 'sv', date: '2024-01-01', findings: false }));
    const beta = sectionOf(texts, 'Beta');
    // Swedish order puts Å before Ö; the secretary comes after the members; the seat that ended in 2020 is gone.
    const names = beta.filter((t) => ['Örjan', 'Åsa', 'Adam', 'Gone'].includes(t));
    expect(names).toEqual(['Åsa', 'Örjan', 'Adam']);
    const out = beta.slice(beta.indexOf('Rapporterar till'), beta.indexOf('Tar emot rapportering från'));
    expect(out.filter((t) => ['Alfa', 'Ceta', 'Delta'].includes(t))).toEqual(['Alfa', 'Delta']);
    const into = beta.slice(beta.indexOf('Tar emot rapportering från'));
    expect(into.filter((t) => ['Alfa', 'Ceta', 'Delta'].includes(t))).toEqual(['Ceta']);
    const ceta = sectionOf(texts, 'Ceta');
    expect(ceta.filter((t) => ['Örjan', 'Åsa', 'Adam'].includes(t))).toEqual(['Åsa']);
  });
});
