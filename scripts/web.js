#!/usr/bin/env node
// npm run web: builds the web version with Vite (skip with --no-build) and serves
// dist/web on http://127.0.0.1:PORT/ until killed.
//   --port N   (or env PORT; exactly that port; 0 picks a free port)
//   without either, 5174 or the next free port after it
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb, DEFAULT_PORT, serveOnFreePort, webRoot } from './webServer.js';

const outDir = webRoot;
const host = '127.0.0.1';

function fail(message) {
  console.error(`Mandat (web): ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { build: true, port: process.env.PORT ?? null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--port') options.port = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) options.port = arg.slice('--port='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node scripts/web.js [--no-build] [--port N]   (env PORT; default 5174 or the next free port; 0 = any free port)');
      process.exit(0);
    } else fail(`unknown option "${arg}"; use --no-build and --port N.`);
  }
  if (options.port === null) return { build: options.build, port: DEFAULT_PORT, exact: false };
  const port = Number(options.port);
  if (!/^\d+$/.test(String(options.port)) || port > 65535) fail(`"${options.port}" is not a port number (0-65535).`);
  return { build: options.build, port, exact: true };
}

const { build, port, exact } = parseArgs(process.argv.slice(2));

if (build) {
  try {
    await buildWeb();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
if (!existsSync(join(outDir, 'index.html'))) {
  fail('dist/web/index.html does not exist: build first with "npm run web" or "npx vite build".');
}

let served;
try {
  // A port asked for is that port or an error; the default moves on to the next free one.
  served = await serveOnFreePort({ root: outDir, port, host, exact });
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (code === 'EADDRINUSE') fail(`port ${port} on ${host} is already in use; stop the other server or choose another with --port N.`);
  if (code === 'EACCES') fail(`port ${port} on ${host} may not be used by this user; choose another with --port N.`);
  fail(`cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
}

console.log(`Mandat (web): ${served.url}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    served.close().finally(() => process.exit(0));
  });
}
