/** Bundles the command line into dist/cli/; returns the files written. */
export function buildCli(): Promise<string[]>;
/** Builds the bundle unless it is up to date; returns whether it built. */
export function ensureCliBundle(): Promise<boolean>;
