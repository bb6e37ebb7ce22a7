import type { Text } from '../i18n/text';
import type { Finding, Severity } from '../analysis/types';
import type { CollectionName, IsoDate, MandatModel } from '../model/types';

/** A plain element, read field by field: the difference treats every declared collection alike. */
export type Entity = Readonly<Record<string, unknown>>;

/** A collection, or the map's details or settings (one element each). */
export type DiffScope = CollectionName | 'meta' | 'settings';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs: a dotted path for a field inside an object (`mandate.decidedBy`). */
export interface FieldChange {
  readonly field: string;
  /** The field's name as the forms show it (the declaration's label; a nested field adds its own). */
  readonly label: Text;
  readonly before: unknown;
  readonly after: unknown;
  /** Both values as a person reads them (names rather than ids, the forms' words rather than codes). */
  readonly beforeText: Text;
  readonly afterText: Text;
}

/**
 * One element that was added, removed or changed. `before` and `after` are the whole
 * element as A and B hold it, so that the list can be applied to A to give B (see
 * `applyDifference`).
 */
export interface Change {
  readonly scope: DiffScope;
  readonly kind: ChangeKind;
  /** The element's id in B (added, changed) or in A (removed). */
  readonly id: string;
  /** Its id in A when it was matched by name and the ids differ (two municipalities' maps). */
  readonly idBefore?: string;
  readonly label: Text;
  readonly before: Entity | null;
  readonly after: Entity | null;
  /** The fields that differ (empty for added and removed). */
  readonly fields: readonly FieldChange[];
  /** The change in plain words. */
  readonly description: Text;
  /** The bodies to frame when the change is clicked (ids in B; for a removed element, in A). */
  readonly bodies: readonly string[];
  /** The reporting lines it concerns (ids as `bodies`). */
  readonly lines: readonly string[];
}

/** The changes of one collection, in the order added, changed, removed. */
export interface ChangeGroup {
  readonly scope: DiffScope;
  readonly title: Text;
  readonly changes: readonly Change[];
}

export type FindingStatus = 'appeared' | 'resolved' | 'persists';

/** A finding of the checks that came, went or stayed between A and B. */
export interface FindingChange {
  readonly status: FindingStatus;
  readonly key: string;
  readonly rule: string;
  readonly severity: Severity;
  /** The finding's message as the side that has it says it (B's for a persisting one). */
  readonly message: Text;
  readonly bodies: readonly string[];
  readonly lines: readonly string[];
}

/** A body of B matched to a body of A by its name or short name because no id matched. */
export interface NameMatch {
  readonly scope: DiffScope;
  readonly idBefore: string;
  readonly id: string;
  readonly name: string;
}

/** What changed from A to B: two dates of one map, or two files. */
export interface MapDifference {
  readonly mode: 'dates' | 'files';
  /** The date A's findings are judged on (date A, or `from`). */
  readonly from: IsoDate;
  /** The date B's findings are judged on (date B, or `to`). */
  readonly to: IsoDate;
  /** Non-empty groups only, in the model's collection order (map details and settings first). */
  readonly groups: readonly ChangeGroup[];
  readonly findings: {
    readonly appeared: readonly FindingChange[];
    readonly resolved: readonly FindingChange[];
    readonly persists: readonly FindingChange[];
    /** How many persist: `persists.length`, without listing them (the list is made when first read). */
    readonly persistsCount: number;
  };
  /** Elements matched by name rather than id (empty for two versions of one map). */
  readonly matchedByName: readonly NameMatch[];
  /** Things the reader should know about how the two were compared. */
  readonly notes: readonly Text[];
}

/** How two files are matched: by id only, or (`auto`) by name too when the maps share no body id. */
export type MatchMode = 'id' | 'auto';

export interface DiffOptions {
  /** The date A's findings are judged on; default today. */
  readonly from?: IsoDate;
  /** The date B's findings are judged on; default `from`. */
  readonly to?: IsoDate;
  readonly match?: MatchMode;
  /** Leave out the findings (faster; the property tests compare elements only). */
  readonly withoutFindings?: boolean;
  /**
   * The findings of a map on a date, when the caller has them at hand (the window keeps the
   * analyses it has made: the Compare view's second date is the one the canvas shows);
   * default: `analyse(model, { asOf }).findings`.
   */
  readonly findingsOn?: FindingsOn;
}

/** The (unacknowledged) findings of the checks on a map as of a date, as `analyse` lists them. */
export type FindingsOn = (model: MandatModel, asOf: IsoDate) => readonly Finding[];
