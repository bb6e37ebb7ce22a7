/** What an invitation link carries: `http://HOST:PORT/#session=<document>&token=<token>`. */
export interface Invitation {
  /** The collaboration server's WebSocket address (the page's own host and port). */
  readonly wsUrl: string;
  readonly document: string;
  readonly token: string;
}

/** The invitation in the page's address, or null when the page was opened without one. */
export function invitationOf(location: Pick<Location, 'hash' | 'protocol' | 'host'>): Invitation | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const document = params.get('session');
  const token = params.get('token');
  if (!document || !token) return null;
  // A page served over https talks to its server over wss.
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { wsUrl: `${scheme}//${location.host}`, document, token };
}
