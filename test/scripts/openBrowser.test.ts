import { EventEmitter } from 'node:events';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCommand, onPath, openBrowser } from '../../scripts/openBrowser.js';

const url = 'http://127.0.0.1:5175/';
const everything = () => true;
const nothing = () => false;

describe('which browser opener is used', () => {
  it('uses xdg-open on Linux only when there is a display and xdg-open exists', () => {
    expect(browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0' }, exists: everything })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand(url, { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, exists: everything })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand(url, { platform: 'linux', env: {}, exists: everything })).toEqual({ command: null, why: 'no display' });
    expect(browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0' }, exists: nothing })).toEqual({ command: null, why: 'no "xdg-open" command' });
  });

  it('uses open on macOS and start on Windows', () => {
    expect(browserCommand(url, { platform: 'darwin', env: {}, exists: everything })).toEqual({ command: 'open', args: [url] });
    expect(browserCommand(url, { platform: 'win32', env: {}, exists: nothing })).toEqual({ command: 'cmd', args: ['/c', 'start', '""', url] });
  });

  it('opens nothing with BROWSER=none', () => {
    expect(browserCommand(url, { platform: 'darwin', env: { BROWSER: 'none' }, exists: everything })).toEqual({ command: null, why: 'BROWSER=none' });
  });

  it('finds executables on PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandat-path-'));
    try {
      writeFileSync(join(dir, 'xdg-open'), '#!/bin/sh\n');
      chmodSync(join(dir, 'xdg-open'), 0o755);
      writeFileSync(join(dir, 'not-executable'), '');
      expect(onPath('xdg-open', { PATH: dir })).toBe(true);
      expect(onPath('not-executable', { PATH: dir })).toBe(false);
      expect(onPath('xdg-open', { PATH: '' })).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('opening the browser', () => {
  it('never fails where there is no browser to open', async () => {
    expect(await openBrowser(url, { platform: 'linux', env: {} })).toEqual({ opened: false, why: 'no display' });
  });

  it('reports a missing opener instead of throwing', async () => {
    const result = await openBrowser(url, {
      platform: 'linux',
      env: { DISPLAY: ':0', PATH: '/nonexistent' },
      exists: everything,
    });
    expect(result.opened).toBe(false);
    expect(result.why).toMatch(/ENOENT/);
  });

  it('starts the opener detached and does not wait for it', async () => {
    const started: { command: string; args: readonly string[]; detached?: boolean; unref: boolean }[] = [];
    const run = ((command: string, args: readonly string[], options: { detached?: boolean }) => {
      const child = Object.assign(new EventEmitter(), { unref: () => (started[0]!.unref = true) });
      started.push({ command, args, detached: options.detached, unref: false });
      queueMicrotask(() => child.emit('spawn'));
      return child;
    }) as unknown as NonNullable<Parameters<typeof openBrowser>[1]>['run'];
    const result = await openBrowser(url, { platform: 'linux', env: { DISPLAY: ':0' }, exists: everything, run });
    expect(result).toEqual({ opened: true, why: '' });
    expect(started).toEqual([{ command: 'xdg-open', args: [url], detached: true, unref: true }]);
  });
});
