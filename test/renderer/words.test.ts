import fc from 'fast-check';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentence, word } from '../../renderer/src/canvas/words';
import { en } from '../../renderer/src/i18n/en';
import { sv } from '../../renderer/src/i18n/sv';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', fallbackLng: 'sv', interpolation: { escapeValue: false } });
});

// i18next would also run its nesting syntax ($t(…)) over a value; a body's name is not a translation key.
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('$t('));

describe('the canvas words', () => {
  it('write a node label exactly as i18next interpolates it, in both languages', () => {
    fc.assert(
      fc.property(fc.constantFrom('sv', 'en'), text, text, fc.nat(500), fc.nat(99), (lang, name, kind, members, findings) => {
        const t = i18n.getFixedT(lang);
        const values = { kind, name, level: 'politisk', members, findings };
        expect(sentence(t, lang, 'node.label', values)).toBe(t('node.label', values));
        expect(sentence(t, lang, 'node.chair', { name })).toBe(t('node.chair', { name }));
      }),
    );
  });

  it('keep each language apart and fill a value that looks like a placeholder or a replacement pattern as written', () => {
    const svT = i18n.getFixedT('sv');
    const enT = i18n.getFixedT('en');
    expect(sentence(svT, 'sv', 'node.chair', { name: 'Anna' })).toBe('Ordf.: Anna');
    expect(sentence(enT, 'en', 'node.chair', { name: 'Anna' })).toBe(enT('node.chair', { name: 'Anna' }));
    expect(sentence(svT, 'sv', 'node.chair', { name: '{{name}} $& $1' })).toBe('Ordf.: {{name}} $& $1');
    expect(word(svT, 'sv', 'node.members', 3)).toBe(svT('node.members', { count: 3 }));
    expect(word(enT, 'en', 'node.members', 3)).toBe(enT('node.members', { count: 3 }));
  });
});
