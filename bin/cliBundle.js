// Where the bundled command line lives and whether it is up to date with its sources.
// Kept free of dependencies: bin/mandat.js reads it at every start, before anything else.
// CommonJS (bin/package.json), like everything in bin/: Node starts a CommonJS program without
// setting up its ES module loader, which is a good part of what `mandat check` costs.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..') + '/';
const BUNDLE_DIR = join(ROOT, 'dist', 'cli');
const BUNDLE_ENTRY = join(BUNDLE_DIR, 'mandat.mjs');
/** Written last by the build: when it was started and which source files went in. */
const BUNDLE_MANIFEST = join(BUNDLE_DIR, 'manifest.json');

/** What a stat says about a file's content: a restored copy (unzip, cp -p) changes its size or time. */
const stampOfStat = (st) => `${st.mtimeMs}:${st.size}`;

/** What a source's stat says about its content. */
function stampOf(path) {
  return stampOfStat(statSync(path));
}

/** The manifest the build wrote last, or null when it is missing, unreadable or without its stamps. */
function readManifest(dir = BUNDLE_DIR) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (typeof manifest?.builtAt !== 'number' || !Array.isArray(manifest.inputs) || typeof manifest.stamps !== 'object' || manifest.stamps === null) return null;
  return manifest;
}

/** True when every one of `inputs` is as it was when the build read it (see bundleIsFresh). */
function inputsFresh(manifest, inputs, root) {
  for (const input of inputs) {
    try {
      // One stat a source: this runs at every start of the command line, over a few hundred files.
      const st = statSync(join(root, input));
      if (st.mtimeMs > manifest.builtAt || manifest.stamps[input] !== stampOfStat(st)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * True when the bundle exists and every file that went into it is as it was when the build
 * read it: not changed since the build began, and with the same size and time as recorded
 * (a source put back with an older time is a change too). A deleted source, a missing or
 * unreadable manifest, or one without stamps is stale. `dir` and `root` are for tests;
 * `manifest` spares a second reading when the caller has read it.
 */
function bundleIsFresh(dir = BUNDLE_DIR, root = ROOT, manifest = readManifest(dir)) {
  if (!manifest) return false;
  try {
    statSync(join(dir, 'mandat.mjs'));
  } catch {
    return false;
  }
  return inputsFresh(manifest, manifest.inputs, root);
}

/**
 * The path of the check script (`mandat check` as one CommonJS file, bin/checkScript.js)
 * when it exists and the files that went into it are unchanged, else null: a build
 * from before the script existed, or a source edited since, runs the bundle or the sources.
 * Only the script's own inputs are stat'ed, fewer than the whole program's.
 */
function freshCheckScript(dir = BUNDLE_DIR, root = ROOT, manifest = readManifest(dir)) {
  const check = manifest?.check;
  if (typeof check?.script !== 'string' || check.script.includes('/') || !Array.isArray(check.inputs)) return null;
  const script = join(dir, check.script);
  try {
    statSync(script);
  } catch {
    return null;
  }
  return inputsFresh(manifest, check.inputs, root) ? script : null;
}

module.exports = { ROOT, BUNDLE_DIR, BUNDLE_ENTRY, BUNDLE_MANIFEST, stampOf, readManifest, bundleIsFresh, freshCheckScript };
