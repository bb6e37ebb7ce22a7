// The import-cycle check of `npm test`: madge over every folder of code, the tests and
// scripts included. A cycle makes madge exit non-zero, which fails the check.
import { join } from 'node:path';

/** The folders whose imports must form no cycle. */
export const CYCLE_CHECKED_FOLDERS = ['shared', 'cli', 'electron', 'server', 'renderer/src', 'scripts', 'test'];

/**
 * madge's arguments for finding cycles among `folders` (relative to the working folder).
 * Imports Vite resolves (`?raw`, `?url`, CSS) are not modules to madge and are skipped.
 * @param {readonly string[]} folders
 * @param {string} root the repository, for its tsconfig.json (paths and extensions)
 */
export function madgeCycleArgs(folders, root) {
  return ['--circular', '--no-spinner', '--extensions', 'ts,tsx,js', '--ts-config', join(root, 'tsconfig.json'), ...folders];
}
