import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../shared/analysis/types';
import type { BodyId, ReportingLineId } from '../../shared/model/ids';
import { isNarrowed, narrowFindings, NO_NARROWING, type Narrowing, type NarrowingContext } from '../../renderer/src/panels/findingsNarrowing';

function makeFinding(key: string, over: { severity?: Severity; bodies?: string[]; lines?: string[]; sv?: string; en?: string } = {}): Finding {
  return {
    rule: 'missing-mandate',
    severity: over.severity ?? 'warning',
    key,
    elements: { bodies: (over.bodies ?? []) as BodyId[], members: [], reportingLines: (over.lines ?? []) as ReportingLineId[], initiatives: [], fundingLines: [] },
    message: { sv: over.sv ?? `Fynd ${key}`, en: over.en ?? `Finding ${key}` },
    fix: { sv: 'Gör något', en: 'Do something' },
  };
}

const NAMES: Record<string, string[]> = { ks: ['Kommunstyrelsen', 'KS'], brå: ['Lokala brottsförebyggande rådet', 'BRÅ', 'Trygghetsrådet'] };
const context = (over: Partial<NarrowingContext> = {}): NarrowingContext => ({
  selectedBodies: new Set(),
  selectedLines: new Set(),
  lang: 'sv',
  bodyNames: (id) => NAMES[id] ?? [],
  ...over,
});
const keys = (fs: readonly Finding[]) => fs.map((f) => f.key);
const narrowing = (over: Partial<Narrowing>): Narrowing => ({ ...NO_NARROWING, ...over });

const findings = [
  makeFinding('a', { bodies: ['ks'], severity: 'error', sv: 'Kommunstyrelsen saknar mandat' }),
  makeFinding('b', { bodies: ['brå', 'ks'], lines: ['l1'], severity: 'warning', sv: 'Rapporten är inte dokumenterad', en: 'The report is not documented' }),
  makeFinding('c', { bodies: [], severity: 'info', sv: 'Anna sitter i sju organ' }),
];

describe('narrowFindings', () => {
  it('keeps everything without a narrowing', () => {
    expect(keys(narrowFindings(findings, NO_NARROWING, context()))).toEqual(['a', 'b', 'c']);
    expect(isNarrowed(narrowing({ text: '   ' }))).toBe(false);
  });

  it('narrows to the findings that involve a selected body', () => {
    expect(keys(narrowFindings(findings, narrowing({ selectionOnly: true }), context({ selectedBodies: new Set(['brå']) })))).toEqual(['b']);
  });

  it('narrows to the findings that involve a selected line', () => {
    expect(keys(narrowFindings(findings, narrowing({ selectionOnly: true }), context({ selectedLines: new Set(['l1']) })))).toEqual(['b']);
  });

  it('keeps none for the selection when nothing is selected', () => {
    expect(narrowFindings(findings, narrowing({ selectionOnly: true }), context())).toEqual([]);
  });

  it('searches the message in the language shown, case-insensitively', () => {
    expect(keys(narrowFindings(findings, narrowing({ text: 'DOKUMENTERAD' }), context()))).toEqual(['b']);
    expect(keys(narrowFindings(findings, narrowing({ text: 'documented' }), context()))).toEqual([]);
    expect(keys(narrowFindings(findings, narrowing({ text: 'documented' }), context({ lang: 'en' })))).toEqual(['b']);
  });

  it('searches the names of the bodies a finding involves, every word', () => {
    expect(keys(narrowFindings(findings, narrowing({ text: 'brå' }), context()))).toEqual(['b']);
    expect(keys(narrowFindings(findings, narrowing({ text: 'ks rapporten' }), context()))).toEqual(['b']);
  });

  it('narrows to a severity, and combines the conditions', () => {
    expect(keys(narrowFindings(findings, narrowing({ severity: 'info' }), context()))).toEqual(['c']);
    expect(keys(narrowFindings(findings, narrowing({ severity: 'error', selectionOnly: true }), context({ selectedBodies: new Set(['ks']) })))).toEqual(['a']);
    expect(keys(narrowFindings(findings, narrowing({ severity: 'error', text: 'brå' }), context()))).toEqual([]);
  });
});
