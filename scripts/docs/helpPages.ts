/**
 * The help bundled with the web build (and so with the desktop app, which serves the same
 * dist/web): every Markdown file of docs/ as a static HTML page under help/, with the
 * pictures it shows, so the guide works offline. The window's Help (F1, "Läs mer") opens
 * these pages; a link between two docs stays a link between two pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { markdownToHtml } from './markdownToHtml';

export interface HelpFile {
  /** Path inside the web build, e.g. `help/reference/checks.html`. */
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

/** The help's own stylesheet, shared with the in-window viewer. */
const STYLESHEET = new URL('../../renderer/src/help/helpPage.css', import.meta.url);

/** The Swedish guide is Swedish; every other page is English or in both languages. */
const SWEDISH_PAGES = new Set(['anvandarguide.md']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function page(title: string, lang: string, depth: number, body: string): string {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'self'">
<title>${title} – Mandat</title>
<link rel="stylesheet" href="${up}help.css">
</head>
<body>
<main class="help-page">
${body}
</main>
</body>
</html>
`;
}

/** Every page and picture of the help, from the Markdown under `docsDir`. */
export function buildHelp(docsDir: string): HelpFile[] {
  const files: HelpFile[] = [{ fileName: 'help/help.css', source: readFileSync(STYLESHEET, 'utf8') }];
  const pictures = new Set<string>();
  for (const file of markdownFiles(docsDir)) {
    const rel = relative(docsDir, file).split(sep).join('/');
    const body = markdownToHtml(readFileSync(file, 'utf8'));
    const title = /<h1[^>]*>(.*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]+>/g, '') ?? rel;
    const depth = rel.split('/').length - 1;
    files.push({ fileName: `help/${rel.replace(/\.md$/, '.html')}`, source: page(title, SWEDISH_PAGES.has(rel) ? 'sv' : 'en', depth, body) });
    for (const m of body.matchAll(/<img src="([^"]+)"/g)) {
      const src = m[1] as string;
      if (/^[a-z]+:/i.test(src)) continue;
      const target = posix.normalize(posix.join(posix.dirname(rel), src));
      if (!target.startsWith('..') && existsSync(join(docsDir, target))) pictures.add(target);
    }
  }
  for (const p of [...pictures].sort()) files.push({ fileName: `help/${p}`, source: readFileSync(join(docsDir, p)) });
  return files;
}

/** Vite: writes the help into the build (dist/web/help/). */
export function helpPagesPlugin(docsDir: string): Plugin {
  return {
    name: 'mandat:help-pages',
    apply: 'build',
    generateBundle() {
      if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) return;
      for (const f of buildHelp(docsDir)) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
  };
}
