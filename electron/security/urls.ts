/** The scheme and host the app's own pages are served from (see appProtocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mandat';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for the app's own pages only. Compared on the parsed URL (scheme and host, no
 * user or port), never on the string, so `app://mandat.evil`, `app://mandat@evil` and
 * `https://app://mandat` do not pass. (A custom scheme's URL origin is the opaque "null",
 * so scheme and host are compared instead.)
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.username === '' && u.password === '' && u.port === '';
}

/** Navigation and new windows are allowed to the app's own pages and nowhere else. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** A link the user clicked may open in the system browser only when it is plain https. */
export function externalOpenAllowed(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
}
