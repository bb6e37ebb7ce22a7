import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { sv } from '../../renderer/src/i18n/sv';

const SOURCE = join(__dirname, '../../renderer/src');

/** Keys used with a count whose words do not change with the number, and why. */
const NO_PLURAL: Readonly<Record<string, string>> = {
  'collab.selected': '"har markerat 3": no noun',
  'export.onlySelectionCount': 'the count in brackets after a noun phrase',
  'findings.acknowledged': 'the count in brackets after a heading',
  'findings.showMore': '"Visa 3 till": no noun',
  'comments.open': 'the count in brackets after a heading',
  'comments.resolved': 'the count in brackets after a heading',
  'comments.all': 'the count in brackets after a heading',
  'merge.conflicts': 'the count in brackets after a heading',
  'merge.more': '"… och 3 till": no noun',
  'node.members': 'an abbreviation ("3 led.", "3 mem.")',
  'searchSteps.position': '"3 av 12": no noun',
  'profile.members': 'the count in brackets after a heading',
  'profile.membersWithInvited': 'the counts in brackets after a heading ("och 1 som bjuds in": no noun)',
  'profile.findings': 'the count in brackets after a heading',
};

/** Keys written as templates in the source, and the keys they stand for. */
const DYNAMIC: Readonly<Record<string, readonly string[]>> = {
  'comments.${f}': ['comments.open', 'comments.resolved', 'comments.all'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every translation key the renderer looks up with a count: t('key', { count … }) and the canvas's word(t, lang, 'key', n). */
function keysUsedWithCount(): Set<string> {
  const keys = new Set<string>();
  const patterns = [/\bt\(\s*(['"`])([^'"`]+)\1\s*,\s*\{[^}]*\bcount\b/g, /\bword\(\s*t\s*,\s*\w+\s*,\s*(['"`])([^'"`]+)\1\s*,/g];
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) for (const key of DYNAMIC[m[2] as string] ?? [m[2] as string]) keys.add(key);
  }
  return keys;
}

function lookup(table: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), table);
}

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', fallbackLng: 'sv', interpolation: { escapeValue: false } });
});

describe('plural forms', () => {
  it('finds the keys used with a count in the renderer', () => {
    const keys = keysUsedWithCount();
    for (const key of ['findings.count', 'body.several', 'members.count', 'node.findings', 'node.memberCount', 'comments.open']) expect(keys).toContain(key);
  });

  it('has a one and an other form in both languages for every key used with a count, unless the words do not change', () => {
    const missing: string[] = [];
    for (const key of keysUsedWithCount()) {
      for (const [lang, table] of [['sv', sv], ['en', en]] as const) {
        const plural = typeof lookup(table, `${key}_one`) === 'string' && typeof lookup(table, `${key}_other`) === 'string';
        const plain = typeof lookup(table, key) === 'string';
        if (!(plural || (plain && key in NO_PLURAL))) missing.push(`${lang} ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says one in the singular and more in the plural', () => {
    const svT = i18n.getFixedT('sv');
    const enT = i18n.getFixedT('en');
    expect([1, 2].map((count) => enT('findings.count', { count }))).toEqual(['1 finding', '2 findings']);
    expect([1, 2].map((count) => svT('findings.count', { count }))).toEqual(['1 fynd', '2 fynd']);
    expect([1, 2].map((count) => svT('members.count', { count }))).toEqual(['1 ledamot', '2 ledamöter']);
    expect([1, 2].map((count) => svT('body.several', { count }))).toEqual(['1 organ markerat.', '2 organ markerade.']);
    expect([1, 2].map((count) => enT('view.hits', { count }))).toEqual(['1 match', '2 matches']);
  });
});
