import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SCROLL_LOCK_STYLE_HASH } from '../../electron/security/appProtocol';

const root = join(import.meta.dirname, '..', '..');

describe('the style hash both policies allow', () => {
  it('is the same in the desktop policy and the web page’s policy, and nothing else inline is allowed', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const webStyle = /style-src ([^;"]*)/.exec(html)?.[1]?.trim();
    const desktopStyle = /style-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1]?.trim();
    expect(desktopStyle).toBe(`'self' ${SCROLL_LOCK_STYLE_HASH}`);
    expect(webStyle).toBe(desktopStyle);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
