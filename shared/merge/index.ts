/** Merging two copies of a map without a server. */
export * from './types';
export { mergeCopies, settle, conflictKey } from './mergeCopies';
export { shareHistory } from './history';
export { holdsEverythingIn } from './contains';
export { describeChange, describeConcurrent, describeConflict, describeCounts, formatValue, summaryByScope, summaryLines } from './describe';
export { scopeNoun } from './labels';
