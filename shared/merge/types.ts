import type { Text } from '../i18n/text';
import type { Issue } from '../model/issue';
import type { CollectionName, MandatModel } from '../model/types';

/** One copy of a map: the plain model and, when the file has one, its Yjs state. */
export interface MapCopy {
  readonly model: MandatModel;
  readonly yjsState: Uint8Array | null;
}

/** A collection, or the map's details or settings, which merge like one element each. */
export type MergeScope = CollectionName | 'meta' | 'settings';

/** One field that differs, with both values (a dotted path for nested fields: `mandate.text`). */
export interface FieldDifference {
  readonly field: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

/** An element the merge added, changed or removed in our copy. */
export interface ElementChange {
  readonly scope: MergeScope;
  readonly id: string;
  readonly label: Text;
  readonly kind: 'added' | 'changed' | 'removed';
  /** The changed fields (empty for added and removed). */
  readonly fields: readonly string[];
}

/** What came from the other copy, in collection order: added, then changed, then removed. */
export interface MergeSummary {
  readonly changes: readonly ElementChange[];
}

/**
 * An element both copies hold with different content and no shared history to tell
 * which is newer: a person chooses (`ours` or `theirs`), never the program.
 */
export interface Conflict {
  /** `bodies:ks`, or `meta` / `settings`: the key of the choice in `settle`. */
  readonly key: string;
  readonly scope: MergeScope;
  readonly id: string;
  readonly label: Text;
  readonly fields: readonly FieldDifference[];
}

/**
 * Copies with shared history where both changed the same thing since they parted:
 * Yjs keeps one value (the same in every copy and on every machine); this says which,
 * so the choice is never silent. `field` null: one copy removed the element while the
 * other changed it; the removal stands.
 */
export interface ConcurrentEdit {
  readonly scope: MergeScope;
  readonly id: string;
  readonly label: Text;
  readonly field: string | null;
  readonly ours: unknown;
  readonly theirs: unknown;
  readonly kept: 'ours' | 'theirs';
}

/** A change the merge made so that the merged map holds together, and why. */
export interface MergeRepair {
  readonly code: 'dropped-dangling' | 'cleared-reference' | 'dropped-self-line';
  readonly collection: CollectionName;
  readonly id: string;
  readonly message: Text;
}

export type Choice = 'ours' | 'theirs';

/** The outcome of `mergeCopies`; `settle` turns it into the merged map. */
export interface MergeResult {
  /** `shared`: the copies share history and merged without loss; `separate`: merged by id. */
  readonly origin: 'shared' | 'separate';
  /** The merged map; for `separate`, with our version of each conflicting element until settled. */
  readonly model: MandatModel;
  /** For `shared`: the merged Yjs state (our history plus theirs). Null for `separate` until settled. */
  readonly yjsState: Uint8Array | null;
  readonly summary: MergeSummary;
  /** Only for `separate`. */
  readonly conflicts: readonly Conflict[];
  /** Only for `shared`. */
  readonly concurrent: readonly ConcurrentEdit[];
  readonly repairs: readonly MergeRepair[];
  /** What still does not hold together (a part-of loop, reversed dates); such a result cannot be settled. */
  readonly problems: readonly Issue[];
  /** The inputs, for `settle`. */
  readonly ours: MapCopy;
  readonly theirs: MapCopy;
}

export type SettleResult =
  | {
      readonly ok: true;
      readonly model: MandatModel;
      readonly yjsState: Uint8Array;
      readonly summary: MergeSummary;
      readonly repairs: readonly MergeRepair[];
    }
  | { readonly ok: false; readonly code: 'unsettled'; readonly message: Text; readonly missing: readonly string[] }
  | { readonly ok: false; readonly code: 'invalid'; readonly message: Text; readonly issues: readonly Issue[] };
