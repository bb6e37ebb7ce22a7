import { describe, expect, it } from 'vitest';
import { ENTRY_FIELDS, issueInWords, placeInWords } from '../../shared/file/issueWords';
import { STATUS_CHANGE_SPEC } from '../../shared/model/declarations/audits';
import { FORMER_NAME_SPEC } from '../../shared/model/declarations/bodies';
import { restoreText } from '../../shared/file/restore';

describe('where a problem in a map file is, in words', () => {
  it('names the element by its kind and number, and the field as the workbook and the forms call it', () => {
    expect(placeInWords('bodies[3].mandate.decidedBy', 'sv')).toBe('Organ 4, Beslutat av');
    expect(placeInWords('bodies[3].mandate.decidedBy', 'en')).toBe('Body 4, Decided by');
    expect(placeInWords('memberships[0].member', 'sv')).toBe('Medlemskap 1, Ledamot');
    expect(placeInWords('bodies[0].validFrom', 'sv')).toBe('Organ 1, Giltig från');
    expect(placeInWords('bodies[2]', 'en')).toBe('Body 3');
    expect(placeInWords('settings.overloadThreshold', 'sv')).toBe('Överbelastad vid fler än');
    expect(placeInWords('map.name', 'en')).toBe("The map's name");
    expect(placeInWords('something[else', 'sv')).toBe('something[else');
  });

  it('reads a broken file’s issues without the file’s own paths', () => {
    const broken = JSON.stringify({ format: 'mandat', version: 1, bodies: [{ id: 'ks', name: 'KS', kind: 'executive_board', validFrom: '2023-02-30' }, { id: 'x', name: 'X', kind: 'council', partOf: 'nobody' }] });
    const r = restoreText(broken);
    expect(r.ok).toBe(false);
    const said = r.ok ? [] : r.error.issues.map((i) => issueInWords(i, 'sv'));
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) expect(line).not.toMatch(/bodies\[|\]\.|validFrom|partOf/);
    expect(said.join('\n')).toMatch(/^Organ 1, Giltig från: /m);
  });
});

describe('an element that could not be read', () => {
  it('is reported once: a reference to it is not a second error', () => {
    const file = JSON.stringify({
      format: 'mandat',
      version: 1,
      bodies: [
        { id: 'ks', name: 'Kommunstyrelsen', kind: 'executive_board', validFrom: '2023-02-30' },
        { id: 'sn', name: 'Socialnämnden', kind: 'committee', partOf: 'ks', mandate: { text: '', decidedBy: 'ks', decisionRef: '', requiredMembers: [] } },
        { id: 'x', name: 'X', kind: 'council', partOf: 'nobody' },
      ],
    });
    const r = restoreText(file);
    expect(r.ok).toBe(false);
    const said = r.ok ? [] : r.error.issues.map((i) => issueInWords(i, 'sv'));
    expect(said).toEqual(['Organ 1, Giltig från: "2023-02-30" är inget giltigt datum (ÅÅÅÅ-MM-DD)', 'Organ 3, Del av: inget organ har id "nobody"']);
  });
});

describe('a field inside an entry of a list field', () => {
  it('is named in words: the entry counted from 1, the field as a person calls it', () => {
    expect(placeInWords('actions[0].statusHistory[2].date', 'sv')).toBe('Åtgärd 1, Status med datum, post 3, datum');
    expect(placeInWords('bodies[4].formerNames[0].validTo', 'en')).toMatch(/^Body 5, .+, entry 1, valid to$/);
  });

  it('has words for every field of every entry spec', () => {
    for (const key of [...Object.keys(STATUS_CHANGE_SPEC), ...Object.keys(FORMER_NAME_SPEC)]) expect(ENTRY_FIELDS[key], key).toBeDefined();
  });
});

