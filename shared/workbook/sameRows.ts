import { text, type Text } from '../i18n/text';
import { ROLE_LABELS } from '../export/labels';
import { overlaps } from '../model/invariants';
import { ROLES } from '../model/vocabulary';
import type { WorkbookError } from './errors';
import type { Located, ReadCollections, ReadSheet } from './located';
import { labelOf } from './table';

/** Everything a row says but its id, the same for the same content whatever the order of its keys. */
function content(item: Located): string {
  const { id: _id, ...rest } = item.entity;
  return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]));
}

function noticeAt(sheet: ReadSheet, item: Located, code: string, message: Text): WorkbookError {
  return { sheet: sheet.table.sheet, row: item.row, column: null, code, message };
}

/**
 * Rows without an id that say exactly what an earlier row of the sheet says (a row pasted
 * twice, an export appended to itself). A membership or a reporting line is read once: a
 * second one would mean nothing more, and the editor refuses a member twice in one body.
 * Two equal grants may be two grants, so both are read, and the notice says so.
 * Runs after references are resolved, so "KS" and "ks" on two rows are the same body.
 */
export function readSameRowsOnce(collections: ReadCollections, notices: WorkbookError[]): void {
  for (const name of ['memberships', 'reportingLines', 'fundingLines'] as const) {
    const sheet = collections[name];
    if (!sheet) continue;
    const once = name !== 'fundingLines';
    const first = new Map<string, number>();
    const kept = sheet.items.filter((item) => {
      if (item.idBase === null) return true;
      const key = content(item);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, item.row);
        return true;
      }
      const message = once
        ? text(`raden är likadan som rad ${earlier} och lästes bara en gång.`, `the row is the same as row ${earlier} and was read only once.`)
        : text(
            `raden är likadan som rad ${earlier}; båda lästes, som två bidrag. Ta bort den ena om det är samma bidrag.`,
            `the row is the same as row ${earlier}; both were read, as two grants. Remove one if it is the same grant.`,
          );
      notices.push(noticeAt(sheet, item, 'same-row', message));
      return !once;
    });
    collections[name] = { table: sheet.table, items: kept };
  }
}

const roleWord = (role: unknown): Text => {
  const known = ROLES.find((r) => r === role);
  return known ? ROLE_LABELS[known] : text(String(role), String(role));
};

/**
 * One person twice in one body at the same time (as chair on one row and secretary on
 * another, say). A map file may hold it and the map still means what it says, so both rows
 * are read, as a file is opened; the editor would not have let it be added, so it is said,
 * at the later row, naming the earlier one.
 */
export function noticeMembershipsOverlap(collections: ReadCollections, notices: WorkbookError[]): void {
  const sheet = collections.memberships;
  if (!sheet) return;
  const byPair = new Map<string, Located[]>();
  for (const item of sheet.items) {
    const { member, body } = item.entity;
    if (typeof member !== 'string' || typeof body !== 'string') continue;
    const key = `${member}\u0000${body}`;
    const earlier = byPair.get(key) ?? [];
    if (earlier.length === 0) byPair.set(key, earlier);
    const clash = earlier.find((e) => overlaps(e.entity, item.entity));
    if (clash) {
      const a = roleWord(clash.entity.role);
      const b = roleWord(item.entity.role);
      const roles = a.sv === b.sv ? text('', '') : text(` (där som ${a.sv.toLowerCase()}, här som ${b.sv.toLowerCase()})`, ` (there as ${a.en.toLowerCase()}, here as ${b.en.toLowerCase()})`);
      notices.push({
        sheet: sheet.table.sheet,
        row: item.row,
        column: labelOf(sheet.table, 'member'),
        code: 'duplicate-membership',
        message: text(
          `ledamoten sitter redan i organet under samma tid, på rad ${clash.row}${roles.sv}. Båda lästes; i Mandat kan en person bara ha en roll i ett organ åt gången.`,
          `the member already sits in the body during that time, on row ${clash.row}${roles.en}. Both were read; in Mandat a person holds one role in a body at a time.`,
        ),
      });
    }
    earlier.push(item);
  }
}
