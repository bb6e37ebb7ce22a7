import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../shared/file/jsonKeys';
import { restoreText } from '../../shared/file/restore';
import { issueInWords, placeInWords } from '../../shared/file/issueWords';

const sample = readFileSync(join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8');

describe('findDuplicateKeys', () => {
  it('names the object, the key and the line of the second one', () => {
    const text = '{\n  "a": 1,\n  "list": [\n    {"x": 1},\n    {"x": 1,\n     "y": "s",\n     "x": 2}\n  ],\n  "a": 3\n}';
    expect(findDuplicateKeys(text)).toEqual([
      { path: 'list[1]', key: 'x', line: 7 },
      { path: '', key: 'a', line: 9 },
    ]);
  });

  it('reads nested objects and arrays of arrays for the place', () => {
    const text = JSON.stringify({ bodies: [{ id: 'b1' }, { id: 'b2', mandate: { text: 't' } }] }).replace('"text":"t"', '"text":"t","text":"u"');
    expect(findDuplicateKeys(text)).toEqual([{ path: 'bodies[1].mandate', key: 'text', line: 1 }]);
    expect(findDuplicateKeys('[[1,2],[{"k":1,"k":2}]]')).toEqual([{ path: '[1][0]', key: 'k', line: 1 }]);
  });

  it('counts a key written with escapes as the same key, and is not misled by quotes, colons and brackets in strings', () => {
    expect(findDuplicateKeys('{"name": "a", "na\\u006de": "b"}')).toEqual([{ path: '', key: 'name', line: 1 }]);
    expect(findDuplicateKeys('{"a": "x\\":{\\"a\\": [", "b": ["a", "a"], "c": {"a": 1}}')).toEqual([]);
    // A string value followed by a colon-like text inside another string is no key.
    expect(findDuplicateKeys('{"list": ["a", "b:"], "a": 1}')).toEqual([]);
  });

  it('finds none in what JSON.stringify writes, and the one put in by hand (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 }), fc.boolean(), (object, pretty) => {
        const text = JSON.stringify(object, null, pretty ? 2 : undefined);
        expect(findDuplicateKeys(text)).toEqual([]);
        const key = Object.keys(object)[0] as string;
        // The same key again at the end of the top-level object.
        const doubled = `${text.slice(0, text.lastIndexOf('}'))},${JSON.stringify(key)}: null}`;
        expect(JSON.parse(doubled)[key]).toBeNull();
        expect(findDuplicateKeys(doubled).map((d) => [d.path, d.key])).toEqual([['', key]]);
      }),
    );
  });

  it('finds none in the sample map, whose Yjs state is one long string', () => {
    expect(findDuplicateKeys(sample)).toEqual([]);
  });
});

describe('restore: a key written twice', () => {
  it('opens the file with the later value and says which key, where, in words', () => {
    const doc = JSON.parse(sample) as { bodies: { name: string }[] };
    const first = doc.bodies[0] as { name: string };
    const text = JSON.stringify(doc, null, 2).replace(`"name": ${JSON.stringify(first.name)},`, `"name": ${JSON.stringify(first.name)},\n      "name": "Fullmäktige (rättat)",`);
    const r = restoreText(text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect([...r.model.bodies.values()].some((b) => b.name === 'Fullmäktige (rättat)')).toBe(true);
    const repair = r.repairs.find((x) => x.code === 'duplicate-key');
    expect(repair?.path).toBe('bodies[0].name');
    expect(placeInWords(repair?.path ?? '', 'sv')).toBe('Organ 1, Namn');
    expect(repair?.message.sv).toMatch(/^"name" står två gånger i samma del av filen \(andra gången på rad \d+\); det senare värdet används/);
    expect(repair?.message.en).toContain('the later value is used');
  });

  it('names the key written twice beside the errors when the file is refused because of it', () => {
    const text = JSON.stringify({ format: 'mandat', version: 1, bodies: [{ id: 'bn', name: 'A', kind: 'council' }, { id: 'b2', name: 'B', kind: 'council', mandate: { decidedBy: 'bn' } }] }).replace('"id":"bn",', '"id":"bn","id":"bn2",');
    const r = restoreText(text);
    if (r.ok) throw new Error('accepted');
    expect(r.error.issues.map((i) => i.code)).toEqual(['dangling-reference', 'duplicate-key']);
    expect(placeInWords(r.error.issues[1]?.path ?? '', 'en')).toBe('Body 1, Id');
  });

  it('says a key written four times once, with how often and the lines of the later ones', () => {
    const text = '{"format": "mandat", "version": 1,\n "map": {"name": "a",\n "name": "b",\n "name": "c", "name": "d"}}';
    const r = restoreText(text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.model.meta.name).toBe('d');
    const repairs = r.repairs.filter((x) => x.code === 'duplicate-key');
    expect(repairs.map((x) => [x.path, x.message.sv])).toEqual([
      ['map.name', '"name" står 4 gånger i samma del av filen (de senare på raderna 3 och 4); det sista värdet används och de andra togs bort'],
    ]);
    expect(repairs[0]?.message.en).toBe('"name" is written 4 times in the same part of the file (the later ones on lines 3 and 4); the last value is used and the others were dropped');
  });

  it('names a key of the file itself written twice without naming it twice', () => {
    const r = restoreText(sample.replace('"bodies": [', '"bodies": [],\n  "bodies": ['));
    if (!r.ok) throw new Error(r.error.message.en);
    const repair = r.repairs.find((x) => x.code === 'duplicate-key');
    if (!repair) throw new Error('no repair');
    expect(repair.path).toBe('');
    const words = issueInWords(repair, 'sv');
    expect(words.match(/"bodies"/g)).toHaveLength(1);
    expect(words).toMatch(/^"bodies" står två gånger i samma del av filen \(andra gången på rad \d+\)/);
  });

  it('names twenty keys written twice and counts the rest in one line', () => {
    const members = Array.from({ length: 25 }, (_, i) => `{"id": "m${i}", "name": "A", "name": "B"}`).join(',\n');
    const r = restoreText(`{"format": "mandat", "version": 1, "members": [\n${members}\n]}`);
    if (!r.ok) throw new Error(r.error.message.en);
    const repairs = r.repairs.filter((x) => x.code === 'duplicate-key');
    expect(repairs).toHaveLength(21);
    expect(repairs[19]?.path).toBe('members[19].name');
    expect(repairs[20]?.message.sv).toBe('5 nycklar till står mer än en gång i samma del av filen; det sista värdet av var och en används.');
    expect(repairs[20]?.message.en).toBe('5 more keys are written more than once in the same part of the file; the last value of each is used.');
  });

  it('says nothing of the sort for a file without one', () => {
    const r = restoreText(sample);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.repairs.filter((x) => x.code === 'duplicate-key')).toEqual([]);
  });
});
