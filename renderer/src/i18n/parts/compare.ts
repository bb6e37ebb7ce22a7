import { definePart } from '../part';

/** Strings of the compare part, in Swedish and English (top-level groups, as in sv.ts). */
export const compare = definePart({}, {});
