import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../shared/file/jsonKeys';
import { restoreText } from '../../shared/file/restore';
import { placeInWords } from '../../shared/file/issueWords';

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

  it('says nothing of the sort for a file without one', () => {
    const r = restoreText(sample);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.repairs.filter((x) => x.code === 'duplicate-key')).toEqual([]);
  });
});
