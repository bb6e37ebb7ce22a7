import { definePart } from '../part';

/** Strings of the help part, in Swedish and English (top-level groups, as in sv.ts). */
export const help = definePart({}, {});
