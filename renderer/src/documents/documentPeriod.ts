import type { Validity } from '../../../shared/model/types';

/** "2021-01-01 – 2023-12-31", with `open` for an open end ("2024-02-06 – öppet"). */
export function periodText(v: Validity, open: string): string {
  return `${v.validFrom ?? open} – ${v.validTo ?? open}`;
}
