import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAfter, nameHistory, periodOn } from '../../../shared/time/nameHistory';
import { nameOn } from '../../../shared/time/names';
import { makeBody } from '../../factories';

const council = makeBody('bra', {
  name: 'Eskilstunas råd för trygghetsfrämjande arbete',
  shortName: 'Trygghetsrådet',
  validFrom: '2018-11-06',
  validTo: '2023-01-10',
  formerNames: [{ name: 'Lokala brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2022-03-31' }],
});

describe('dayAfter', () => {
  it('steps over the ends of months and years, and leap days', () => {
    expect(dayAfter('2022-03-31')).toBe('2022-04-01');
    expect(dayAfter('2023-12-31')).toBe('2024-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
  });
});

describe('nameHistory', () => {
  it('gives each name of the renamed council with the days it held', () => {
    expect(nameHistory(council)).toEqual([
      { name: 'Lokala brottsförebyggande rådet', shortName: 'BRÅ', from: '2018-11-06', to: '2022-03-31' },
      { name: 'Eskilstunas råd för trygghetsfrämjande arbete', shortName: 'Trygghetsrådet', from: '2022-04-01', to: '2023-01-10' },
    ]);
  });

  it('puts former names in date order whatever order they were written in', () => {
    const body = makeBody('x', {
      name: 'C',
      formerNames: [
        { name: 'B', shortName: '', validTo: '2020-06-30' },
        { name: 'A', shortName: '', validTo: '2010-12-31' },
      ],
    });
    expect(nameHistory(body).map((p) => [p.name, p.from, p.to])).toEqual([
      ['A', null, '2010-12-31'],
      ['B', '2011-01-01', '2020-06-30'],
      ['C', '2020-07-01', null],
    ]);
  });

  it('is the one current name for a body never renamed', () => {
    expect(nameHistory(makeBody('y', { name: 'Y', validFrom: '2020-01-01' }))).toEqual([{ name: 'Y', shortName: 'Y', from: '2020-01-01', to: null }]);
  });

  it('finds the period of a date that nameOn names, on the council', () => {
    const h = nameHistory(council);
    expect(periodOn(h, '2021-09-26')).toBe(0);
    expect(periodOn(h, '2022-03-31')).toBe(0);
    expect(periodOn(h, '2022-04-01')).toBe(1);
    expect(periodOn(h, '2030-01-01')).toBe(1);
  });

  it('agrees with nameOn for any former names and any date', () => {
    const date = fc
      .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const former = fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), shortName: fc.string({ maxLength: 4 }), validTo: date }), { maxLength: 4 });
    fc.assert(
      fc.property(former, date, (formerNames, on) => {
        const body = makeBody('p', { name: 'Now', shortName: 'N', formerNames });
        const h = nameHistory(body);
        const p = h[periodOn(h, on)]!;
        expect({ name: p.name, shortName: p.shortName }).toEqual(nameOn(body, on));
      }),
    );
  });
});
