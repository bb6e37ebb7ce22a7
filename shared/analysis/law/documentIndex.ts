import type { GoverningDocument, IsoDate } from '../../model/types';
import type { DocumentKind } from '../../model/vocabulary';
import { isValidOn } from '../../time/isoDate';
import type { AnalysisContext } from '../context';

/** The kinds of document that plan measures: what "a plan in force covers an initiative" looks at. */
export const PLAN_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['action_plan', 'plan_programme', 'yearly_plan', 'cooperation_agreement', 'citizen_promise']);

/**
 * The map's governing documents indexed once per analysis: every law and plan check reads
 * this rather than scanning all documents per body or per initiative.
 */
export interface DocumentIndex {
  /** Every document, in id order. */
  readonly all: readonly GoverningDocument[];
  /** The documents in force on the date, in id order. */
  readonly inForce: readonly GoverningDocument[];
  /** The documents in force on the date by kind, each list in id order. */
  inForceOf(kind: DocumentKind): readonly GoverningDocument[];
  /** Initiatives that a plan-kind document in force governs. */
  readonly coveredInitiatives: ReadonlySet<string>;
  /**
   * Whether a later document takes this one's place: one that names it in `replaces` and is
   * in force on the date or has itself ended (its own lapse is then its own finding; one not
   * yet in force leaves a gap, so it does not count). Only in a map where no document names
   * what it replaces, the older match by kind and title stands in (see `successionGroup`).
   */
  hasSuccessor(doc: GoverningDocument): boolean;
  /** Whether a document in force on the date names this one in `replaces`. */
  replacedInForce(doc: GoverningDocument): boolean;
}

/** When a document took effect: its validity's start, else its decision date; null when neither is known. */
export function startOf(doc: GoverningDocument): IsoDate | null {
  return doc.validFrom ?? doc.decidedOn;
}

/** The date a document's content dates from (for a lägesbild's age): its decision, else its start. */
export function datedOn(doc: GoverningDocument): IsoDate | null {
  return doc.decidedOn ?? doc.validFrom;
}

/** The kinds the law asks one of at a time: any later one takes the place of the one before. */
const ONE_AT_A_TIME: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['situational_picture', 'action_plan', 'cooperation_agreement']);

/**
 * Which documents follow each other: a later lägesbild, åtgärdsplan or agreement replaces the
 * one before; any other document is replaced by a later one of its kind with the same title
 * but for its years ("Årsplan 2021" by "Årsplan 2022", not by "Plan för trygghet 2018–2023").
 */
export function successionGroup(d: GoverningDocument): string {
  if (ONE_AT_A_TIME.has(d.kind)) return d.kind;
  const stem = d.title
    .toLowerCase()
    .replace(/\d+(\s*[-–]\s*\d+)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${d.kind}|${stem}`;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cache = new WeakMap<AnalysisContext, DocumentIndex>();

/** The index for one analysis context, built on first use and kept with the context. */
export function documentIndex(ctx: AnalysisContext): DocumentIndex {
  let index = cache.get(ctx);
  if (!index) {
    index = buildDocumentIndex(ctx.model.documents.values(), ctx.asOf);
    cache.set(ctx, index);
  }
  return index;
}

/** Builds the index of `documents` on `asOf`. */
export function buildDocumentIndex(documents: Iterable<GoverningDocument>, asOf: IsoDate): DocumentIndex {
  const all = [...documents].sort(byId);
  const inForce = all.filter((d) => isValidOn(d, asOf));
  const byKind = new Map<DocumentKind, GoverningDocument[]>();
  const covered = new Set<string>();
  for (const d of inForce) {
    const list = byKind.get(d.kind);
    if (list) list.push(d);
    else byKind.set(d.kind, [d]);
    if (PLAN_KINDS.has(d.kind)) for (const i of d.governsInitiatives) covered.add(i);
  }
  // What each document is named as replaced by (its successors by `replaces`).
  const replacedBy = new Map<string, GoverningDocument[]>();
  for (const d of all) {
    if (d.replaces === null || d.replaces === undefined || d.replaces === d.id) continue;
    const list = replacedBy.get(d.replaces);
    if (list) list.push(d);
    else replacedBy.set(d.replaces, [d]);
  }
  const explicit = replacedBy.size > 0;
  const inForceIds = new Set(inForce.map((d) => d.id));
  // Each succession group as its members, and each document's group, made when first asked
  // for: only a map where no document names what it replaces needs them, and a group is two
  // regular expressions over a title (a thousand documents on a large map).
  let groups: Map<string, GoverningDocument[]> | null = null;
  const groupOf = new Map<GoverningDocument, string>();
  const groupsByName = (): Map<string, GoverningDocument[]> => {
    if (groups) return groups;
    groups = new Map();
    for (const d of all) {
      const g = successionGroup(d);
      groupOf.set(d, g);
      const list = groups.get(g);
      if (list) list.push(d);
      else groups.set(g, [d]);
    }
    return groups;
  };
  return {
    all,
    inForce,
    inForceOf: (kind) => byKind.get(kind) ?? [],
    coveredInitiatives: covered,
    replacedInForce: (d) => (replacedBy.get(d.id) ?? []).some((o) => inForceIds.has(o.id)),
    hasSuccessor: (d) => {
      if (explicit) return (replacedBy.get(d.id) ?? []).some((o) => inForceIds.has(o.id) || (o.validTo !== null && o.validTo < asOf));
      const s = startOf(d);
      const byName = groupsByName();
      for (const other of byName.get(groupOf.get(d) ?? successionGroup(d)) ?? []) {
        const o = startOf(other);
        if (other !== d && o !== null && (s === null || o > s)) return true;
      }
      return false;
    },
  };
}
