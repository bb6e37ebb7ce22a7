import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { mapLabel, Refusal, REASONS } from './refusals';
import type { Role, TokenLookup } from './sessions';

/** What an authenticated connection carries in its Hocuspocus context. */
export interface MandatContext {
  readonly role: Role;
  /** Kept in memory only, to close this connection when its invitation is withdrawn. */
  readonly token: string;
}

/**
 * Every connection must present a token of the map it opens: no token, a wrong one or
 * one of another map is refused; a view token makes the connection read-only, so that
 * Hocuspocus neither applies, stores nor broadcasts what it sends.
 */
export function authentication(tokens: TokenLookup, log: (line: string) => void): Extension {
  return {
    extensionName: 'MandatAuthentication',
    // Before any other extension: nothing is loaded for a connection that is refused.
    priority: 1000,
    async onAuthenticate(data: onAuthenticatePayload): Promise<MandatContext> {
      const who = mapLabel(data.documentName);
      if (!data.token) {
        log(`refused a connection to ${who}: no token`);
        throw new Refusal(REASONS.noToken, 4401);
      }
      let role: Role | null;
      try {
        role = await tokens.roleOf(data.documentName, data.token);
      } catch (e) {
        log(`could not check a token for ${who}: ${e instanceof Error ? e.message : String(e)}`);
        throw new Refusal(REASONS.lookupFailed, 4503);
      }
      if (!role) {
        log(`refused a connection to ${who}: the token is not valid for it`);
        throw new Refusal(REASONS.forbidden);
      }
      if (role === 'view') data.connectionConfig.readOnly = true;
      return { role, token: data.token };
    },
  };
}
