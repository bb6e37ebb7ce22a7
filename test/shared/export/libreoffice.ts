import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Debian puts LibreOffice, then wherever PATH has it; the first one that exists is used. */
function candidates(): string[] {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => [join(dir, 'libreoffice'), join(dir, 'soffice')]);
  return ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', ...onPath];
}

/** The LibreOffice binary, or a failure that says what to install (CI installs it; a skip would hide a broken export). */
export function libreOffice(): string {
  const found = candidates().find((p) => existsSync(p));
  if (!found) throw new Error("LibreOffice was not found: install Debian's libreoffice-writer and libreoffice-calc (apt-get install libreoffice-writer libreoffice-calc).");
  return found;
}

/** Generous: the first start of a fresh profile takes a while on a slow machine. */
const TIMEOUT_MS = 120_000;

/**
 * Converts `file` with headless LibreOffice (`format` as `--convert-to` takes it, e.g.
 * "pdf" or "csv") into `outDir`, and returns the path of the result. Each call gets its
 * own profile directory, so tests running in parallel do not wait on one another's lock.
 */
export async function convertWithLibreOffice(file: string, format: string, outDir: string): Promise<string> {
  const binary = libreOffice();
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file];
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`LibreOffice took more than ${TIMEOUT_MS / 1000} s to convert ${file}:\n${output}`));
      }, TIMEOUT_MS);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, output });
      });
    });
    // "--convert-to csv:Text - txt - csv (StarCalc):44,34,76" names the file by the part before the colon.
    const extension = format.split(':')[0] as string;
    const result = join(outDir, `${basename(file, extname(file))}.${extension}`);
    if (code !== 0 || !existsSync(result)) throw new Error(`LibreOffice could not convert ${file} to ${format} (exit ${code}):\n${output}`);
    return result;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler's pdftotext reads it, in reading order (Debian's poppler-utils). */
export function pdfText(pdfPath: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error("pdftotext was not found: install Debian's poppler-utils (apt-get install poppler-utils).", { cause: e });
    throw e;
  }
}

/** The page sizes of a PDF in points, page by page, as poppler's pdfinfo reads them. */
export function pdfPageSizes(pdfPath: string): { width: number; height: number }[] {
  const text = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdfPath], { encoding: 'utf8' });
  return [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}
