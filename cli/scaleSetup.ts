import { resolve } from 'node:path';
import type { CollabServerOptions } from '../server/collabServer';
import { postgresOf, scaleExtensions, ScaleSetupError, sharedSessionTokens } from '../server/scaleOptions';
import { inputError } from './messages';

/**
 * `serve --redis … --postgres …`: the extensions for several instances, checked before
 * the server starts (a service that does not answer stops `serve` with one sentence).
 */
export async function scaleSetup(
  redisUrl: string | undefined,
  postgresUrl: string | undefined,
  data: string | undefined,
  err: NodeJS.WritableStream,
): Promise<{ collab?: Pick<CollabServerOptions, 'extensions' | 'persistence' | 'tokens'>; seed?: (document: string, state: Uint8Array) => Promise<void> }> {
  if (redisUrl === undefined && postgresUrl === undefined) return {};
  const log = (line: string): void => void err.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  try {
    const extensions = await scaleExtensions({ ...(redisUrl ? { redisUrl } : {}), ...(postgresUrl ? { postgresUrl } : {}), log });
    const postgres = postgresOf(extensions);
    return {
      collab: {
        extensions,
        persistence: postgres ? 'none' : 'files',
        // Instances sharing one data folder accept each other's invitations.
        ...(redisUrl ? { tokens: sharedSessionTokens(resolve(data ?? 'mandat-data')) } : {}),
      },
      ...(postgres ? { seed: (document: string, state: Uint8Array) => postgres.seed(document, state) } : {}),
    };
  } catch (e) {
    if (e instanceof ScaleSetupError) throw inputError(e.message, e.message);
    throw e;
  }
}
