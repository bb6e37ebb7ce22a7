// Where the bundled command line lives and whether it is up to date with its sources.
// Kept free of dependencies: bin/mandat.js reads it at every start, before anything else.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const BUNDLE_DIR = join(ROOT, 'dist', 'cli');
export const BUNDLE_ENTRY = join(BUNDLE_DIR, 'mandat.mjs');
/** Written last by the build: when it was started and which source files went in. */
export const BUNDLE_MANIFEST = join(BUNDLE_DIR, 'manifest.json');

/**
 * True when the bundle exists and no file that went into it changed since the build
 * began (a deleted source counts as a change). A missing or unreadable manifest is stale.
 * `dir` and `root` are for tests.
 */
export function bundleIsFresh(dir = BUNDLE_DIR, root = ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    statSync(join(dir, 'mandat.mjs'));
  } catch {
    return false;
  }
  if (typeof manifest?.builtAt !== 'number' || !Array.isArray(manifest.inputs)) return false;
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > manifest.builtAt) return false;
    } catch {
      return false;
    }
  }
  return true;
}
