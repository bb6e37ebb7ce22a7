import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBody, makeModel } from '../factories';
import { bodyIdIn, idsIn, lineIdIn } from '../../renderer/src/modelIds';

const ROOT = join(__dirname, '../../renderer/src');
/** `x as BodyId`, `(v || null) as DocumentId | null`, `v as MemberId[]`: a string taken for an id unchecked. */
const ID_CAST = /\bas\s+[A-Z][A-Za-z]*Id\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('ids in the renderer', () => {
  it('are never cast from strings: they come typed from the model or through modelIds.ts', () => {
    const casts = sources(ROOT).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (ID_CAST.test(line) ? [`renderer/src/${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(casts).toEqual([]);
  });

  it('are looked up in the model: the element’s own id, or null for an unknown, empty or missing value', () => {
    const model = makeModel({ bodies: [makeBody('ks'), makeBody('kf')] });
    expect(bodyIdIn(model, 'ks')).toBe('ks');
    expect(bodyIdIn(model, 'gone')).toBeNull();
    expect(bodyIdIn(model, '')).toBeNull();
    expect(bodyIdIn(model, null)).toBeNull();
    // A body's id is not a line's.
    expect(lineIdIn(model, 'ks')).toBeNull();
    expect(idsIn(model.bodies, ['kf', 'gone', 'ks'])).toEqual(['kf', 'ks']);
  });
});
