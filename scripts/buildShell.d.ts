export declare const SHELL_BUNDLES: readonly (readonly [entry: string, name: string])[];
/** Bundles electron/main.ts and electron/preload.ts into outDir (default root/out); returns the files written. */
export declare function buildShell(root: string, outDir?: string): Promise<string[]>;
/** Vite's inline options for the desktop renderer build (vite.config.ts, output in root/out/web). */
export declare function desktopRendererOptions(root: string): { configFile: string; logLevel: 'warn'; build: { outDir: string; emptyOutDir: boolean } };
