import { changeCount, diffAsOf, diffModels, isUnchanged, type Change, type FindingChange, type MapDifference } from '../shared/diff';
import type { MandatModel } from '../shared/model/types';
import type { Language } from '../shared/model/vocabulary';
import { isIsoDate, today } from '../shared/time/isoDate';
import { loadMap } from './loadMap';
import { inputError } from './messages';
import { repairNotes } from './repairNotes';

export interface DiffCommandOptions {
  readonly a: string;
  readonly b?: string;
  readonly from?: string;
  readonly to?: string;
  readonly format?: string;
  readonly lang: Language | null;
}

function date(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw inputError(`${flag} ska vara ett datum ÅÅÅÅ-MM-DD, inte "${value}".`, `${flag} must be a date YYYY-MM-DD, not "${value}".`);
  return value;
}

/**
 * `mandat diff`: one file on two dates (`--from`, `--to`), or two files (judged on `--from`
 * and `--to`, default today). Exit 0 when nothing changed, 1 when something did.
 */
export async function runDiff(o: DiffCommandOptions): Promise<{ out: string; code: 0 | 1; notes: string[] }> {
  const from = date('--from', o.from);
  const to = date('--to', o.to);
  const format = o.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw inputError(`--format ska vara text eller json, inte "${format}".`, `--format must be text or json, not "${format}".`);
  if (!o.b && (!from || !to))
    throw inputError(
      'Med en fil jämförs två datum: ange både --from och --to (eller en andra fil).',
      'With one file two dates are compared: give both --from and --to (or a second file).',
    );
  const a = await loadMap(o.a);
  const b = o.b ? await loadMap(o.b) : null;
  const lang = o.lang ?? a.model.settings.language;
  const notes = [...repairNotes(a.repairs, lang), ...(b ? repairNotes(b.repairs, lang) : [])];
  const diff = b ? diffModels(a.model, b.model, { from: from ?? today(), to: to ?? from ?? today() }) : diffAsOf(a.model, from as string, to as string);
  const out = format === 'json' ? asJson(o, diff, lang) : asText(o, diff, lang, a.model);
  return { out, code: isUnchanged(diff) ? 0 : 1, notes };
}

function heading(o: DiffCommandOptions, d: MapDifference, lang: Language, model: MandatModel): string {
  const name = model.meta.name || o.a;
  if (d.mode === 'dates') return lang === 'sv' ? `${name}: ${d.from} jämfört med ${d.to}` : `${name}: ${d.from} compared with ${d.to}`;
  return lang === 'sv' ? `${o.a} jämfört med ${o.b}` : `${o.a} compared with ${o.b}`;
}

const SIGN: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~' };

function asText(o: DiffCommandOptions, d: MapDifference, lang: Language, model: MandatModel): string {
  const lines = [heading(o, d, lang, model)];
  for (const n of d.notes) lines.push(n[lang]);
  if (isUnchanged(d)) {
    lines.push(lang === 'sv' ? 'Inga skillnader.' : 'No differences.');
    return lines.join('\n') + '\n';
  }
  const n = changeCount(d);
  lines.push(lang === 'sv' ? `${n} ${n === 1 ? 'ändring' : 'ändringar'}` : `${n} ${n === 1 ? 'change' : 'changes'}`);
  for (const g of d.groups) {
    lines.push('', `${g.title[lang]} (${g.changes.length})`);
    for (const c of g.changes) lines.push(`  ${SIGN[c.kind]} ${c.description[lang]}`);
  }
  const findings = (title: string, list: readonly FindingChange[], sign: string): void => {
    if (list.length === 0) return;
    lines.push('', `${title} (${list.length})`);
    for (const f of list) lines.push(`  ${sign} ${f.rule}: ${f.message[lang]}`);
  };
  findings(lang === 'sv' ? 'Nya fynd' : 'Findings that appeared', d.findings.appeared, '+');
  findings(lang === 'sv' ? 'Åtgärdade fynd' : 'Findings resolved', d.findings.resolved, '-');
  lines.push('', lang === 'sv' ? `Kvarstående fynd: ${d.findings.persistsCount}` : `Findings that persist: ${d.findings.persistsCount}`);
  return lines.join('\n') + '\n';
}

function asJson(o: DiffCommandOptions, d: MapDifference, lang: Language): string {
  const change = (c: Change) => ({
    kind: c.kind,
    id: c.id,
    ...(c.idBefore ? { idBefore: c.idBefore } : {}),
    label: c.label[lang],
    description: c.description[lang],
    fields: c.fields.map((f) => ({ field: f.field, label: f.label[lang], before: f.before, after: f.after })),
    before: c.before,
    after: c.after,
    bodies: c.bodies,
    lines: c.lines,
  });
  const finding = (f: FindingChange) => ({ rule: f.rule, severity: f.severity, key: f.key, message: f.message[lang], bodies: f.bodies, lines: f.lines });
  return (
    JSON.stringify(
      {
        mode: d.mode,
        a: o.a,
        ...(o.b ? { b: o.b } : {}),
        from: d.from,
        to: d.to,
        lang,
        changed: !isUnchanged(d),
        count: changeCount(d),
        notes: d.notes.map((n) => n[lang]),
        matchedByName: d.matchedByName,
        groups: d.groups.map((g) => ({ collection: g.scope, title: g.title[lang], changes: g.changes.map(change) })),
        findings: { appeared: d.findings.appeared.map(finding), resolved: d.findings.resolved.map(finding), persists: d.findings.persists.map(finding) },
      },
      null,
      2,
    ) + '\n'
  );
}
