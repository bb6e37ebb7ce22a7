export declare const ROOT: string;
export declare const BUNDLE_DIR: string;
/** dist/cli/mandat.mjs: the bundled command line, which exports `main` as cli/main.ts does. */
export declare const BUNDLE_ENTRY: string;
export declare const BUNDLE_MANIFEST: string;
/** What the build wrote last: when it began, the files that went in with their stamps, and the check script with its own inputs. */
export interface BundleManifest {
  readonly builtAt: number;
  readonly inputs: readonly string[];
  readonly stamps: Readonly<Record<string, string>>;
  readonly check?: { readonly script: string; readonly inputs: readonly string[] };
}
/** The manifest, or null when it is missing, unreadable or without its stamps. */
export declare function readManifest(dir?: string): BundleManifest | null;
/** True when the bundle exists and no file that went into it changed since the build began. */
export declare function bundleIsFresh(dir?: string, root?: string, manifest?: BundleManifest | null): boolean;
/** The check script's path when it exists and none of its inputs changed since the build began, else null. */
export declare function freshCheckScript(dir?: string, root?: string, manifest?: BundleManifest | null): string | null;
/** A source's size and modification time as the manifest records them. */
export declare function stampOf(path: string): string;
