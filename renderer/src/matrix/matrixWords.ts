import type { TFunction } from 'i18next';
import type { RaciRole } from '../../../shared/model/vocabulary';

/** How a cell reads: its letters, and what a screen reader says for it. */
export interface CellWords {
  readonly letters: (roles: readonly RaciRole[]) => string;
  readonly label: (task: string, body: string, roles: readonly RaciRole[]) => string;
}

/**
 * A cell's words from strings looked up once per render: t() for each cell of a large
 * matrix took seconds before the grid was virtualised, and still costs per scroll.
 */
export function cellWords(t: TFunction): CellWords {
  const letters = { R: t('matrix.letters.R'), A: t('matrix.letters.A'), C: t('matrix.letters.C'), I: t('matrix.letters.I') };
  const spoken = {
    R: `${letters.R} (${t('matrix.roleNames.R')})`,
    A: `${letters.A} (${t('matrix.roleNames.A')})`,
    C: `${letters.C} (${t('matrix.roleNames.C')})`,
    I: `${letters.I} (${t('matrix.roleNames.I')})`,
  };
  const noRole = t('matrix.noRole');
  const pattern = t('matrix.cell', { task: '\u0001', body: '\u0002', roles: '\u0003' });
  return {
    letters: (roles) => roles.map((r) => letters[r]).join(''),
    label: (task, body, roles) =>
      pattern
        .replace('\u0001', task)
        .replace('\u0002', body)
        .replace('\u0003', roles.length ? roles.map((x) => spoken[x]).join(', ') : noRole),
  };
}
