import { ID_PATTERN } from '../model/ids';
import type { CollectionName } from '../model/types';
import type { Table } from './table';

/** An element read from a row, with the row it came from. */
export interface Located {
  readonly entity: Record<string, unknown>;
  readonly row: number;
  /**
   * The start of a made-up id when the row gives none (`ms-<member>-<body>`), else null;
   * a function, as it is taken after references by name are turned into ids.
   */
  readonly idBase: (() => string) | null;
}

/** The elements of one sheet. */
export interface ReadSheet {
  readonly table: Table;
  readonly items: Located[];
}

export type ReadCollections = Partial<Record<CollectionName, ReadSheet>>;

/**
 * Gives every element without an id one made from its base and a counter
 * (`ms-pia-ks-1`, `ms-pia-ks-2`), skipping every id the sheet already uses, so the
 * same sheet always gets the same ids.
 */
export function assignIds(items: readonly Located[], fallbackBase: string): void {
  const taken = new Set(items.filter((i) => i.idBase === null).map((i) => i.entity.id as string));
  for (const item of items) {
    if (item.idBase === null) continue;
    const wanted = item.idBase();
    const base = ID_PATTERN.test(`${wanted}-1000`) ? wanted : fallbackBase;
    let n = 1;
    while (taken.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    taken.add(id);
    item.entity.id = id;
  }
}
