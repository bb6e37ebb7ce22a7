import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { FILE_VERSION } from '../../shared/file/format';
import { MIGRATIONS } from '../../shared/file/migrations';
import { openMapDocument } from '../../shared/file/open';
import { restore, restoreText } from '../../shared/file/restore';
import { serializeDocument, serializeMap } from '../../shared/file/serialize';
import { createMapDocument, readModel } from '../../shared/model/document';
import { formatIssue } from '../../shared/model/issue';
import { issueInWords } from '../../shared/file/issueWords';
import type { BodyId } from '../../shared/model/ids';
import { arbModel } from '../arbitraries';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/files', name), 'utf8');

function errorOf(name: string) {
  const r = restoreText(fixture(name));
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

describe('restore: files it refuses', () => {
  it('names the body, the field and the missing id of a dangling "decided by"', () => {
    const e = errorOf('dangling-decided-by.mandat');
    expect(e.code).toBe('invalid');
    expect(e.issues.map((i) => formatIssue(i, 'en'))).toEqual(['bodies[3].mandate.decidedBy: no body with id "ks2"']);
    expect(formatIssue(e.issues[0]!, 'sv')).toBe('bodies[3].mandate.decidedBy: inget organ har id "ks2"');
  });

  it('says what a wrong value is in the language of the message (a list, an object), and why an id is refused', () => {
    const file = (body: Record<string, unknown>) => JSON.stringify({ format: 'mandat', version: FILE_VERSION, bodies: [{ id: 'a', name: 'A', ...body }] });
    const of = (body: Record<string, unknown>) => {
      const r = restoreText(file(body));
      if (r.ok) throw new Error('accepted');
      return r.error.issues[0]?.message;
    };
    expect(of({ name: ['A'] })).toEqual({ sv: 'ska vara text, inte en lista', en: 'must be text, not a list' });
    expect(of({ name: { first: 'A' } })).toEqual({ sv: 'ska vara text, inte ett objekt', en: 'must be text, not an object' });
    expect(of({ id: '__proto__' })?.en).toBe('"__proto__" is not a valid id (letters, digits and - _ . :, starting with a letter or digit, at most 128 characters)');
  });

  it('names a field inside an object or a list of objects in words, a whole part by its key, and gives one error for a part that is no list', () => {
    const sample = JSON.parse(readFileSync(join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8')) as Record<string, unknown>;
    delete sample.yjs;
    // The file as JSON gives it: any shape, changed by hand.
    type Doc = { bodies: { mandate: Record<string, unknown> }[] | null; actions: Record<string, unknown>[]; fundingLines: Record<string, unknown>[]; members: unknown[]; map: unknown };
    const words = (change: (doc: Doc) => void, lang: 'sv' | 'en') => {
      const doc = structuredClone(sample) as unknown as Doc;
      change(doc);
      const r = restoreText(JSON.stringify(doc));
      if (r.ok) throw new Error('accepted');
      return r.error.issues.map((i) => issueInWords(i, lang));
    };
    const required = (doc: Doc) => void ((doc.bodies?.[0] as { mandate: Record<string, unknown> }).mandate.requiredMembers = 'kd');
    expect(words(required, 'sv')).toEqual(['Organ 1, Krävd sammansättning: ska vara en lista av text, inte "kd"']);
    expect(words(required, 'en')).toEqual(['Body 1, Required members: must be a list of text, not "kd"']);
    const status = (doc: Doc) => void ((doc.actions[0] as Record<string, unknown>).statusHistory = [{ status: 'weird', date: '2023-01-01' }]);
    expect(words(status, 'sv')[0]).toMatch(/^Åtgärd 1, Status med datum, post 1, status: "weird" är inte en status/);
    expect(words((doc) => void ((doc.fundingLines[0] as Record<string, unknown>).amountSek = -5), 'en')).toEqual(['Funding line 1, Amount (SEK): -5 is outside 0–10,000,000,000,000']);
    expect(words((doc) => void ((doc.fundingLines[0] as Record<string, unknown>).amountSek = -5), 'sv')).toEqual(['Finansiering 1, Belopp (kr): -5 ligger utanför 0–10\u00a0000\u00a0000\u00a0000\u00a0000']);
    // Everything that refers to a body is no error of its own when the bodies cannot be read at all.
    expect(words((doc) => void (doc.bodies = null), 'sv')).toEqual(['Delen "bodies" av filen: ska vara en lista, inte null']);
    expect(words((doc) => void (doc.map = []), 'en')).toEqual(['The file\'s "map" part: must be an object, not a list']);
    // An element or an entry that is no object is named as the element or the entry, with what stands there.
    expect(words((doc) => void (doc.members[0] = 'Anna'), 'sv')).toEqual(['Ledamot 1: ska vara ett objekt, inte "Anna"']);
    expect(words((doc) => void ((doc.bodies?.[0] as Record<string, unknown>).formerNames = [3]), 'en')).toEqual(['Body 1, Former names, entry 1: must be an object, not 3']);
  });

  it('says that the version is missing, not that "undefined" is no version', () => {
    const r = restoreText(JSON.stringify({ format: 'mandat', bodies: [] }));
    expect(r.ok ? '' : r.error.message.en).toBe('The file gives no version ("version" is missing), so it cannot be read as a Mandat file.');
  });

  it('lists every error at once', () => {
    const e = errorOf('several-errors.mandat');
    expect(e.message.en).toBe('The file has 3 errors that must be corrected before it can be opened.');
    expect(e.issues.map((i) => i.path)).toEqual(['bodies[2].kind', 'bodies[2].validFrom', 'members[0].name']);
    expect(e.issues[0]?.message.en).toContain('"task_force" is not a kind of body');
  });

  it('refuses a file from a newer version with a message that says what to do', () => {
    const e = errorOf('newer-version.mandat');
    expect(e.code).toBe('newer-version');
    expect(e.message.en).toContain('file version 99');
    expect(e.message.sv).toContain('Uppdatera Mandat');
  });

  it('refuses text that is not JSON, JSON that is not a map, duplicate ids and part-of rings', () => {
    expect(errorOf('not-json.mandat').code).toBe('cut-off');
    expect(errorOf('foreign.json').message.en).toBe('This is not a Mandat file: it holds JSON but no Mandat map.');
    expect(errorOf('duplicate-id.mandat').issues[0]).toMatchObject({ path: 'bodies[4].id', message: { en: '"sog" is already used by body 3', sv: '"sog" används redan av organ 3' } });
    expect(errorOf('ring.mandat').issues[0]?.code).toBe('part-of-cycle');
    expect(restore([1, 2]).ok).toBe(false);
    expect(restore(null).ok).toBe(false);
  });
});

describe('restore: files it repairs', () => {
  it('removes memberships and lines that point nowhere, and lists each repair', () => {
    const r = restoreText(fixture('dangling-elements.mandat'));
    if (!r.ok) throw new Error(r.error.message.en);
    expect([...r.model.memberships.keys()]).toEqual(['ms1']);
    expect([...r.model.reportingLines.keys()]).toEqual(['l1']);
    expect(r.repairs.map((x) => `${x.path}: ${x.message.en}`)).toEqual([
      'memberships[1].body: membership "ms2" was removed: it points to body "gone", which does not exist',
      'reportingLines[1].to: reporting line "l2" was removed: it points to body "missing", which does not exist',
      'reportingLines[2].to: reporting line "l3" was removed: it ran from a body to the same body',
    ]);
  });

  it('removes a membership or line whose reference is missing or empty, as one that points nowhere, and keeps the rest of the map', () => {
    const doc = JSON.parse(fixture('dangling-elements.mandat')) as Record<string, Record<string, unknown>[]>;
    const membership = doc.memberships?.[0];
    const line = doc.reportingLines?.[0];
    if (!membership || !line) throw new Error('fixture changed');
    delete membership.member;
    line.from = '';
    const r = restore(doc);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.model.memberships.has(membership.id as never)).toBe(false);
    expect(r.model.reportingLines.has(line.id as never)).toBe(false);
    expect(r.model.bodies.size).toBeGreaterThan(0);
    expect(r.repairs.map((x) => x.path)).toEqual(expect.arrayContaining(['memberships[0].member', 'reportingLines[0].from']));
    expect(r.repairs.find((x) => x.path === 'memberships[0].member')?.message.sv).toMatch(/fältet member var tomt/);
  });

  it('still refuses a body without a name: the name is what the body is', () => {
    const doc = JSON.parse(fixture('dangling-elements.mandat')) as Record<string, Record<string, unknown>[]>;
    const body = doc.bodies?.[0];
    if (!body) throw new Error('fixture changed');
    delete body.name;
    const r = restore(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => `${i.code} ${i.path}`)).toContain('required bodies[0].name');
  });

  it('opens a file without saved views (an older file) with none, and reads the views a file holds', () => {
    const r = restoreText(fixture('minimal.mandat'));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.model.views.size).toBe(0);
    const plain = JSON.parse(fixture('minimal.mandat')) as Record<string, unknown>;
    const body = (plain.bodies as { id: string }[])[0]!.id;
    const withViews = { ...plain, views: [{ id: 'v1', name: 'Steg 1', asOf: '2023-06-01', viewport: { x: 10, y: 20, zoom: 1.25 }, focus: body, filters: { kind: 'committee' }, order: 0 }] };
    const v = restore(withViews, MIGRATIONS);
    if (!v.ok) throw new Error(v.error.message.en);
    expect(v.model.views.get('v1')).toEqual({
      id: 'v1',
      name: 'Steg 1',
      asOf: '2023-06-01',
      viewport: { x: 10, y: 20, zoom: 1.25 },
      focus: body,
      filters: { levels: ['political', 'administrative', 'operative', 'external'], kind: 'committee', showFunding: true, showDecidedBy: true },
      order: 0,
    });
    const dangling = restore({ ...withViews, views: [{ ...withViews.views[0], focus: 'nobody' }] }, MIGRATIONS);
    expect(dangling.ok ? [] : dangling.error.issues.map((i) => formatIssue(i, 'en'))).toEqual(['views[0].focus: no body with id "nobody"']);
  });

  it('fills defaults for fields a hand-written file leaves out', () => {
    const r = restoreText(fixture('minimal.mandat'));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.model.bodies.get('sog')).toMatchObject({ shortName: '', partOf: null, formerNames: [], validFrom: null });
    expect(r.model.members.get('m1')).toMatchObject({ title: '', kind: 'position' });
    expect(r.model.settings).toEqual({ overlapThreshold: 0.5, overlapMinShared: 2, overloadThreshold: 5, language: 'sv', situationalPictureMaxAgeMonths: 24, rulesOff: [], accountableTaskThreshold: 5, answerDueDays: 90 });
    expect(r.repairs).toEqual([]);
  });

  it('rebuilds an unreadable collaboration state from the map and says so', () => {
    const r = restoreText(fixture('bad-yjs.mandat'));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.yjsState).toBeNull();
    expect(r.repairs.map((x) => x.code)).toEqual(['yjs-unreadable']);
  });

  it('takes the plain map as the truth when the file was edited by hand, keeping the history', () => {
    const doc = createMapDocument();
    applyCommand(doc, { type: 'addBody', body: { id: 'a' as BodyId, name: 'Before' } });
    const edited = serializeDocument(doc).replace('"name": "Before"', '"name": "Edited by hand"');
    const r = restoreText(edited);
    if (!r.ok) throw new Error(r.error.message.en);
    const opened = openMapDocument(r.model, r.yjsState);
    expect(readModel(opened.doc).bodies.get('a')?.name).toBe('Edited by hand');
    expect(opened.repairs.map((x) => x.code)).toEqual(['edited-outside']);
    // The history is the saved one: the same client ids and clock, so copies still merge.
    const savedClock = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID);
    expect(savedClock).toBeGreaterThan(0);
    expect(Y.decodeStateVector(Y.encodeStateVector(opened.doc)).get(doc.clientID)).toBe(savedClock);
  });

  it('opens an unchanged file without repairs', () => {
    const doc = createMapDocument();
    applyCommand(doc, { type: 'addBody', body: { id: 'a' as BodyId, name: 'A' } });
    const r = restoreText(serializeDocument(doc));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(openMapDocument(r.model, r.yjsState).repairs).toEqual([]);
  });
});

