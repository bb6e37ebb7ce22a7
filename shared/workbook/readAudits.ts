import { text } from '../i18n/text';
import { ENTITY_SPECS } from '../model/specs';
import type { StatusChange } from '../model/types';
import { splitNested } from './escape';
import type { WorkbookError } from './errors';
import type { ReadSheet } from './located';
import { readRows, type RowReader } from './rowReader';
import type { Table } from './table';
import { readDate } from './values';
import { ACTION_STATUS_WORDS, readWord, STANCE_WORDS } from './words';

const AU = ENTITY_SPECS.audits;
const R = ENTITY_SPECS.recommendations;
const AN = ENTITY_SPECS.answers;
const AC = ENTITY_SPECS.actions;

/** The Granskningar sheet: one row per audit. */
export function readAudits(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      title: r.text('title', AU.title),
      auditor: r.text('auditor', AU.auditor),
      forWhom: r.text('for_whom', AU.forWhom),
      date: r.date('date'),
      scope: r.text('scope', AU.scope),
      link: r.text('link', AU.link),
      notes: r.text('notes', AU.notes),
    }),
  );
}

/** The Rekommendationer sheet: the audit by id, bodies by id or name, finding keys separated by `;`. */
export function readRecommendations(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      audit: r.ref('audit'),
      text: r.text('text', R.text),
      addressedTo: r.optionalRef('addressed_to'),
      concernsBodies: r.refs('concerns_bodies'),
      concernsLines: r.refs('concerns_lines'),
      concernsInitiatives: r.refs('concerns_initiatives'),
      concernsDocuments: r.refs('concerns_documents'),
      findingKeys: r.list('finding_keys', R.findingKeys),
      notes: r.text('notes', R.notes),
    }),
  );
}

/** The Svar sheet: the stance in Swedish or English words ("delar delvis", "agrees_in_part"). */
export function readAnswers(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      recommendation: r.ref('recommendation'),
      by: r.optionalRef('by'),
      date: r.date('date'),
      stance: r.word('stance', STANCE_WORDS, 'agrees'),
      text: r.text('text', AN.text),
      decisionRef: r.text('decision_ref', AN.decisionRef),
      notes: r.text('notes', AN.notes),
    }), 'answer',
  );
}

/** The Åtgärder sheet: the status history written `status|YYYY-MM-DD; status|YYYY-MM-DD`. */
export function readActions(table: Table, errors: WorkbookError[]): ReadSheet {
  return readRows(
    table,
    errors,
    (r) => ({
      recommendation: r.ref('recommendation'),
      text: r.text('text', AC.text),
      owner: r.optionalRef('owner'),
      due: r.date('due'),
      statusHistory: statusHistory(r, 'status_history'),
      evidence: r.text('evidence', AC.evidence),
      notes: r.text('notes', AC.notes),
    }), 'action',
  );
}

function statusHistory(r: RowReader, column: string): StatusChange[] {
  const out: StatusChange[] = [];
  splitNested(r.raw(column)).forEach((parts, i) => {
    const wrong = (): void =>
      r.fail(
        column,
        'invalid-status',
        text(
          `status ${i + 1} ska skrivas status|ÅÅÅÅ-MM-DD, t.ex. "pågår|2023-06-01" (datumet får lämnas tomt: "pågår|")`,
          `status ${i + 1} must be written status|YYYY-MM-DD, e.g. "in_progress|2023-06-01" (the date may be left empty: "in_progress|")`,
        ),
      );
    if (parts.length !== 2) return wrong();
    const word = readWord(ACTION_STATUS_WORDS, parts[0] ?? '');
    const date = readDate(parts[1] ?? '');
    if (!word.ok) return r.fail(column, 'unknown-word', text(`status ${i + 1}: ${word.message.sv}`, `status ${i + 1}: ${word.message.en}`));
    if (!date.ok) return wrong();
    out.push({ status: word.value, date: date.value });
  });
  return out;
}
