import { definePart } from '../part';

/** Strings of the tasks part, in Swedish and English (top-level groups, as in sv.ts). */
export const tasks = definePart({}, {});
