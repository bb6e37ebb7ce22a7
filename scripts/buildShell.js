// The desktop shell's two bundles, main and preload, as the app ships them (a sandboxed
// preload must be one file). Used by build-desktop.js and by the boot tests
// (test/electron/boot/), which run exactly these files against a stand-in for electron.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SHELL_BUNDLES = [
  ['electron/main.ts', 'main.cjs'],
  ['electron/preload.ts', 'preload.cjs'],
];

/**
 * Bundles main and preload into `outDir` (default `out/`). Each file is written to a
 * temporary name and renamed, so a test reading it while another builds never sees half.
 */
export async function buildShell(root, outDir = join(root, 'out')) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [entry, name] of SHELL_BUNDLES) {
    const outfile = join(outDir, name);
    const result = await build({
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
      logLevel: 'warning',
      write: false,
    });
    const file = result.outputFiles.find((f) => f.path === outfile) ?? result.outputFiles[0];
    mkdirSync(dirname(outfile), { recursive: true });
    const temporary = `${outfile}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, outfile);
    written.push(outfile);
  }
  return written;
}

/**
 * Vite's options for the renderer in the desktop app: vite.config.ts (its root is
 * renderer/, so index.html lands at the top of out/web, where app://mandat/index.html
 * looks) with only the output folder changed. Setting `root` here would move the page
 * to out/web/renderer/index.html and the window would open on "Not found".
 */
export function desktopRendererOptions(root) {
  return { configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(root, 'out', 'web'), emptyOutDir: true } };
}