describe('restore: versions and migrations', () => {
  it('reads up to the version this build writes', () => {
    expect(FILE_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('runs each migration from the file version up to the current one, in order', () => {
    const migrations = [
      (f: Record<string, unknown>) => ({ ...f, bodies: [{ id: 'kf', name: 'KF' }] }),
      (f: Record<string, unknown>) => ({ ...f, map: { name: `migrated ${(f.bodies as unknown[]).length}` } }),
    ];
    const r = restore({ format: 'mandat', version: 1 }, migrations);
    expect(r.ok && [r.model.meta.name, r.fromVersion]).toEqual(['migrated 1', 1]);
    const r2 = restore({ format: 'mandat', version: 2, bodies: [] }, migrations);
    expect(r2.ok && r2.model.meta.name).toBe('migrated 0');
    expect(restore({ format: 'mandat', version: 4 }, migrations).ok).toBe(false);
  });
});

describe('restore: properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = restore(value);
        // restore turns an exception into an `internal` error, so "did not throw" means "no internal error".
        expect(r.ok || r.error.code).not.toBe('internal');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary values in the places of a map', () => {
    // Keys of every collection, and values that are often valid ids and targets, so the checks past parsing run too.
    const key = fc.constantFrom(
      ...['id', 'name', 'kind', 'from', 'to', 'body', 'member', 'partOf', 'mandate', 'validFrom', 'validTo', 'executors', 'formerNames', 'target', 'replyTo', 'text'],
      ...['author', 'resolved', 'position', 'year', 'funder', 'receiver', 'initiative', 'responsible', 'findingKey', 'reason', 'constructor', '__proto__', 'toString'],
    );
    const value = fc.oneof(fc.jsonValue(), fc.constantFrom('a', 'b', 'toString', '2020-01-01'), fc.record({ kind: fc.constantFrom('map', 'body', 'line'), id: fc.constantFrom('a', 'b', 'toString') }));
    const anyEntity = fc.dictionary(key, value);
    fc.assert(
      fc.property(
        fc.record({
          format: fc.constant('mandat'),
          version: fc.oneof(fc.constant(1), fc.jsonValue()),
          bodies: fc.oneof(fc.array(anyEntity), fc.jsonValue()),
          members: fc.array(anyEntity),
          memberships: fc.array(anyEntity),
          acknowledgements: fc.array(anyEntity),
          reportingLines: fc.array(anyEntity),
          initiatives: fc.array(anyEntity),
          fundingLines: fc.array(anyEntity),
          comments: fc.oneof(fc.array(anyEntity), fc.jsonValue()),
          yjs: fc.oneof(fc.string(), fc.base64String()),
        }),
        (value) => {
          const r = restore(value);
          if (!r.ok) {
            expect(r.error.code, r.error.message.en).not.toBe('internal');
            expect(r.error.message.en.length).toBeGreaterThan(0);
          } else expect(r.model.bodies).toBeTypeOf('object');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives back exactly the same valid map after save and load, with and without the Yjs state', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const plain = restoreText(serializeMap(model, null));
        expect(plain.ok && plain.model).toEqual(model);
        expect(plain.ok && plain.repairs).toEqual([]);
        const doc = createMapDocument(model);
        const withState = restoreText(serializeDocument(doc));
        if (!withState.ok) throw new Error(withState.error.message.en);
        expect(withState.model).toEqual(model);
        expect(readModel(openMapDocument(withState.model, withState.yjsState).doc)).toEqual(model);
      }),
      { numRuns: 150 },
    );
  });

  it('saves the same map as the same text', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const shuffled = { ...model, bodies: new Map([...model.bodies].reverse()) };
        expect(serializeMap(shuffled, null)).toBe(serializeMap(model, null));
      }),
      { numRuns: 50 },
    );
  });
});
