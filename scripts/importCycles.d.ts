/** The folders whose imports must form no cycle. */
export const CYCLE_CHECKED_FOLDERS: readonly string[];
/** madge's arguments for finding cycles among `folders`. */
export function madgeCycleArgs(folders: readonly string[], root: string): string[];
