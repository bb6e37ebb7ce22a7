import { writeFileAtomicSync } from '../server/atomicFile';

/**
 * Writes a file so that it is either the old one or the whole new one, never half (see
 * server/atomicFile.ts). Exports and maps the user shares get the usual permissions
 * (0o666 less the umask), not the server's owner-only ones.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFileAtomicSync(path, data, 0o666);
}
