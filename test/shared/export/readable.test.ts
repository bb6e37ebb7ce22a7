import { describe, expect, it } from 'vitest';
import { readableAt } from '../../../shared/export/exportMap';
import type { Scene, SceneText } from '../../../shared/export/scene';

const text = (size: number, t: string): SceneText => ({ type: 'text', x: 0, y: 0, text: t, size, bold: false, color: '#000', anchor: 'start', maxWidth: 100 });
const scene: Scene = {
  width: 100,
  height: 100,
  background: null,
  title: 't',
  description: 'd',
  items: [text(24, 'Titel'), { type: 'group', id: 'ks', title: 'KS', items: [{ type: 'rect', x: 0, y: 0, width: 10, height: 10, radius: 0, fill: '#fff', stroke: null }, text(12, 'Kommunstyrelsen')] }],
};
const texts = (items: Scene['items']): string[] => items.flatMap((i) => (i.type === 'text' ? [i.text] : i.type === 'group' ? texts(i.items) : []));

describe('text in a rasterised diagram', () => {
  it('is kept where it prints at five pixels or more', () => {
    expect(texts(readableAt(scene, 1).items)).toEqual(['Titel', 'Kommunstyrelsen']);
  });

  it('is left out where it would be too small to read, with the shapes kept', () => {
    const small = readableAt(scene, 0.3);
    expect(texts(small.items)).toEqual(['Titel']);
    const group = small.items[1];
    expect(group?.type === 'group' && group.items.map((i) => i.type)).toEqual(['rect']);
  });
});
