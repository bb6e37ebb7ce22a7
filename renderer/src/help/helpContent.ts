/**
 * Loading a page of the bundled help (dist/web/help/) for the Help dialog: the page's
 * <main> as nodes of this document, with its pictures' and links' addresses made
 * absolute against the page, so they work although the dialog lives at the app's root.
 */
export interface HelpPage {
  readonly url: URL;
  readonly nodes: Node[];
}

/** The address of a help page (`reference/checks` → …/help/reference/checks.html). */
export function helpPageUrl(page: string): URL {
  return new URL(`help/${page}.html`, document.baseURI);
}

/** The page's content, or an error saying why it could not be had. */
export async function loadHelpPage(page: string): Promise<HelpPage> {
  const url = helpPageUrl(page);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url.pathname}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const main = doc.querySelector('main');
  if (!main) throw new Error(`no <main> in ${url.pathname}`);
  for (const img of main.querySelectorAll('img')) img.setAttribute('src', new URL(img.getAttribute('src') ?? '', url).href);
  for (const a of main.querySelectorAll('a')) {
    const href = a.getAttribute('href');
    if (href !== null) a.setAttribute('href', new URL(href, url).href);
  }
  return { url, nodes: [...main.childNodes].map((n) => document.importNode(n, true)) };
}

/** The help page (without `.html`) and anchor a link inside the help leads to, or null when it leads outside. */
export function helpLinkTarget(href: string): { page: string; anchor: string } | null {
  const url = new URL(href, document.baseURI);
  const root = new URL('help/', document.baseURI);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname) || !url.pathname.endsWith('.html')) return null;
  return { page: url.pathname.slice(root.pathname.length, -'.html'.length), anchor: decodeURIComponent(url.hash.slice(1)) };
}
