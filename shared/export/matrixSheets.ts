import { analyse } from '../analysis/analyse';
import type { Finding, Severity } from '../analysis/types';
import { say, text, type Text } from '../i18n/text';
import type { Acknowledgement, MandatModel } from '../model/types';
import type { Language } from '../model/vocabulary';
import { nameOn } from '../time/names';
import { DOCUMENTED_LABELS, KIND_LABELS, LEVEL_LABELS, LINE_KIND_LABELS, RULE_LABELS } from './labels';
import { membershipMatrix, nothingToShow, orderedBodies, type MatrixOptions, type MembershipMatrix } from './matrixData';
import { mapView, type MapView } from './view';

/** One sheet of the meeting workbook besides the matrix: a header row and plain rows. */
export interface SheetTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Said in place of rows when there are none; null when there are rows. */
  readonly empty: string | null;
  /** Columns that stay in view while scrolling right (none when absent). */
  readonly frozenColumns?: number;
}

/** The sheet name of the matrix itself. */
export const MATRIX_SHEET = text('Matris', 'Matrix');

// One finding has one severity, so these are singular (the labels in labels.ts head lists).
const SEVERITY_WORD: Readonly<Record<Severity, Text>> = {
  error: text('Fel', 'Error'),
  warning: text('Varning', 'Warning'),
  info: text('Information', 'Information'),
};

const YES = text('Ja', 'Yes');
const NO = text('Nej', 'No');

function table(name: Text, header: readonly Text[], rows: (string | number)[][], none: Text, asOf: string, lang: Language): SheetTable {
  return {
    name: say(name, lang),
    header: header.map((h) => say(h, lang)),
    rows,
    empty: rows.length > 0 ? null : say(nothingToShow(none, asOf), lang),
  };
}

/** A body's name on the date by id; the id itself for a body the map does not have. */
function bodyName(model: MandatModel, id: string | null, asOf: string): string {
  if (id === null) return '';
  const body = model.bodies.get(id);
  return body ? nameOn(body, asOf).name : id;
}

const BODY_HEADER = [
  text('Namn', 'Name'),
  text('Kortnamn', 'Short name'),
  text('Typ', 'Kind'),
  text('Nivå', 'Level'),
  text('Mandat', 'Mandate'),
  text('Beslutat av', 'Decided by'),
  text('Beslut', 'Decision ref'),
  text('Ledamöter (inbjudna räknas inte)', 'Members (invited not counted)'),
];

/**
 * The shown bodies in matrix order, with their mandate and the number of members the
 * matrix counts (a person who is both chair and secretary is one member).
 */
export function bodiesSheet(model: MandatModel, view: MapView, matrix: MembershipMatrix, lang: Language): SheetTable {
  const counts = new Map<string, number>(matrix.columns.map((c) => [c.view.body.id, c.count]));
  const rows = orderedBodies(view.bodies, lang).map(({ body, name, shortName }) => [
    name,
    shortName,
    say(KIND_LABELS[body.kind], lang),
    say(LEVEL_LABELS[body.level], lang),
    body.mandate.text,
    bodyName(model, body.mandate.decidedBy, view.asOf),
    body.mandate.decisionRef,
    counts.get(body.id) ?? 0,
  ]);
  return table(text('Organ', 'Bodies'), BODY_HEADER, rows, text('inga organ', 'no bodies'), view.asOf, lang);
}

const LINE_HEADER = [
  text('Från', 'From'),
  text('Till', 'To'),
  text('Typ', 'Kind'),
  text('Frekvens', 'Frequency'),
  text('Form', 'Form'),
  text('Dokumenterad', 'Documented'),
];

/** The reporting lines between shown bodies on the date. */
export function reportingSheet(model: MandatModel, view: MapView, lang: Language): SheetTable {
  const rows = view.lines.map((l) => [
    bodyName(model, l.from, view.asOf),
    bodyName(model, l.to, view.asOf),
    say(LINE_KIND_LABELS[l.kind], lang),
    l.frequency,
    l.form,
    say(DOCUMENTED_LABELS[l.documented], lang),
  ]);
  return table(text('Rapportering', 'Reporting lines'), LINE_HEADER, rows, text('inga rapporteringsvägar', 'no reporting lines'), view.asOf, lang);
}

const FINDING_HEADER = [
  text('Allvar', 'Severity'),
  text('Regel', 'Rule'),
  text('Iakttagelse', 'Message'),
  text('Åtgärd', 'Fix'),
  text('Kvitterad', 'Acknowledged'),
  text('Motivering', 'Reason'),
];

/**
 * What the checks say on the date, acknowledged ones last. With a filter, only findings
 * about a shown body (or about no body at all), so the sheet matches the matrix.
 */
export function findingsSheet(model: MandatModel, view: MapView, filtered: boolean, lang: Language): SheetTable {
  const result = analyse(model, { asOf: view.asOf });
  const shown = new Set<string>(view.bodies.map((b) => b.body.id));
  const about = (f: Finding) => !filtered || f.elements.bodies.length === 0 || f.elements.bodies.some((b) => shown.has(b));
  const row = (f: Finding, ack: Acknowledgement | null) => [
    say(SEVERITY_WORD[f.severity], lang),
    say(RULE_LABELS[f.rule], lang),
    say(f.message, lang),
    say(f.fix, lang),
    say(ack ? YES : NO, lang),
    ack?.reason ?? '',
  ];
  const rows = [
    ...result.findings.filter(about).map((f) => row(f, null)),
    ...result.acknowledged.filter((a) => about(a.finding)).map((a) => row(a.finding, a.acknowledgement)),
  ];
  return table(text('Fynd', 'Findings'), FINDING_HEADER, rows, text('inga fynd', 'no findings'), view.asOf, lang);
}

/** The sheets after the matrix: bodies, reporting lines and (unless turned off) findings. */
export function detailSheets(model: MandatModel, options: MatrixOptions, matrix: MembershipMatrix = membershipMatrix(model, options, options.lang)): SheetTable[] {
  const view = mapView(model, options);
  const filtered = (options.levels?.length ?? 0) > 0 || (options.selection?.length ?? 0) > 0;
  const sheets = [bodiesSheet(model, view, matrix, options.lang), reportingSheet(model, view, options.lang)];
  if (options.findings !== false) sheets.push(findingsSheet(model, view, filtered, options.lang));
  return sheets;
}
