import { describe, expect, it } from 'vitest';
import { elements, type Finding, type RuleId, type Severity } from '../../../shared/analysis/types';
import { text } from '../../../shared/i18n/text';
import { documentedPathBodies, hasCompleteMandate, roleClarity } from '../../../shared/export/roleClarity';
import type { BodyId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeLine, makeModel } from '../../factories';

const ON = '2023-06-01';

function finding(rule: RuleId, severity: Severity, key: string): Finding {
  return { rule, severity, key, elements: elements({}), message: text(key, key), fix: text('', '') };
}

describe('roleClarity: complete mandates', () => {
  it('counts a mandate complete only with text, deciding body and decision reference', () => {
    const mandate = { text: 'Leda arbetet', decidedBy: 'ks' as BodyId, decisionRef: 'KS 2018-11-06 § 224', requiredMembers: [] };
    const model = makeModel({
      bodies: [
        makeAccountable('ks', { mandate }),
        makeBody('a', { mandate }),
        makeBody('noText', { mandate: { ...mandate, text: '   ' } }),
        makeBody('noDecider', { mandate: { ...mandate, decidedBy: null } }),
        makeBody('noRef', { mandate: { ...mandate, decisionRef: '' } }),
      ],
    });
    const c = roleClarity(model, ON, []);
    expect(c.bodies).toBe(5);
    expect(c.completeMandate).toBe(2);
    expect(c.completeMandateShare).toBeCloseTo(0.4);
    expect(hasCompleteMandate(model.bodies.get('noRef')!)).toBe(false);
  });

  it('counts only the bodies that exist on the date', () => {
    const model = makeModel({
      bodies: [
        makeBody('now', { mandate: { text: 't', decidedBy: 'x' as BodyId, decisionRef: 'r', requiredMembers: [] } }),
        makeBody('gone', { validTo: '2022-12-31', mandate: { text: 't', decidedBy: 'x' as BodyId, decisionRef: 'r', requiredMembers: [] } }),
        makeBody('later', { validFrom: '2024-01-01' }),
      ],
    });
    const c = roleClarity(model, ON, []);
    expect(c.bodies).toBe(1);
    expect(c.completeMandate).toBe(1);
    expect(c.completeMandateShare).toBe(1);
  });

  it('gives no share (not 0 %) for a map without bodies on the date', () => {
    const c = roleClarity(makeModel({ bodies: [makeBody('old', { validTo: '2020-01-01' })] }), ON, []);
    expect(c).toMatchObject({ bodies: 0, completeMandateShare: null, reportingPathShare: null });
  });
});

describe('roleClarity: documented reporting paths', () => {
  const bodies = [makeAccountable('ks'), makeBody('a'), makeBody('b'), makeBody('c'), makeBody('lone')];

  it('follows documented path lines up to an accountable body, which counts itself', () => {
    const model = makeModel({ bodies, lines: [makeLine('a', 'ks'), makeLine('b', 'a', { kind: 'prepares_for' }), makeLine('c', 'b', { kind: 'followed_up_by' })] });
    expect([...documentedPathBodies(model, ON)].sort()).toEqual(['a', 'b', 'c', 'ks']);
    const c = roleClarity(model, ON, []);
    expect(c.reportingPath).toBe(4);
    expect(c.reportingPathShare).toBeCloseTo(0.8);
  });

  it('breaks the path at a line that is not documented as yes', () => {
    const model = makeModel({ bodies, lines: [makeLine('a', 'ks', { documented: 'unknown' }), makeLine('b', 'ks', { documented: 'no' })] });
    expect(roleClarity(model, ON, []).reportingPath).toBe(1);
  });

  it('does not count "informs", which carries no accountability', () => {
    const model = makeModel({ bodies, lines: [makeLine('a', 'ks', { kind: 'informs' })] });
    expect(documentedPathBodies(model, ON).has('a')).toBe(false);
  });

  it('uses only lines valid on the date and bodies that exist then', () => {
    const model = makeModel({
      bodies: [...bodies, makeBody('dissolved', { validTo: '2022-12-31' })],
      lines: [makeLine('a', 'ks', { validTo: '2022-12-31' }), makeLine('b', 'dissolved'), makeLine('dissolved', 'ks'), makeLine('c', 'ks', { validFrom: '2023-01-01' })],
    });
    expect([...documentedPathBodies(model, ON)].sort()).toEqual(['c', 'ks']);
  });

  it('counts only the bodies in `only`, while paths still run through the others', () => {
    const model = makeModel({ bodies, lines: [makeLine('a', 'b'), makeLine('b', 'ks')] });
    const c = roleClarity(model, ON, [], new Set(['a', 'lone']));
    expect(c).toMatchObject({ bodies: 2, reportingPath: 1, reportingPathShare: 0.5 });
  });
});

describe('roleClarity: findings', () => {
  it('counts overlaps and findings by severity', () => {
    const findings = [
      finding('overlap', 'warning', 'overlap:a|b'),
      finding('overlap', 'warning', 'overlap:b|c'),
      finding('missing-mandate', 'warning', 'missing-mandate:a'),
      finding('reporting-cycle', 'error', 'reporting-cycle:a'),
      finding('no-chair', 'info', 'no-chair:a'),
    ];
    const c = roleClarity(makeModel({ bodies: [makeBody('a')] }), ON, findings);
    expect(c.overlaps).toBe(2);
    expect(c.bySeverity).toEqual({ error: 1, warning: 3, info: 1 });
  });
});
