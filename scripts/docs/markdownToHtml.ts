/**
 * The Markdown of docs/ as HTML, for the help bundled with the web build (helpPages.ts):
 * the subset the guides and references use — headings with GitHub's anchors, paragraphs,
 * lists (nested by indentation), tables, fenced and indented code, block quotes, and inline
 * code, emphasis, links and images. Links to other .md files become links to their .html.
 * Raw HTML in the Markdown is shown as text, never passed through, except comments,
 * which are dropped.
 */
import { headingSlug } from './markdown';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A relative link to a Markdown file points at its HTML page; anything else is kept. */
export function htmlTarget(target: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return target;
  return target.replace(/\.md(?=$|#)/, '.html');
}

/** Inline Markdown of one block's text as HTML. */
export function inlineHtml(text: string): string {
  const codes: string[] = [];
  // Code first, so nothing inside it is read as markup.
  // A private-use character marks where code stands; it never occurs in the docs.
  let s = text.replace(/`([^`]+)`/g, (_m, c: string) => `\uE000${codes.push(`<code>${escapeHtml(c)}</code>`) - 1}\uE000`);
  s = escapeHtml(s);
  s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, alt: string, src: string) => `<img src="${src}" alt="${alt}" loading="lazy">`);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) => {
    const external = /^https?:/i.test(href);
    return `<a href="${htmlTarget(href)}"${external ? ' rel="noopener noreferrer" target="_blank"' : ''}>${label}</a>`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
  s = s.replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => codes[Number(i)] as string);
}

function tableRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

const isTableDivider = (line: string | undefined) => line !== undefined && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

interface ListItem {
  readonly indent: number;
  readonly ordered: boolean;
  text: string;
}

function listHtml(items: readonly ListItem[]): string {
  let html = '';
  const stack: { indent: number; tag: string }[] = [];
  for (const item of items) {
    while (stack.length > 0 && item.indent < (stack[stack.length - 1] as { indent: number }).indent) html += `</li></${(stack.pop() as { tag: string }).tag}>`;
    const top = stack[stack.length - 1];
    if (!top || item.indent > top.indent) {
      const tag = item.ordered ? 'ol' : 'ul';
      stack.push({ indent: item.indent, tag });
      html += `<${tag}><li>`;
    } else html += '</li><li>';
    html += inlineHtml(item.text);
  }
  while (stack.length > 0) html += `</li></${(stack.pop() as { tag: string }).tag}>`;
  return html;
}

/** A Markdown document as HTML (the body's content; the page around it is helpPages.ts'). */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const anchors = new Map<string, number>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = /^(```|~~~)(\w*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).startsWith(fence[1] as string)) body.push(lines[i++] as string);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    if (/^ {4}/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && (/^ {4}/.test(lines[i] as string) || ((lines[i] as string).trim() === '' && /^ {4}/.test(lines[i + 1] ?? '')))) body.push((lines[i++] as string).slice(4));
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      const slug = headingSlug(heading[2] as string);
      const n = anchors.get(slug) ?? 0;
      anchors.set(slug, n + 1);
      out.push(`<h${level} id="${escapeHtml(n === 0 ? slug : `${slug}-${n}`)}">${inlineHtml(heading[2] as string)}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && isTableDivider(lines[i + 1])) {
      const head = tableRow(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] as string).trim().startsWith('|')) rows.push(tableRow(lines[i++] as string));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inlineHtml(c)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
      continue;
    }
    if (line.startsWith('>')) {
      const body: string[] = [];
      while (i < lines.length && (lines[i] as string).startsWith('>')) body.push((lines[i++] as string).replace(/^>\s?/, ''));
      out.push(`<blockquote>${markdownToHtml(body.join('\n'))}</blockquote>`);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const items: ListItem[] = [];
      while (i < lines.length) {
        const l = lines[i] as string;
        const m = LIST_ITEM.exec(l);
        if (m) items.push({ indent: (m[1] as string).length, ordered: /\d/.test(m[2] as string), text: m[3] as string });
        else if (l.trim() !== '' && /^\s+/.test(l) && items.length > 0) (items[items.length - 1] as ListItem).text += ` ${l.trim()}`;
        else if (l.trim() === '' && LIST_ITEM.test(lines[i + 1] ?? '')) {
          /* a blank line between items keeps the list */
        } else break;
        i++;
      }
      out.push(listHtml(items));
      continue;
    }
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i] as string;
      if (l.trim() === '' || /^(#{1,6}\s|```|~~~|>)/.test(l) || LIST_ITEM.test(l) || (l.trim().startsWith('|') && isTableDivider(lines[i + 1]))) break;
      para.push(l.trim());
      i++;
    }
    if (para.length === 0) {
      // A line no rule above took (never expected): shown as text rather than looping.
      para.push(line.trim());
      i++;
    }
    out.push(`<p>${inlineHtml(para.join(' '))}</p>`);
  }
  return out.join('\n');
}
