import { definePart } from '../part';

/** Strings of the print part, in Swedish and English (top-level groups, as in sv.ts). */
export const print = definePart({}, {});
