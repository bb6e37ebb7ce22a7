import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingAnchors, relativeLinks } from '../../scripts/docs/links';

const root = join(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** What is wrong with one link of a file, or null when it leads somewhere. */
function deadLink(file: string, target: string): string | null {
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const to = pathPart === '' ? file : join(dirname(file), decodeURIComponent(pathPart));
  if (!existsSync(to)) return `${target}: no file ${relative(root, to)}`;
  if (anchor === undefined || !to.endsWith('.md')) return null;
  return headingAnchors(readFileSync(to, 'utf8')).has(decodeURIComponent(anchor).toLowerCase()) ? null : `${target}: no heading #${anchor} in ${relative(root, to)}`;
}

describe('links in README.md and docs/', () => {
  const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];

  it('finds the files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${relative(root, file)}: every relative link leads to a file and heading that exist`, () => {
      const dead = relativeLinks(readFileSync(file, 'utf8'))
        .map((t) => deadLink(file, t))
        .filter((d) => d !== null);
      expect(dead).toEqual([]);
    });
  }
});

describe('relativeLinks and headingAnchors', () => {
  it('finds links and images but not absolute addresses or code', () => {
    const md = '[a](a.md) ![b](img/b.png) [c](https://x.se) `[d](d.md)`\n```\n[e](e.md)\n```\n[f](f.md#g)';
    expect(relativeLinks(md)).toEqual(['a.md', 'img/b.png', 'f.md#g']);
  });

  it('makes anchors as GitHub does, numbering repeats', () => {
    const anchors = headingAnchors('# Kartlägg din organisation\n## `overlap`\n## Steg 1: Öppna!\n## Steg\n## Steg');
    expect([...anchors]).toEqual(['kartlägg-din-organisation', 'overlap', 'steg-1-öppna', 'steg', 'steg-1']);
  });

  it('reports a link to a missing heading', () => {
    const file = join(root, 'README.md');
    expect(deadLink(file, 'docs/development.md#no-such-heading')).toMatch(/no heading #no-such-heading/);
    expect(deadLink(file, 'docs/development.md#installing')).toBeNull();
    expect(deadLink(file, 'docs/no-such-file.md')).toMatch(/no file docs\/no-such-file.md/);
  });
});
