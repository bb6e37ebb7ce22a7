import { describe, expect, it, vi } from 'vitest';

// The English strings' chunk cannot be loaded (the web version's server gone, say).
vi.mock('../../renderer/src/i18n/en', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a language whose strings cannot be loaded', () => {
  it('still lets the window start, in Swedish, and can be tried again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { i18next, loadLanguage, startI18n } = await import('../../renderer/src/i18n');
    const { sv } = await import('../../renderer/src/i18n/sv');
    await expect(startI18n('en')).resolves.toBe(i18next);
    expect(i18next.language).toBe('sv');
    expect(i18next.t('file.open')).toBe(sv.file.open);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the en strings could not be loaded'), expect.anything());
    // A failed load is not remembered as the answer: the next ask loads again (and fails again here).
    await expect(loadLanguage('en')).rejects.toThrow();
    warn.mockRestore();
  });
});
