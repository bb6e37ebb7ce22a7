export declare const ROOT: string;
export declare const BUNDLE_DIR: string;
/** dist/cli/mandat.mjs: the bundled command line, which exports `main` as cli/main.ts does. */
export declare const BUNDLE_ENTRY: string;
export declare const BUNDLE_MANIFEST: string;
/** True when the bundle exists and no file that went into it changed since the build began. */
export declare function bundleIsFresh(dir?: string, root?: string): boolean;
/** A source's size and modification time as the manifest records them. */
export declare function stampOf(path: string): string;
