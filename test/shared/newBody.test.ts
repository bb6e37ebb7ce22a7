import { describe, expect, it } from 'vitest';
import { newBodyDefaults } from '../../shared/commands/newBody';
import { BODY_KINDS } from '../../shared/model/vocabulary';
import { makeBody } from '../factories';

describe('the defaults of a new body', () => {
  it('makes an assembly, an executive board and a committee accountable and political, and nothing else accountable', () => {
    const accountable = BODY_KINDS.filter((k) => newBodyDefaults([], k, 'sv').accountable);
    expect(accountable).toEqual(['assembly', 'executive_board', 'committee']);
    for (const k of accountable) expect(newBodyDefaults([], k, 'sv').level).toBe('political');
    expect(newBodyDefaults([], 'steering_group', 'sv')).toMatchObject({ level: 'administrative', accountable: false });
  });

  it("names the first body of a kind by the kind's name, in the interface language", () => {
    expect(newBodyDefaults([], 'executive_board', 'sv').name).toBe('Kommunstyrelse');
    expect(newBodyDefaults([], 'executive_board', 'en').name).toBe('Executive board');
    // A body of another kind does not count.
    expect(newBodyDefaults([makeBody('a', { kind: 'council', name: 'Råd' })], 'steering_group', 'sv').name).toBe('Styrgrupp');
  });

  it('numbers later bodies of the kind from 2, skipping names already in use', () => {
    const one = [makeBody('a', { kind: 'steering_group', name: 'Styrgrupp trygghet' })];
    expect(newBodyDefaults(one, 'steering_group', 'sv').name).toBe('Styrgrupp 2');
    const two = [...one, makeBody('b', { kind: 'working_group', name: 'styrgrupp 2' })];
    expect(newBodyDefaults(two, 'steering_group', 'sv').name).toBe('Styrgrupp 3');
  });

  it("does not reuse the kind's name when another body already has it", () => {
    const taken = [makeBody('a', { kind: 'working_group', name: 'Ledningsgrupp' })];
    expect(newBodyDefaults(taken, 'management_group', 'sv').name).toBe('Ledningsgrupp 2');
  });
});
