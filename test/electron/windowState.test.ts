import { describe, expect, it } from 'vitest';
import { loadBounds, visibleBounds } from '../../electron/windowState';

const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };

describe('remembered window bounds', () => {
  it('come back as saved', async () => {
    expect(await loadBounds('w.json', async () => JSON.stringify(saved))).toEqual(saved);
  });
  it('are forgotten when the file is missing, broken or absurd', async () => {
    expect(await loadBounds('w.json', async () => Promise.reject(new Error('ENOENT')))).toBeNull();
    expect(await loadBounds('w.json', async () => '{not json')).toBeNull();
    expect(await loadBounds('w.json', async () => JSON.stringify({ ...saved, width: 5 }))).toBeNull();
  });
  it('are moved back onto a screen when the screen they were on is gone', () => {
    const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
    expect(visibleBounds(saved, laptop)).toEqual(saved);
    expect(visibleBounds({ ...saved, x: 2500 }, laptop)).toEqual({ ...saved, x: 0, y: 0 });
  });
});
