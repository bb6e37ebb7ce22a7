#!/usr/bin/env node
// npm start: the desktop app. When Electron's binary is missing it is downloaded first
// (Electron 45 fetches it on first use, not at npm install); when that cannot be done
// (no internet, ELECTRON_SKIP_BINARY_DOWNLOAD) the web version is built, served and
// opened in the browser instead, after one line saying why. The decisions are in
// startMandat.js; this file only wires them to the real world.
//   --no-build                    the web version: serve what is already built instead of building it
//   env MANDAT_ELECTRON_TIMEOUT   seconds to wait for a download that sends nothing (default 120)
//   env PORT                      first port to try for the web version (default 5174; the next free one is used)
//   env MANDAT_WEB_ROOT           the built web version to serve (default dist/web)
//   env BROWSER=none              do not open a browser
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { electronInstallerCommand, runElectronInstaller } from './electronInstaller.js';
import { findElectronBinary } from './electronBinary.js';
import { openBrowser } from './openBrowser.js';
import { environmentLanguage, START_MESSAGES, startMandat } from './startMandat.js';
import { buildWeb, DEFAULT_PORT, repositoryRoot, serveOnFreePort, webRoot } from './webServer.js';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--no-build');
if (unknown.length > 0) {
  console.error(START_MESSAGES[environmentLanguage()].unknownOption(unknown[0]));
  process.exit(2);
}
const build = !args.includes('--no-build');

const timeoutSeconds = Number(process.env.MANDAT_ELECTRON_TIMEOUT) > 0 ? Number(process.env.MANDAT_ELECTRON_TIMEOUT) : 120;
const port = /^\d+$/.test(process.env.PORT ?? '') && Number(process.env.PORT) <= 65535 ? Number(process.env.PORT) : DEFAULT_PORT;

/** Progress on one rewritten line in a terminal; in a log, a line every ten seconds at most. */
function consoleOutput(stream = process.stdout) {
  let lineOpen = false;
  let lastLogged = 0;
  const log = (line) => {
    if (lineOpen) stream.write('\n');
    lineOpen = false;
    stream.write(`${line}\n`);
  };
  const progress = (line) => {
    if (stream.isTTY) {
      stream.write(`\r${line}\x1b[K`);
      lineOpen = true;
    } else if (Date.now() - lastLogged >= 10_000) {
      lastLogged = Date.now();
      stream.write(`${line}\n`);
    }
  };
  return { log, progress };
}

/** Builds main, preload and renderer into out/ and runs Electron on them until it exits. */
function launchDesktop(binary) {
  const built = spawnSync(process.execPath, [fileURLToPath(new URL('./build-desktop.js', import.meta.url))], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(binary, ['.'], { stdio: 'inherit', cwd: repositoryRoot });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startWeb() {
  if (build) {
    output.log(START_MESSAGES[environmentLanguage()].building);
    await buildWeb({ logLevel: 'error' });
  }
  const served = await serveOnFreePort({ root: process.env.MANDAT_WEB_ROOT || webRoot, port });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      served.close().finally(() => process.exit(0));
    });
  }
  return served;
}

const installer = electronInstallerCommand();
const output = consoleOutput();
try {
  await startMandat({
    findBinary: findElectronBinary,
    installElectron: installer
      ? (onProgress) =>
          runElectronInstaller({
            command: installer.command,
            args: installer.args,
            alsoWatch: [installer.unpacksInto],
            timeoutMs: timeoutSeconds * 1000,
            onProgress,
          })
      : null,
    launchDesktop,
    startWeb,
    openBrowser: (url) => openBrowser(url),
    timeoutSeconds,
    log: output.log,
    progress: output.progress,
  });
} catch {
  // startMandat has printed why the web version could not start either.
  process.exit(1);
}
