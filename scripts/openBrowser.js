// Opens an address in the user's default browser when there is one to open: the
// platform's opener must exist and, on Linux and the BSDs, a display. Never throws:
// `npm start` serves the web version either way and prints the address.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether `name` is an executable on PATH. */
export function onPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/**
 * The command that opens `url` in the default browser here, or null with why not.
 * BROWSER=none (the convention of create-react-app and Vite) turns it off.
 * @returns {{ command: string, args: string[] } | { command: null, why: string }}
 */
export function browserCommand(url, { platform = process.platform, env = process.env, exists = (name) => onPath(name, env) } = {}) {
  if ((env.BROWSER ?? '').toLowerCase() === 'none') return { command: null, why: 'BROWSER=none' };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (platform === 'darwin') return exists('open') ? { command: 'open', args: [url] } : { command: null, why: 'no "open" command' };
  // Linux and the rest: xdg-open, and only where there is a display to show a browser on.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { command: null, why: 'no display' };
  return exists('xdg-open') ? { command: 'xdg-open', args: [url] } : { command: null, why: 'no "xdg-open" command' };
}

/**
 * Starts the browser on `url` without waiting for it; resolves with { opened, why }.
 * @param {string} url
 * @param {{ platform?: string, env?: NodeJS.ProcessEnv, exists?: (name: string) => boolean, run?: typeof spawn }} options
 */
export function openBrowser(url, { run = spawn, ...options } = {}) {
  const found = browserCommand(url, options);
  if (found.command === null) return Promise.resolve({ opened: false, why: found.why });
  return new Promise((resolve) => {
    let child;
    try {
      // The same environment (PATH) in which the opener was looked for.
      child = run(found.command, found.args, {
        env: options.env ?? process.env,
        stdio: 'ignore',
        detached: true,
        windowsHide: true,
        windowsVerbatimArguments: found.command === 'cmd',
      });
    } catch (error) {
      resolve({ opened: false, why: error instanceof Error ? error.message : String(error) });
      return;
    }
    child.once('error', (error) => resolve({ opened: false, why: error.message }));
    child.once('spawn', () => {
      child.unref();
      resolve({ opened: true, why: '' });
    });
  });
}
