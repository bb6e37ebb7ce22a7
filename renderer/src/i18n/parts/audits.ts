import { definePart } from '../part';

/** Strings of the audits part, in Swedish and English (top-level groups, as in sv.ts). */
export const audits = definePart({}, {});
