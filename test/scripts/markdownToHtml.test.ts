import { describe, expect, it } from 'vitest';
import { htmlTarget, inlineHtml, markdownToHtml } from '../../scripts/docs/markdownToHtml';

describe('the help pages from Markdown', () => {
  it("gives headings GitHub's anchors, so links and F1 land on them", () => {
    expect(markdownToHtml('## Exportera till ett möte\n## `overlap`')).toBe('<h2 id="exportera-till-ett-möte">Exportera till ett möte</h2>\n<h2 id="overlap"><code>overlap</code></h2>');
  });

  it('turns links to Markdown files into links to their pages, and keeps outside links outside', () => {
    expect(htmlTarget('reference/checks.md#overlap')).toBe('reference/checks.html#overlap');
    expect(inlineHtml('[a](https://bra.se/x.md)')).toBe('<a href="https://bra.se/x.md" rel="noopener noreferrer" target="_blank">a</a>');
  });

  it('shows raw HTML as text and drops comments', () => {
    expect(markdownToHtml('<!-- note -->\n<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('renders tables, lists, code and emphasis', () => {
    const html = markdownToHtml('| a | b \\| c |\n|---|---|\n| **x** | *y* |\n\n1. one\n2. two\n   more\n   - sub\n\n    npm test\n');
    expect(html).toContain('<table><thead><tr><th>a</th><th>b | c</th></tr></thead><tbody><tr><td><strong>x</strong></td><td><em>y</em></td></tr></tbody></table>');
    expect(html).toContain('<ol><li>one</li><li>two more<ul><li>sub</li></ul></li></ol>');
    expect(html).toContain('<pre><code>npm test</code></pre>');
  });
});
