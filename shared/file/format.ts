/** The `format` word every .mandat file starts with. */
export const FILE_FORMAT = 'mandat';
/** The file version this build writes; older ones are migrated on load. */
export const FILE_VERSION = 1;
/** The file name extension. */
export const FILE_EXTENSION = '.mandat';

/** The keys of a .mandat file in the order they are written. */
export const FILE_COLLECTION_KEYS = {
  bodies: 'bodies',
  members: 'members',
  memberships: 'memberships',
  reportingLines: 'reportingLines',
  initiatives: 'initiatives',
  fundingLines: 'fundingLines',
  acknowledgements: 'acknowledgements',
} as const;
