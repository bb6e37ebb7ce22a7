import type { Body } from '../../../shared/model/types';

/** The next calendar day of an ISO date (a former name's last day → the day of the new name). */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A day in a body's life the map can be shown on: when it was set up, and when it took each later name. */
export interface BodyMoment {
  readonly date: string;
  readonly what: 'created' | 'renamed';
  /** The name it had from that day. */
  readonly name: string;
}

export function bodyMoments(body: Body): BodyMoment[] {
  const former = [...body.formerNames].sort((a, b) => a.validTo.localeCompare(b.validTo));
  const moments: BodyMoment[] = [];
  if (body.validFrom) moments.push({ date: body.validFrom, what: 'created', name: former[0]?.name ?? body.name });
  former.forEach((f, i) => moments.push({ date: dayAfter(f.validTo), what: 'renamed', name: former[i + 1]?.name ?? body.name }));
  return moments;
}
