/** The code cache file of a script, for this Node version and architecture. */
export declare function cachePathOf(script: string): string;
/** A CommonJS script loaded through vm.Script with its code cache (see checkScript.js). */
export declare function loadCheckScript(
  script: string,
  options?: { useCache?: boolean },
): { exports: Record<string, unknown>; cache: 'used' | 'missing' | 'rejected'; saveCache(): void };
/** Runs `mandat check …` from the check script; returns the exit code. */
export declare function runCheckScript(script: string, argv: readonly string[]): Promise<number>;
