import { isIsoDate } from './isoDate';

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True for a real moment written as ISO 8601 with a zone: `2024-05-02T14:30:00+02:00`, `…Z`. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1]);
}

/**
 * Now as an ISO date-time in the local zone with its offset (`2024-05-02T14:30:05+02:00`),
 * so that the time a colleague wrote something reads the same on every host.
 */
export function nowWithOffset(now: Date = new Date()): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

/** The date and time as the writer's clock showed them (`2024-05-02 14:30`), or '' for no valid time. */
export function wallClock(at: string): string {
  const m = ISO_DATE_TIME.exec(at);
  return m ? `${m[1]} ${m[2]}:${m[3]}` : '';
}
