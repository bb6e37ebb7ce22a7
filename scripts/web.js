#!/usr/bin/env node
// npm run web: builds the web version with Vite (skip with --no-build) and serves
// dist/web on http://127.0.0.1:PORT/ until killed.
//   --port N   (or env PORT; default 5174; 0 picks a free port)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './serveStatic.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'dist', 'web');
const host = '127.0.0.1';

function fail(message) {
  console.error(`Mandat (web): ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { build: true, port: process.env.PORT ?? '5174' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--port') options.port = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) options.port = arg.slice('--port='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node scripts/web.js [--no-build] [--port N]   (env PORT; default 5174; 0 = any free port)');
      process.exit(0);
    } else fail(`unknown option "${arg}"; use --no-build and --port N.`);
  }
  const port = Number(options.port);
  if (!/^\d+$/.test(String(options.port)) || port > 65535) fail(`"${options.port}" is not a port number (0-65535).`);
  return { build: options.build, port };
}

const { build, port } = parseArgs(process.argv.slice(2));

if (build) {
  const vite = await import('vite');
  try {
    await vite.build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    fail(`the build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
if (!existsSync(join(outDir, 'index.html'))) {
  fail('dist/web/index.html does not exist: build first with "npm run web" or "npx vite build".');
}

let served;
try {
  served = await startStaticServer({ root: outDir, port, host });
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
