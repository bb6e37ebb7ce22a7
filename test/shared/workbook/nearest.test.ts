import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../../shared/workbook/nearest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('styrgrupp', 'styrgrupp')).toBe(0);
    expect(editDistance('styrgrup', 'styrgrupp')).toBe(1);
    expect(editDistance('styrgrupp', 'styrgurpp')).toBe(1);
    expect(editDistance('nämnd', 'namnd')).toBe(1);
    expect(editDistance('', 'råd')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is symmetric', () => {
    const pairs: [string, string][] = [
      ['ledningsgrupp', 'ledningsgrp'],
      ['Kortnamn', 'Kortnman'],
      ['abc', ''],
    ];
    for (const [a, b] of pairs) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});

describe('nearest', () => {
  const kinds = ['styrgrupp', 'ledningsgrupp', 'arbetsgrupp', 'nämnd', 'steering_group'];

  it('finds the closest word, ignoring case and `_` against spaces', () => {
    expect(nearest('Styrgrup', kinds)).toBe('styrgrupp');
    expect(nearest('steering group', ['steering_group', 'working_group'])).toBe('steering_group');
    expect(nearest('ledningsgrp', kinds)).toBe('ledningsgrupp');
  });

  it('suggests nothing when no word is close', () => {
    expect(nearest('kommunfullmäktige', kinds)).toBeNull();
    expect(nearest('', kinds)).toBeNull();
    expect(nearest('xy', ['råd'])).toBeNull();
  });
});
