import { describe, expect, it } from 'vitest';
import { eskilstunaModel } from '../../examples/eskilstuna';
import { neighbourhood } from '../../shared/model/neighbourhood';
import { collectionOf } from '../../shared/model/records';
import { makeBody, makeLine, makeMembership } from '../factories';

describe('a focus view’s neighbourhood', () => {
  it('reaches who a body reports to and who reports to it, one step and two', () => {
    const model = eskilstunaModel();
    const one = neighbourhood(model, 'kftg', '2023-06-01', 1).steps;
    expect(one.get('kftg')).toBe(0);
    expect(one.get('ks')).toBe(1);
    for (const company of ['deab', 'ele', 'esem', 'kfast']) expect(one.get(company), company).toBe(1);
    expect(one.has('kf')).toBe(false);
    const two = neighbourhood(model, 'kftg', '2023-06-01', 2).steps;
    expect(two.get('kf')).toBe(2);
    expect(two.size).toBeGreaterThan(one.size);
  });

  it('links bodies that share a member, and leaves out bodies and lines not valid on the date', () => {
    const base = eskilstunaModel();
    const model = {
      ...base,
      bodies: collectionOf([makeBody('a'), makeBody('b'), makeBody('c'), makeBody('old', { validTo: '2020-01-01' })]),
      reportingLines: collectionOf([makeLine('old', 'a'), makeLine('c', 'a', { validFrom: '2030-01-01' })]),
      memberships: collectionOf([makeMembership('m1', 'a'), makeMembership('m1', 'b')]),
    };
    const steps = neighbourhood(model, 'a', '2024-01-01', 2).steps;
    expect([...steps.keys()].sort()).toEqual(['a', 'b']);
    expect(neighbourhood(model, 'old', '2024-01-01', 2).steps.size).toBe(0);
  });
});
