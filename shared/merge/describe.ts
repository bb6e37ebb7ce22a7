import { text, type Text } from '../i18n/text';
import { scopeNoun } from './labels';
import type { ConcurrentEdit, Conflict, ElementChange, MergeScope, MergeSummary } from './types';

/** A value as a person reads it in a conflict: text in quotes, lists and objects as short JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '–';
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One line for a change: `Organ "KS" har ändrats: name, notes` / `Body "KS" changed: name, notes`. */
export function describeChange(c: ElementChange): Text {
  const noun = scopeNoun(c.scope);
  if (c.scope === 'meta' || c.scope === 'settings') return text(`${capital(noun.sv)} har ändrats: ${c.fields.join(', ')}`, `${capital(noun.en)} changed: ${c.fields.join(', ')}`);
  const sv = `${capital(noun.sv)} ${c.label.sv}`;
  const en = `${capital(noun.en)} ${c.label.en}`;
  if (c.kind === 'added') return text(`${sv} har lagts till`, `${en} added`);
  if (c.kind === 'removed') return text(`${sv} har tagits bort`, `${en} removed`);
  return text(`${sv} har ändrats: ${c.fields.join(', ')}`, `${en} changed: ${c.fields.join(', ')}`);
}

/** The changes grouped by collection (the map details and settings first), with counts. */
export function summaryByScope(summary: MergeSummary): { scope: MergeScope; added: number; changed: number; removed: number; changes: ElementChange[] }[] {
  const groups = new Map<MergeScope, { scope: MergeScope; added: number; changed: number; removed: number; changes: ElementChange[] }>();
  for (const c of summary.changes) {
    let g = groups.get(c.scope);
    if (!g) groups.set(c.scope, (g = { scope: c.scope, added: 0, changed: 0, removed: 0, changes: [] }));
    g[c.kind]++;
    g.changes.push(c);
  }
  return [...groups.values()];
}

/** A heading for one collection's changes: `Organ: 2 tillagda, 1 ändrad, 0 borttagna`. */
export function describeCounts(g: { scope: MergeScope; added: number; changed: number; removed: number }): Text {
  const noun = scopeNoun(g.scope);
  return text(
    `${capital(noun.sv)}: ${g.added} tillagda, ${g.changed} ändrade, ${g.removed} borttagna`,
    `${capital(noun.en)}: ${g.added} added, ${g.changed} changed, ${g.removed} removed`,
  );
}

/** Every line of a summary: a heading per collection, then its changes indented. */
export function summaryLines(summary: MergeSummary): Text[] {
  const lines: Text[] = [];
  for (const g of summaryByScope(summary)) {
    lines.push(describeCounts(g));
    for (const c of g.changes) {
      const t = describeChange(c);
      lines.push(text(`  ${t.sv}`, `  ${t.en}`));
    }
  }
  return lines;
}

/** A conflict's heading: `Organ "KS" skiljer sig åt i båda kopiorna` . */
export function describeConflict(c: Conflict): Text {
  const noun = scopeNoun(c.scope);
  if (c.scope === 'meta' || c.scope === 'settings')
    return text(`${capital(noun.sv)} skiljer sig åt mellan kopiorna`, `${capital(noun.en)} differ between the copies`);
  return text(`${capital(noun.sv)} ${c.label.sv} skiljer sig åt mellan kopiorna`, `${capital(noun.en)} ${c.label.en} differs between the copies`);
}

/** A concurrent edit in words: which value Yjs kept. */
export function describeConcurrent(e: ConcurrentEdit): Text {
  const noun = scopeNoun(e.scope);
  const what = { sv: `${capital(noun.sv)} ${e.label.sv}`, en: `${capital(noun.en)} ${e.label.en}` };
  if (e.field === null)
    return e.kept === 'theirs'
      ? text(`${what.sv} ändrades i den här kopian men togs bort i den andra; det är borttaget`, `${what.en} was changed in this copy but removed in the other; it stays removed`)
      : text(`${what.sv} togs bort i den här kopian men ändrades i den andra; det är borttaget`, `${what.en} was removed in this copy but changed in the other; it stays removed`);
  const values = `${formatValue(e.ours)} / ${formatValue(e.theirs)}`;
  return e.kept === 'ours'
    ? text(`${what.sv}: båda kopiorna ändrade ${e.field} (${values}); den här kopians värde behölls`, `${what.en}: both copies changed ${e.field} (${values}); this copy's value was kept`)
    : text(`${what.sv}: båda kopiorna ändrade ${e.field} (${values}); den andra kopians värde behölls`, `${what.en}: both copies changed ${e.field} (${values}); the other copy's value was kept`);
}
