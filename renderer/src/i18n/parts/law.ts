import { definePart } from '../part';

/** Strings of the law part, in Swedish and English (top-level groups, as in sv.ts). */
export const law = definePart({}, {});
