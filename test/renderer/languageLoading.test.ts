import { describe, expect, it } from 'vitest';
import { i18next, loadLanguage, startI18n, switchLanguage } from '../../renderer/src/i18n';
import { en } from '../../renderer/src/i18n/en';
import { law } from '../../renderer/src/i18n/parts/law';
import { sv } from '../../renderer/src/i18n/sv';

// One i18next instance for the window (as in the app): the steps below follow one another.
describe('the interface languages, loaded as needed', () => {
  it('starts with Swedish only, loads English when switched to, and never shows a key meanwhile', async () => {
    await startI18n('sv');
    expect(i18next.language).toBe('sv');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18next.t('file.open')).toBe(sv.file.open);

    const switching = switchLanguage('en');
    // Until English is there, the window stays Swedish (not "file.open").
    expect(i18next.t('file.open')).toBe(sv.file.open);
    await switching;
    expect(i18next.language).toBe('en');
    expect(i18next.t('file.open')).toBe(en.file.open);
    // Plural forms and the parts' strings came with it.
    expect(i18next.t('node.memberCount', { count: 1 })).toBe('1 member');
    expect(i18next.t('lawCard.title')).toBe(law.en.lawCard.title);
    expect(law.en.lawCard.title).not.toBe(law.sv.lawCard.title);

    await switchLanguage('sv');
    expect(i18next.t('file.open')).toBe(sv.file.open);
  });

  it('loads a language once, however often it is asked for', async () => {
    const a = loadLanguage('en');
    const b = loadLanguage('en');
    await Promise.all([a, b]);
    expect(i18next.getResourceBundle('en', 'translation')).toMatchObject({ file: { open: en.file.open } });
    await expect(loadLanguage('sv')).resolves.toBeUndefined();
  });
});
