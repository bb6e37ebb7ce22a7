import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype, { type Font } from 'opentype.js';
import type { Scene, SceneItem, SceneText } from '../../../shared/export/scene';

/** The export fonts read by opentype.js: a measure independent of the generated table. */
function load(name: string): Font {
  const bytes = readFileSync(join(__dirname, '../../../assets/fonts', name));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

export const REGULAR_FONT = load('LiberationSans-Regular.ttf');
export const BOLD_FONT = load('LiberationSans-Bold.ttf');

/** The width a renderer draws: the font's own advances, with its kerning. */
export function realWidth(text: string, size: number, bold: boolean): number {
  return (bold ? BOLD_FONT : REGULAR_FONT).getAdvanceWidth(text, size, { kerning: true });
}

/** Every text item of the items, with the id of the group it is in. */
export function textsOf(items: readonly SceneItem[], group = ''): { group: string; text: SceneText }[] {
  return items.flatMap((i) => (i.type === 'text' ? [{ group, text: i }] : i.type === 'group' ? textsOf(i.items, i.id) : []));
}

/** The text items wider than their box when the font itself measures them, described. */
export function overflowing(scene: Scene): string[] {
  return textsOf(scene.items)
    .filter(({ text: t }) => realWidth(t.text, t.size, t.bold) > t.maxWidth + 1e-9)
    .map(({ group, text: t }) => `${group}: "${t.text}" is ${realWidth(t.text, t.size, t.bold).toFixed(2)} > ${t.maxWidth.toFixed(2)}`);
}
