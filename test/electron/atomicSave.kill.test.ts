import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPathOf, isTempFileOf, saveAtomically } from '../../electron/files/atomicSave';
import { removeTempFolders, tempFolder } from './faultyFs';
import { checkVersionText, versionText } from './fixtures/versionedMap';

// 200 children, each killed with SIGKILL at a random moment while it saves ~300 KB
// versions of a map; after every kill the file must be exactly one complete version.
const KILLS = 200;
const SLOTS = 4; // children running at once, each on its own file
const LINES = 3000; // ~300 KB per version
const MAX_DELAY_MS = 100; // a save takes 20–80 ms here, so kills land before, in and between saves

/** A small seeded generator, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let child: string;

beforeAll(async () => {
  child = join(tempFolder('mandat-kill-bundle-'), 'saveLoop.mjs');
  await build({
    entryPoints: [join(__dirname, 'fixtures/saveLoop.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'silent',
  });
});

afterAll(removeTempFolders);

interface Round {
  /** The highest version the child said it had saved, or null. */
  readonly reported: number | null;
}

/** Starts a child saving from version `first`, kills it `delayMs` after it is ready. */
function killedRound(target: string, first: number, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, String(first), String(LINES)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    proc.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
    proc.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      if (!killed && out.startsWith('ready\n')) {
        killed = true;
        setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child ended by itself (${code}): ${err}`));
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ reported: saved.length > 0 ? Math.max(...saved) : null });
    });
  });
}

describe('saveAtomically under SIGKILL', () => {
  it(`leaves exactly one complete version after each of ${KILLS} kills at random moments`, { timeout: 120_000 }, async () => {
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const where = `(seed ${seed})`;
    const dirs = Array.from({ length: SLOTS }, (_, i) => join(tempFolder('mandat-kill-'), `slot${i}`));
    dirs.forEach((dir) => mkdirSync(dir));
    let interrupted = 0;
    let saves = 0;
    let replacing = 0;

    const runSlot = async (dir: string, rounds: number) => {
      const target = join(dir, 'karta.mandat');
      let onDisk: number | null = null;
      let tempsBefore = 0;
      for (let round = 1; round <= rounds; round++) {
        // Versions of round r start at r·100000, so every version is told apart from earlier rounds'.
        const first = round * 100_000;
        if (onDisk !== null) replacing++;
        const { reported } = await killedRound(target, first, Math.floor(next() * MAX_DELAY_MS));
        if (reported !== null) saves += reported - first + 1;

        if (!existsSync(target)) {
          expect(onDisk, `the file vanished after round ${round} ${where}`).toBeNull();
          expect(reported, `a save was reported but the file is missing ${where}`).toBeNull();
          continue;
        }
        const check = checkVersionText(readFileSync(target, 'utf8'), LINES);
        if (!check.ok) expect.fail(`round ${round} in ${dir}: ${check.reason} ${where}`);
        const v = check.version;
        expect(v === onDisk || (v >= first && v < first + 100_000), `version ${v} was never written ${where}`).toBe(true);
        if (reported !== null) expect(v, `version ${reported} was reported saved but ${v} is on disk ${where}`).toBeGreaterThanOrEqual(reported);
        onDisk = v;

        // A killed save may leave its temporary file (each has its own name) and one .bak, no more.
        const temps = readdirSync(dir).filter((name) => isTempFileOf(target, name));
        expect(temps.length).toBeLessThanOrEqual(round);
        const stray = readdirSync(dir).filter((name) => name !== 'karta.mandat' && name !== 'karta.mandat.bak' && !isTempFileOf(target, name));
        expect(stray).toEqual([]);
        interrupted += temps.length - tempsBefore; // this child was killed between its temp file and the rename
        tempsBefore = temps.length;
      }
      // The leftovers do not get in the way of the next save.
      const last = versionText(9_999_999, LINES);
      expect(await saveAtomically(target, last)).toMatchObject({ ok: true });
      expect(readFileSync(target, 'utf8')).toBe(last);
      expect(existsSync(backupPathOf(target))).toBe(false);
    };

    await Promise.all(dirs.map((dir) => runSlot(dir, KILLS / SLOTS)));
    // The harness really killed children in the middle of saves, and they did save.
    // Most kills hit a save that replaces an earlier version, the case that matters.
    console.log(`${KILLS} kills ${where}: ${saves} saves reported, ${replacing} kills while replacing, ${interrupted} between temp file and rename`);
    expect(saves).toBeGreaterThan(0);
    expect(replacing).toBeGreaterThan(KILLS / 2);
    expect(interrupted).toBeGreaterThan(0);
  });
});
