/**
 * Why the server refuses a connection or a change. Each reason is a short code, a
 * colon and an English sentence. Hocuspocus sends `reason` to the client: for a refused
 * authentication the provider's `onAuthenticationFailed({ reason })` receives it as is;
 * for a change refused later, the provider's `onClose({ event })` has it as
 * `event.reason` (the document's connection is closed, the socket stays open).
 */
export const REASONS = {
  noToken: 'unauthorized: this link has no invitation token',
  forbidden: 'forbidden: this invitation is not valid for this map',
  lookupFailed: 'unavailable: the server could not check the invitation; try again later',
  unreadable: 'unavailable: the saved copy of this map cannot be read; the server has kept it untouched',
  busy: 'busy: the server holds as many connections as it takes; try again later',
  authTimeout: 'timeout: no valid invitation was presented in time',
  malformed: 'malformed: this message is not a valid change to a map',
  incomplete: 'incomplete: this change needs earlier changes the server does not have; nothing of it was applied',
  invalid: 'invalid: this change does not fit the map (an unknown part or field, or a value of the wrong type); nothing of it was applied',
  tooLarge: 'too-large: this change would make the map larger than the server accepts',
  awarenessTooLarge: 'too-large: this presence update is larger than the server accepts',
} as const;

export type RefusalReason = (typeof REASONS)[keyof typeof REASONS];

/** An error Hocuspocus turns into a refusal the client sees (it reads `reason` and `code`). */
export class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly code = 4403,
  ) {
    super(reason);
  }
}

/** A map's id as the log shows it: the first 8 characters, anything unexpected replaced (the name comes from the client). */
export function mapLabel(documentName: string): string {
  return `map ${documentName.slice(0, 8).replace(/[^\w-]/g, '?')}…`;
}
