import { say, text, type Text } from '../i18n/text';
import type { MandatModel } from '../model/types';
import { LEVELS, ROLES, type Language, type Role } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';
import { ROLE_LABELS } from './labels';
import { mapView, type ViewBody, type ViewOptions } from './view';

/** What a meeting document's spreadsheet shows: the view and the language of its words. */
export interface MatrixOptions extends ViewOptions {
  readonly lang: Language;
  /** The workbook's findings sheet; on when absent. */
  readonly findings?: boolean;
}

/** One shown body: a column of the matrix. */
export interface MatrixColumn {
  readonly view: ViewBody;
  /** Members with a regular role (not invited) in the body on the date. */
  readonly count: number;
}

/** One member: a row of the matrix. */
export interface MatrixRow {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly organisation: string;
  /** The member's roles in each column's body, translated and joined; empty where none. */
  readonly cells: readonly string[];
  /** Shown bodies in which the member has a regular role (not invited) on the date. */
  readonly count: number;
}

/** Who sits where on one date: members by shown bodies, with counts per row and column. */
export interface MembershipMatrix {
  readonly asOf: string;
  readonly lang: Language;
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
  /** The header of the member columns and of the count column, and the label of the totals row. */
  readonly labels: { readonly name: string; readonly title: string; readonly organisation: string; readonly count: string; readonly total: string };
  /** How the counts are made, in a sentence (invited guests are shown but not counted). */
  readonly note: string;
  /** The sentence to show instead of a table when there is nothing to show; null otherwise. */
  readonly empty: string | null;
}

export const MATRIX_LABELS = {
  name: text('Namn', 'Name'),
  title: text('Titel', 'Title'),
  organisation: text('Organisation', 'Organisation'),
  // The headers say it themselves, so that a printout or a CSV cannot be misread.
  count: text('Antal organ (inbjudna räknas inte)', 'Bodies (invited not counted)'),
  total: text('Antal ledamöter (inbjudna räknas inte)', 'Members (invited not counted)'),
} as const;

const ROLE_ORDER = new Map<Role, number>(ROLES.map((r, i) => [r, i]));
const LEVEL_ORDER = new Map(LEVELS.map((l, i) => [l, i]));

/** How the counts are made, for the note under the matrix. */
export function countNote(asOf: string): Text {
  return text(
    `Antalen räknar ordförande, ledamöter och sekreterare den ${asOf}. "Bjuds in vid behov" visas men räknas inte.`,
    `The counts include chairs, members and secretaries on ${asOf}. "Invited when needed" is shown but not counted.`,
  );
}

/** The sentence for a view with nothing in it. */
export function nothingToShow(what: Text, asOf: string): Text {
  return text(`Inget att visa: ${what.sv} den ${asOf} med de valda filtren.`, `Nothing to show: ${what.en} on ${asOf} with the chosen filters.`);
}

const NO_BODIES = text('inga organ', 'no bodies');
const NO_MEMBERS = text('inga ledamöter i de visade organen', 'no members in the shown bodies');

/** The shown bodies in matrix order: political, administrative, operative, external, then by name on the date. */
export function orderedBodies(bodies: readonly ViewBody[], lang: Language): ViewBody[] {
  return [...bodies].sort(
    (a, b) =>
      (LEVEL_ORDER.get(a.body.level) ?? 0) - (LEVEL_ORDER.get(b.body.level) ?? 0) ||
      a.name.localeCompare(b.name, lang) ||
      a.body.id.localeCompare(b.body.id),
  );
}

/**
 * Members by shown bodies on `asOf`: a row for everyone with a membership valid on the
 * date in a shown body (an invited guest too, so the cell says so), a column per shown body.
 */
export function membershipMatrix(model: MandatModel, view: ViewOptions, lang: Language): MembershipMatrix {
  const { asOf } = view;
  const bodies = orderedBodies(mapView(model, view).bodies, lang);
  const columnOf = new Map(bodies.map((b, i) => [b.body.id as string, i]));
  // member id → per column the roles held on the date
  const held = new Map<string, Set<Role>[]>();
  for (const m of model.memberships.values()) {
    const col = columnOf.get(m.body);
    if (col === undefined || !isValidOn(m, asOf) || !model.members.has(m.member)) continue;
    let roles = held.get(m.member);
    if (!roles) held.set(m.member, (roles = bodies.map(() => new Set<Role>())));
    roles[col]?.add(m.role);
  }
  const counts = bodies.map(() => 0);
  const rows = [...held].map(([id, roles]): MatrixRow => {
    const member = model.members.get(id);
    let count = 0;
    const cells = roles.map((set, col) => {
      if ([...set].some((r) => r !== 'invited')) {
        count++;
        counts[col] = (counts[col] ?? 0) + 1;
      }
      const sorted = [...set].sort((a, b) => (ROLE_ORDER.get(a) ?? 0) - (ROLE_ORDER.get(b) ?? 0));
      return sorted.map((r) => say(ROLE_LABELS[r], lang)).join(', ');
    });
    return { id, name: member?.name ?? id, title: member?.title ?? '', organisation: member?.organisation ?? '', cells, count };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, lang) || a.id.localeCompare(b.id));
  const empty = bodies.length === 0 ? NO_BODIES : rows.length === 0 ? NO_MEMBERS : null;
  return {
    asOf,
    lang,
    columns: bodies.map((b, i) => ({ view: b, count: counts[i] ?? 0 })),
    rows,
    labels: {
      name: say(MATRIX_LABELS.name, lang),
      title: say(MATRIX_LABELS.title, lang),
      organisation: say(MATRIX_LABELS.organisation, lang),
      count: say(MATRIX_LABELS.count, lang),
      total: say(MATRIX_LABELS.total, lang),
    },
    note: say(countNote(asOf), lang),
    empty: empty === null ? null : say(nothingToShow(empty, asOf), lang),
  };
}

/** The number of columns before the body columns (name, title, organisation). */
export const MEMBER_COLUMNS = 3;

/**
 * The matrix as a plain table: the header, a row per member, the totals row. Counts
 * are numbers; an empty matrix is one cell with the sentence that says so.
 */
export function matrixTable(matrix: MembershipMatrix): (string | number)[][] {
  if (matrix.empty !== null) return [[matrix.empty]];
  const { labels } = matrix;
  const header = [labels.name, labels.title, labels.organisation, ...matrix.columns.map((c) => c.view.name), labels.count];
  const rows = matrix.rows.map((r) => [r.name, r.title, r.organisation, ...r.cells, r.count]);
  const totals = [labels.total, '', '', ...matrix.columns.map((c) => c.count), ''];
  return [header, ...rows, totals];
}
