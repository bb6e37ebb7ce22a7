import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { describeFailure, keepAliveOnErrors } from '../../electron/processErrors';

const at = new Date('2024-05-02T10:00:00Z');

describe('keepAliveOnErrors', () => {
  it('logs an unhandled rejection and an uncaught exception with time and stack', () => {
    const events = new EventEmitter();
    const lines: string[] = [];
    keepAliveOnErrors(events, (l) => lines.push(l), () => at);
    events.emit('unhandledRejection', new Error('socket closed'));
    events.emit('uncaughtException', new TypeError('x is undefined'));
    events.emit('unhandledRejection', 'just a string');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2024-05-02T10:00:00.000Z unhandled rejection: Error: socket closed\n\s+at /);
    expect(lines[1]).toMatch(/^2024-05-02T10:00:00.000Z uncaught exception: TypeError: x is undefined/);
    expect(lines[2]).toBe('2024-05-02T10:00:00.000Z unhandled rejection: just a string');
  });

  it('survives a log that throws', () => {
    const events = new EventEmitter();
    keepAliveOnErrors(events, () => {
      throw new Error('disk full');
    });
    expect(() => events.emit('unhandledRejection', new Error('x'))).not.toThrow();
    expect(describeFailure('k', 42, at)).toBe('2024-05-02T10:00:00.000Z k: 42');
  });

  it('keeps a real Node process running after a rejected promise nobody awaits (Node would exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandat-alive-'));
    try {
      const entry = join(dir, 'entry.ts');
      const log = join(dir, 'main.log');
      const module = join(__dirname, '../../electron/processErrors.ts');
      writeFileSync(
        entry,
        [
          `import { keepAliveOnErrors, fileLog } from ${JSON.stringify(module)};`,
          `if (process.argv[2] === 'handled') keepAliveOnErrors(process, fileLog(() => ${JSON.stringify(log)}));`,
          `void Promise.reject(new Error('the server lost a socket'));`,
          `setTimeout(() => { throw new Error('a timer failed'); }, 20);`,
          `setTimeout(() => { console.log('still alive'); }, 300);`,
        ].join('\n'),
      );
      const bundle = join(dir, 'entry.mjs');
      await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
      const handled = spawnSync(process.execPath, [bundle, 'handled'], { encoding: 'utf8', timeout: 20_000 });
      expect([handled.status, handled.stdout]).toEqual([0, 'still alive\n']);
      expect(handled.stderr).toContain('unhandled rejection: Error: the server lost a socket');
      expect(readFileSync(log, 'utf8')).toContain('uncaught exception: Error: a timer failed');
      const bare = spawnSync(process.execPath, [bundle], { encoding: 'utf8', timeout: 20_000 });
      expect([bare.status, bare.stdout]).toEqual([1, '']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
