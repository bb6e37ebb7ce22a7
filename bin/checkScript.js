// Runs the check script (dist/cli/check-HASH.cjs, built by scripts/build-cli.js) with V8's
// code cache. Node 20 compiles every ES module from its source at every start and has no
// switch to keep the result (module.enableCompileCache is Node 22); a classic script given to
// vm.Script can take the code V8 compiled on an earlier run (`cachedData`), which spares
// parsing and compiling most of the program. Kept free of dependencies, like cliBundle.js.
//
// The cache lives beside the script, one file per Node version and architecture:
//   SCRIPT.node-VERSION-ARCH.v8cache = one line of JSON (which script it was made from, by
//   size and time) + the bytes V8 made.
// It is used only when that line matches the script as it is now; V8 itself refuses data
// from another V8 or other flags. A missing, stale, foreign or damaged cache means the
// script is compiled from its source, as without a cache, and a new cache is written after
// the run. A cache that cannot be written (a read-only install) is skipped silently.
const { readFileSync, renameSync, statSync, writeFileSync, rmSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** The cache file for a script, for this Node on this machine's architecture. */
const cachePathOf = (script) => `${script}.node-${process.version}-${process.arch}.v8cache`;

/** What the cache's first line says about the script it was made from. */
function headerOf(script) {
  const st = statSync(script);
  return JSON.stringify({ size: st.size, mtimeMs: st.mtimeMs, node: process.version, arch: process.arch });
}

/** The V8 data in a cache file when its first line matches the script, else undefined. */
function readCache(cachePath, header) {
  let bytes;
  try {
    bytes = readFileSync(cachePath);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  if (end < 0 || bytes.subarray(0, end).toString('utf8') !== header) return undefined;
  return bytes.subarray(end + 1);
}

function writeCache(cachePath, header, data) {
  const temporary = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(header + '\n', 'utf8'), data]));
    renameSync(temporary, cachePath);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/**
 * Loads a CommonJS script through vm.Script with its code cache. Returns its exports, how
 * the cache was found ('used', 'missing', 'rejected') and `saveCache`, which writes a new
 * cache when this run had none it could use; call it after the run, so the cache holds the
 * functions the run compiled too, not only the top level.
 */
function loadCheckScript(script, { useCache = true } = {}) {
  const bytes = readFileSync(script);
  // The build writes the script in ASCII, which reads as Latin-1 without decoding; anything else is read as UTF-8.
  const source = isAscii(bytes) ? bytes.latin1Slice() : bytes.utf8Slice();
  const header = headerOf(script);
  const cachePath = cachePathOf(script);
  const cachedData = useCache ? readCache(cachePath, header) : undefined;
  // The same wrapper Node's own CommonJS loader puts around a file, on the script's first line so line numbers stay.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const compiled = new vm.Script(wrapped, { filename: script, ...(cachedData ? { cachedData } : {}) });
  const cache = cachedData === undefined ? 'missing' : compiled.cachedDataRejected ? 'rejected' : 'used';
  const scriptModule = { exports: {} };
  compiled.runInThisContext()(scriptModule.exports, createRequire(script), scriptModule, script, dirname(script));
  return {
    exports: scriptModule.exports,
    cache,
    saveCache() {
      if (useCache && cache !== 'used') writeCache(cachePath, header, compiled.createCachedData());
    },
  };
}

/** Runs `mandat check …` from the check script; returns the exit code. MANDAT_CLI_NO_CODE_CACHE=1 neither reads nor writes the cache. */
async function runCheckScript(script, argv) {
  const loaded = loadCheckScript(script, { useCache: !process.env.MANDAT_CLI_NO_CODE_CACHE });
  // check writes only through write(); Node builds process.stdout and process.stderr when first asked
  // for them, so stderr, which a check without repair notes never uses, is not built at all.
  const lazy = (name) => ({ write: (chunk) => process[name].write(chunk) });
  const code = await loaded.exports.main(argv, lazy('stdout'), lazy('stderr'));
  loaded.saveCache();
  return code;
}

module.exports = { cachePathOf, loadCheckScript, runCheckScript };
