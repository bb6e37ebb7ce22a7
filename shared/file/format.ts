/** The `format` word every .mandat file starts with. */
export const FILE_FORMAT = 'mandat';
/** The file version this build writes; older ones are migrated on load. */
export const FILE_VERSION = 1;
