import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveAppPath } from '../../electron/security/appProtocol';
import { externalOpenAllowed, isAppUrl, navigationAllowed } from '../../electron/security/urls';
import { createWindowOptions } from '../../electron/security/windowOptions';

describe('the window-options factory', () => {
  it('turns on every protection of the security checklist', () => {
    const prefs = createWindowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
    });
  });
  it('keeps the protections when the window is placed where it was', () => {
    const o = createWindowOptions('/p', { width: 1000, height: 700, x: 10, y: 20 });
    expect([o.width, o.height, o.x, o.y]).toEqual([1000, 700, 10, 20]);
    expect(o.webPreferences?.sandbox).toBe(true);
  });
});

describe('the URL allow-list', () => {
  it.each([
    ['app://mandat/index.html', true],
    ['app://mandat/assets/index.js', true],
    ['app://mandat.evil/index.html', false],
    ['app://evil.mandat/index.html', false],
    ['app://user@mandat/index.html', false],
    ['app://mandat:8080/index.html', false],
    ['https://app://mandat', false],
    ['file:///etc/passwd', false],
    ['http://127.0.0.1:5174/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('navigation to %s allowed: %s', (url, allowed) => {
    expect(navigationAllowed(url)).toBe(allowed);
    expect(isAppUrl(url)).toBe(allowed);
  });

  it.each([
    ['https://www.eskilstuna.se/', true],
    ['https://example.org/a?b#c', true],
    ['http://example.org/', false],
    ['https://user:pass@example.org/', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['mailto:a@b.se', false],
    ['javascript:alert(1)', false],
    ['app://mandat/index.html', false],
  ])('opening %s externally allowed: %s', (url, allowed) => {
    expect(externalOpenAllowed(url)).toBe(allowed);
  });

  it('never allows navigation away from the app, whatever the URL', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constantFrom('app://', 'app:', 'APP://MANDAT/')), (url) => {
        const allowed = navigationAllowed(url);
        if (allowed) expect(new URL(url).protocol + '//' + new URL(url).host).toBe('app://mandat');
      }),
      { numRuns: 2000 },
    );
  });

  it('only ever opens https URLs externally', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => {
        if (externalOpenAllowed(url)) expect(url.toLowerCase().startsWith('https:')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the app:// resolver', () => {
  const root = '/opt/mandat/web';
  it.each([
    ['app://mandat/', '/opt/mandat/web/index.html'],
    ['app://mandat/index.html', '/opt/mandat/web/index.html'],
    ['app://mandat/assets/index-1.js', '/opt/mandat/web/assets/index-1.js'],
    ['app://mandat/assets/a%20b.css', '/opt/mandat/web/assets/a b.css'],
  ])('serves %s from %s', (url, path) => {
    expect(resolveAppPath(root, url)).toBe(path);
  });

  it.each([
    'app://mandat/../secret',
    'app://mandat/assets/../../secret',
    'app://mandat/%2e%2e/secret',
    'app://mandat/%2E%2E%2Fsecret',
    'app://mandat/assets%2f..%2f..%2fsecret',
    'app://mandat/..%5csecret',
    'app://mandat//etc/passwd',
    'app://mandat/%2Fetc%2Fpasswd',
    'app://mandat/a%00.js',
    'app://mandat/%E0%A4%A',
    'app://other/index.html',
    'file:///opt/mandat/web/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', 'a', '%2e', '%2e%2e', '%2f', '%5c', '/', '\\', 'x.js', '%00'), { maxLength: 8 }), (parts) => {
        const resolved = resolveAppPath(root, `app://mandat/${parts.join('/')}`);
        if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('names content types and sends a strict content security policy', () => {
    expect(mimeTypeOf('a/index.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
