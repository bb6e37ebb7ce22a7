import { describe, expect, it } from 'vitest';
import { emptyModel } from '../../../shared/model/empty';
import { importSummary } from '../../../shared/workbook';
import { makeBody, makeInitiative, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

describe('importSummary', () => {
  it('counts what came in, in both languages, with singular and plural', () => {
    const model = makeModel({
      bodies: [makeBody('ks'), makeBody('bra')],
      members: [makeMember('m1')],
      memberships: [makeMembership('m1', 'ks'), makeMembership('m1', 'bra')],
      lines: [makeLine('bra', 'ks')],
      initiatives: [makeInitiative('i1')],
    });
    expect(importSummary(model)).toEqual({
      sv: 'Importerade 2 organ, 1 ledamot, 2 medlemskap, 1 rapporteringslinje och 1 satsning.',
      en: 'Imported 2 bodies, 1 member, 2 memberships, 1 reporting line and 1 initiative.',
    });
  });

  it('names bodies, members, memberships and lines even when there are none', () => {
    expect(importSummary(emptyModel()).en).toBe('Imported 0 bodies, 0 members, 0 memberships and 0 reporting lines.');
  });
});
