import type { Text } from '../../i18n/text';
import type { ObjectSpec } from '../fields';
import type { CollectionName } from '../types';

/**
 * A reference from one field to another collection, and what a dangling one means.
 * `drop`: the element means nothing without its target (a membership of a deleted body):
 * a command that removes the target removes it too, and a file that holds it loses it with
 * a repair noted. `refuse`: the reference describes the element, so removing the target
 * clears the field, but a file that points nowhere is refused (clearing it would change
 * what the file says).
 */
export interface ReferenceDeclaration {
  /** The field path inside the element, e.g. `mandate.decidedBy`. */
  readonly field: string;
  readonly target: CollectionName;
  readonly list: boolean;
  readonly dangling: 'drop' | 'refuse';
  /** Only elements whose field at `when.field` is `when.equals` make this reference (a comment's target kind). */
  readonly when?: { readonly field: string; readonly equals: string };
}

/** One column of a workbook sheet: its English name, the Swedish ones import accepts (the first is written), the field it holds. */
export interface ColumnDeclaration {
  readonly name: string;
  readonly sv: readonly string[];
  /** The field path it is read into and written from (`mandate.decidedBy`, `position.x`); none for the Map sheet's key and value. */
  readonly field?: string;
  /** An .xlsx holds it as a number rather than text. */
  readonly number?: boolean;
}

/** Where a collection lives in a workbook. */
export interface SheetDeclaration {
  /** The English sheet name export writes (and the CSV file name). */
  readonly name: string;
  /** The Swedish sheet name a Swedish workbook is written with. */
  readonly sv: string;
  /** Other names import accepts, lower case. */
  readonly aliases: readonly string[];
  /** Every column, in the order export writes them. */
  readonly columns: readonly ColumnDeclaration[];
  /** Columns the sheet must have when it is present. */
  readonly required: readonly string[];
}

/**
 * Everything about one kind of element, written once: its fields (type, required, default,
 * vocabulary: see fields.ts), their labels in both languages, its references to other
 * collections, and its workbook sheet. Commands, restore, the workbook, merge, the
 * invariants and the model table (docs/reference/model.md) are all derived from these.
 */
export interface CollectionDeclaration<S extends ObjectSpec = ObjectSpec> {
  readonly collection: CollectionName;
  /** What one element is called. */
  readonly noun: Text;
  /** What the whole collection is called (the model table's heading, docs/reference/model.md). */
  readonly title: Text;
  /** The fields, in the order the file writes them. */
  readonly fields: S;
  /** Each top-level field's name in both languages. */
  readonly labels: { readonly [K in keyof S]: Text };
  readonly references: readonly ReferenceDeclaration[];
  /** The prefix of a made-up id (`body-3f…`). */
  readonly idPrefix: string;
  /** Its workbook sheet; none for a collection a workbook does not hold (comments). */
  readonly sheet?: SheetDeclaration;
}

/** The declarations of every collection, in model order. */
export type Declarations = { readonly [C in CollectionName]: CollectionDeclaration };

/** Declares a collection, keeping the literal types of its fields (the types in types.ts are checked against them). */
export function declareCollection<S extends ObjectSpec>(declaration: CollectionDeclaration<S>): CollectionDeclaration<S> {
  return declaration;
}
