import { describe, expect, it } from 'vitest';
import { initialChoices, requestOf } from '../../renderer/src/export/exportSettings';

describe('the Export dialog’s print choices in the request', () => {
  const base = { ...initialChoices('sv', ['political', 'administrative', 'operative', 'external']) };

  it('starts as the map is drawn: canvas places, one page, no decided-by lines, no body pages', () => {
    const r = requestOf(base, '2024-01-01', [], '2024-01-02', '');
    expect(r.arrangement).toBeUndefined();
    expect(r.tiles).toBeUndefined();
    expect(r.decidedBy).toBeUndefined();
    expect(r.bodyPages).toBeUndefined();
  });

  it('asks for a poster only of a PDF, and for body pages only of a PDF or the Word report', () => {
    const chosen = { ...base, arrangement: 'layered' as const, tiles: 'a3' as const, decidedBy: true, bodyPages: true };
    const pdf = requestOf({ ...chosen, format: 'pdf' }, '2024-01-01', [], '2024-01-02', '');
    expect([pdf.arrangement, pdf.tiles, pdf.decidedBy, pdf.bodyPages]).toEqual(['layered', 'a3', true, true]);
    const docx = requestOf({ ...chosen, format: 'docx' }, '2024-01-01', [], '2024-01-02', '');
    expect([docx.tiles, docx.bodyPages]).toEqual([undefined, true]);
    const svg = requestOf({ ...chosen, format: 'svg' }, '2024-01-01', [], '2024-01-02', '');
    expect([svg.arrangement, svg.tiles, svg.decidedBy, svg.bodyPages]).toEqual(['layered', undefined, true, undefined]);
  });
});
