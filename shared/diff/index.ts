export { applyDifference } from './apply';
export { changeCount, diffAsOf, diffModels, isUnchanged, layoutOf } from './difference';
export { mapOn } from './snapshot';
export type * from './types';
