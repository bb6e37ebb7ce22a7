import { definePart } from '../part';

/** Strings of the documents part, in Swedish and English (top-level groups, as in sv.ts). */
export const documents = definePart({}, {});
