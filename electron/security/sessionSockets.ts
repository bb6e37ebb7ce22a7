/**
 * The WebSocket origin (`ws://host:port`) of a URL, or null when it is not a ws:/wss:
 * address one could name in a policy (credentials, a wildcard, something unparsable).
 */
export function socketOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return null;
  if (parsed.username || parsed.password || parsed.host === '' || parsed.host.includes('*')) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** Whether a WebSocket to `url` goes to one of `allowed` (origins as socketOrigin gives them). */
export function socketAllowed(url: string, allowed: readonly string[]): boolean {
  const origin = socketOrigin(url);
  return origin !== null && allowed.includes(origin);
}

/**
 * Where a session hosted from this app can be: the port on each address of this computer
 * it may host on. The page's policy names these, as it is fixed when the page loads and
 * hosting starts later; which one of them is open right now is checked per connection.
 */
export function hostableSocketOrigins(addresses: readonly string[], port: number): string[] {
  const out: string[] = [];
  for (const address of addresses) {
    const origin = socketOrigin(`ws://${address.includes(':') ? `[${address}]` : address}:${port}`);
    if (origin && !out.includes(origin)) out.push(origin);
  }
  return out;
}
