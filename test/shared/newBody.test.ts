import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBodyDefaults } from '../../shared/commands/newBody';
import { KIND_LABELS } from '../../shared/export/labels';
import { BODY_KINDS, type BodyKind, type Language } from '../../shared/model/vocabulary';
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

  it('names as if every name were compared, though only names of a fitting length are lower-cased', () => {
    // The former rule, every name lower-cased: what the shortcut must give on any names.
    const reference = (names: readonly { name: string; kind: BodyKind }[], kind: BodyKind, lang: Language): string => {
      const label = KIND_LABELS[kind][lang];
      const taken = new Set(names.map((b) => b.name.trim().toLocaleLowerCase(lang)));
      const free = (name: string): boolean => !taken.has(name.toLocaleLowerCase(lang));
      const same = names.filter((b) => b.kind === kind).length;
      if (same === 0 && free(label)) return label;
      let n = Math.max(2, same + 1);
      while (!free(`${label} ${n}`)) n++;
      return `${label} ${n}`;
    };
    const kind = fc.constantFrom<BodyKind>('steering_group', 'committee', 'working_group');
    // Names near the ones tried: the label in any case, with a number, spaces around, an İ, or something longer.
    const name = fc
      .tuple(kind, fc.constantFrom<Language>('sv', 'en'), fc.integer({ min: 1, max: 6 }), fc.constantFrom('', ' ', '  '), fc.constantFrom('plain', 'upper', 'number', 'long', 'dotted'))
      .map(([k, lang, n, pad, shape]) => {
        const label = KIND_LABELS[k][lang];
        const text = shape === 'upper' ? label.toUpperCase() : shape === 'number' ? `${label} ${n}` : shape === 'long' ? `${label} ${n} för trygghet` : shape === 'dotted' ? `${label.slice(0, -1)}İ` : label;
        return { name: `${pad}${text}${pad}`, kind: k };
      });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), kind, fc.constantFrom<Language>('sv', 'en'), (names, k, lang) => {
        const bodies = names.map((b, i) => makeBody(`b${i}`, b));
        expect(newBodyDefaults(bodies, k, lang).name).toBe(reference(names, k, lang));
      }),
      { numRuns: 300 },
    );
  });
});
