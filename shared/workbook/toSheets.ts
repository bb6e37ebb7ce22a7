import type { MandatModel } from '../model/types';
import type { Language } from '../model/vocabulary';
import { SHEET_ORDER, SHEETS, type MapKey, type SheetKey } from './columns';
import { columnLabel, mapKeyLabel, sheetLabel } from './swedishNames';
import { ACTION_STATUS_WORDS, BODY_KIND_WORDS, DOCUMENT_KIND_WORDS, DOCUMENTED_WORDS, LEVEL_WORDS, LINE_KIND_WORDS, MEMBER_KIND_WORDS, RACI_WORDS, ROLE_WORDS, STANCE_WORDS, wordFor } from './words';
import { escapeEntry, joinList } from './escape';
import type { Sheets } from './table';
import { numberText, type Decimal } from './values';

type Cells = Readonly<Record<string, string>>;

function byId<T extends { readonly id: string }>(collection: ReadonlyMap<string, T>): T[] {
  return [...collection.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const date = (d: string | null): string => d ?? '';
/** The rows of a sheet, vocabulary words and yes/no in the workbook's language. */
function rowsOf(model: MandatModel, key: SheetKey, lang: Language, decimal: Decimal): Cells[] {
  const bool = (b: boolean): string => (lang === 'sv' ? (b ? 'ja' : 'nej') : b ? 'true' : 'false');
  switch (key) {
    case 'bodies':
      return byId(model.bodies).map((b) => ({
        id: b.id,
        name: b.name,
        short_name: b.shortName,
        kind: wordFor(BODY_KIND_WORDS, b.kind, lang),
        level: wordFor(LEVEL_WORDS, b.level, lang),
        accountable: bool(b.accountable),
        part_of: b.partOf ?? '',
        mandate: b.mandate.text,
        decided_by: b.mandate.decidedBy ?? '',
        decision_ref: b.mandate.decisionRef,
        required_members: joinList(b.mandate.requiredMembers),
        meets: b.meets,
        valid_from: date(b.validFrom),
        valid_to: date(b.validTo),
        notes: b.notes,
        former_names: b.formerNames.map((f) => [f.name, f.shortName, f.validTo].map(escapeEntry).join('|')).join('; '),
        x: b.position ? numberText(b.position.x, decimal) : '',
        y: b.position ? numberText(b.position.y, decimal) : '',
      }));
    case 'members':
      return byId(model.members).map((m) => ({ id: m.id, name: m.name, title: m.title, organisation: m.organisation, kind: wordFor(MEMBER_KIND_WORDS, m.kind, lang), notes: m.notes }));
    case 'memberships':
      return byId(model.memberships).map((m) => ({
        id: m.id,
        member: m.member,
        body: m.body,
        role: wordFor(ROLE_WORDS, m.role, lang),
        valid_from: date(m.validFrom),
        valid_to: date(m.validTo),
      }));
    case 'reportingLines':
      return byId(model.reportingLines).map((l) => ({
        id: l.id,
        from: l.from,
        to: l.to,
        kind: wordFor(LINE_KIND_WORDS, l.kind, lang),
        frequency: l.frequency,
        form: l.form,
        documented: wordFor(DOCUMENTED_WORDS, l.documented, lang),
        primary: bool(l.primary),
        valid_from: date(l.validFrom),
        valid_to: date(l.validTo),
        notes: l.notes,
      }));
    case 'initiatives':
      return byId(model.initiatives).map((i) => ({
        id: i.id,
        name: i.name,
        responsible: i.responsible ?? '',
        executors: i.executors.join('; '),
        targets: i.targets,
        valid_from: date(i.validFrom),
        valid_to: date(i.validTo),
        notes: i.notes,
      }));
    case 'fundingLines':
      return byId(model.fundingLines).map((f) => ({
        id: f.id,
        funder: f.funder,
        receiver: f.receiver,
        initiative: f.initiative ?? '',
        year: numberText(f.year, decimal),
        amount_sek: numberText(f.amountSek, decimal),
        source: f.source,
        notes: f.notes,
      }));
    case 'acknowledgements':
      return byId(model.acknowledgements).map((a) => ({ id: a.id, finding_key: a.findingKey, reason: a.reason, by: a.by, at: a.at }));
    case 'documents':
      return byId(model.documents).map((d) => ({
        id: d.id,
        title: d.title,
        kind: wordFor(DOCUMENT_KIND_WORDS, d.kind, lang),
        decided_by: d.decidedBy ?? '',
        decision_ref: d.decisionRef,
        decided_on: date(d.decidedOn),
        valid_from: date(d.validFrom),
        valid_to: date(d.validTo),
        review_by: date(d.reviewBy),
        parties: d.parties.join('; '),
        signatories: d.signatories.join('; '),
        parent: d.parent ?? '',
        replaces: d.replaces ?? '',
        governs_bodies: d.governsBodies.join('; '),
        governs_initiatives: d.governsInitiatives.join('; '),
        governs_lines: d.governsLines.join('; '),
        areas: joinList(d.areas),
        link: d.link,
        notes: d.notes,
        x: d.position ? numberText(d.position.x, decimal) : '',
        y: d.position ? numberText(d.position.y, decimal) : '',
      }));
    case 'coordination':
      return byId(model.coordination).map((c) => ({
        id: c.id,
        body: c.body ?? '',
        member: c.member ?? '',
        valid_from: date(c.validFrom),
        valid_to: date(c.validTo),
        notes: c.notes,
      }));
    case 'tasks':
      return byId(model.tasks).map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        initiative: t.initiative ?? '',
        document: t.document ?? '',
        body: t.body ?? '',
        valid_from: date(t.validFrom),
        valid_to: date(t.validTo),
        library_key: t.libraryKey,
        notes: t.notes,
      }));
    case 'assignments':
      return byId(model.assignments).map((a) => ({
        id: a.id,
        task: a.task,
        body: a.body ?? '',
        member: a.member ?? '',
        role: wordFor(RACI_WORDS, a.role, lang),
        valid_from: date(a.validFrom),
        valid_to: date(a.validTo),
        source: a.source,
      }));
    case 'audits':
      return byId(model.audits).map((a) => ({ id: a.id, title: a.title, auditor: a.auditor, for_whom: a.forWhom, date: date(a.date), scope: a.scope, link: a.link, notes: a.notes }));
    case 'recommendations':
      return byId(model.recommendations).map((r) => ({
        id: r.id,
        audit: r.audit,
        text: r.text,
        addressed_to: r.addressedTo ?? '',
        concerns_bodies: r.concernsBodies.join('; '),
        concerns_lines: r.concernsLines.join('; '),
        concerns_initiatives: r.concernsInitiatives.join('; '),
        concerns_documents: r.concernsDocuments.join('; '),
        finding_keys: joinList(r.findingKeys),
        notes: r.notes,
      }));
    case 'answers':
      return byId(model.answers).map((a) => ({
        id: a.id,
        recommendation: a.recommendation,
        by: a.by ?? '',
        date: date(a.date),
        stance: wordFor(STANCE_WORDS, a.stance, lang),
        text: a.text,
        decision_ref: a.decisionRef,
        notes: a.notes,
      }));
    case 'actions':
      return byId(model.actions).map((a) => ({
        id: a.id,
        recommendation: a.recommendation,
        text: a.text,
        owner: a.owner ?? '',
        due: date(a.due),
        status_history: a.statusHistory.map((s) => `${escapeEntry(wordFor(ACTION_STATUS_WORDS, s.status, lang))}|${s.date ?? ''}`).join('; '),
        evidence: a.evidence,
        notes: a.notes,
      }));
    case 'map':
      return [
        ['name', model.meta.name],
        ['author', model.meta.author],
        ['description', model.meta.description],
        ['overlap_threshold', numberText(model.settings.overlapThreshold, decimal)],
        ['overlap_min_shared', numberText(model.settings.overlapMinShared, decimal)],
        ['overload_threshold', numberText(model.settings.overloadThreshold, decimal)],
        ['language', model.settings.language],
        ['situational_picture_max_age', numberText(model.settings.situationalPictureMaxAgeMonths, decimal)],
        ['rules_off', joinList(model.settings.rulesOff)],
        ['accountable_task_threshold', numberText(model.settings.accountableTaskThreshold, decimal)],
        ['answer_due_days', numberText(model.settings.answerDueDays, decimal)],
      ].map(([k, v]) => ({ key: mapKeyLabel(k as MapKey, lang), value: v ?? '' }));
  }
}

/**
 * The workbook of a map: every sheet with its header row, elements sorted by id, so
 * that `sheetsToModel` gives the same map back. Sheets, columns and words are in the
 * workbook's language (by default the map's): `Organ` / `Namn` / `Styrgrupp` in
 * Swedish, `Bodies` / `name` / `steering_group` in English.
 */
export function modelToSheets(model: MandatModel, lang: Language = model.settings.language, decimal: Decimal = '.'): Sheets {
  const sheets: Sheets = {};
  for (const key of SHEET_ORDER) {
    const { columns } = SHEETS[key];
    sheets[sheetLabel(key, lang)] = [columns.map((c) => columnLabel(key, c, lang)), ...rowsOf(model, key, lang, decimal).map((cells) => columns.map((c) => cells[c] ?? ''))];
  }
  return sheets;
}
