import { basename, extname } from 'node:path';
import { serializeMap } from '../shared/file/serialize';
import { issueInWords } from '../shared/file/issueWords';
import type { Language } from '../shared/model/vocabulary';
import {
  describeConcurrent,
  describeConflict,
  formatValue,
  mergeCopies,
  settle,
  summaryLines,
  type Choice,
  type MergeRepair,
  type MergeSummary,
} from '../shared/merge';
import { writeFileAtomic } from './atomicWrite';
import { loadMap } from './loadMap';
import { inputError } from './messages';
import { repairNotes } from './repairNotes';
import { writeError } from './writeError';

export interface MergeOptions {
  readonly ours: string;
  readonly theirs: string;
  readonly output?: string;
  readonly prefer?: string;
  readonly lang: Language | null;
}

/**
 * `mandat merge A B -o C.mandat [--prefer ours|theirs]`: merges copy B into copy A.
 * Exit code 0 when C was written; 1 when conflicts need a choice or the merged map does
 * not hold together (nothing is written); InputError (2) on bad input.
 */
export async function runMerge(o: MergeOptions): Promise<{ out: string; code: 0 | 1; notes: string[] }> {
  if (!o.output) throw inputError('Ange vart den sammanslagna kartan ska sparas med -o FIL.mandat.', 'Say where to save the merged map with -o FILE.mandat.');
  if (extname(o.output).toLowerCase() !== '.mandat') throw inputError(`${o.output} ska sluta på .mandat.`, `${o.output} must end in .mandat.`);
  if (o.prefer !== undefined && o.prefer !== 'ours' && o.prefer !== 'theirs')
    throw inputError(`--prefer ska vara ours eller theirs, inte "${o.prefer}".`, `--prefer must be ours or theirs, not "${o.prefer}".`);
  const prefer = o.prefer as Choice | undefined;
  const ours = await loadMap(o.ours);
  const theirs = await loadMap(o.theirs);
  const lang = o.lang ?? ours.model.settings.language;
  const sv = lang === 'sv';
  const a = basename(o.ours);
  const b = basename(o.theirs);
  const notes = [...repairNotes(ours.repairs, lang, a), ...repairNotes(theirs.repairs, lang, b)];

  const result = mergeCopies(ours, theirs);
  const lines: string[] = [];
  lines.push(
    result.origin === 'shared'
      ? sv
        ? `${a} och ${b} har gemensam historik och slås ihop utan att något går förlorat.`
        : `${a} and ${b} share history and merge without losing anything.`
      : sv
        ? `${a} och ${b} har ingen gemensam historik; de slås ihop element för element (samma id).`
        : `${a} and ${b} share no history; they are merged element by element (same id).`,
  );
  for (const e of result.concurrent) lines.push(`  ${describeConcurrent(e)[lang]}`);

  if (result.conflicts.length > 0 && !prefer) {
    lines.push(...summary(result.summary, b, lang));
    lines.push('', sv ? `${result.conflicts.length} konflikter (${a} / ${b}):` : `${result.conflicts.length} conflicts (${a} / ${b}):`);
    for (const c of result.conflicts) {
      lines.push(`  ${describeConflict(c)[lang]} [${c.key}]`);
      for (const f of c.fields) lines.push(`    ${f.field}: ${formatValue(f.ours)} / ${formatValue(f.theirs)}`);
    }
    lines.push(
      '',
      sv
        ? `Inget skrevs. Välj sida för alla konflikter med --prefer ours (${a}) eller --prefer theirs (${b}), eller slå ihop i Mandat och välj för var och en.`
        : `Nothing was written. Choose a side for every conflict with --prefer ours (${a}) or --prefer theirs (${b}), or merge in Mandat and choose for each one.`,
    );
    return { out: lines.join('\n') + '\n', code: 1, notes };
  }

  const choices = Object.fromEntries(result.conflicts.map((c) => [c.key, prefer ?? 'ours'])) as Record<string, Choice>;
  if (result.conflicts.length > 0) {
    const side = prefer === 'theirs' ? b : a;
    lines.push(
      sv
        ? `${result.conflicts.length} konflikter avgjordes med --prefer ${prefer}: versionen i ${side} behölls för ${result.conflicts.map((c) => c.key).join(', ')}.`
        : `${result.conflicts.length} conflicts were settled with --prefer ${prefer}: the version in ${side} was kept for ${result.conflicts.map((c) => c.key).join(', ')}.`,
    );
  }
  const settled = settle(result, choices);
  if (!settled.ok) {
    lines.push(...summary(result.summary, b, lang), '', settled.message[lang]);
    if (settled.code === 'invalid') for (const i of settled.issues) lines.push(`  ${issueInWords(i, lang)}`);
    lines.push(sv ? 'Inget skrevs.' : 'Nothing was written.');
    return { out: lines.join('\n') + '\n', code: 1, notes };
  }
  lines.push(...summary(settled.summary, b, lang), ...repairs(settled.repairs, lang));
  try {
    writeFileAtomic(o.output, serializeMap(settled.model, settled.yjsState));
  } catch (e) {
    writeError(o.output, e);
  }
  lines.push(sv ? `Skrev ${o.output}.` : `Wrote ${o.output}.`);
  return { out: lines.join('\n') + '\n', code: 0, notes };
}

function summary(s: MergeSummary, from: string, lang: Language): string[] {
  if (s.changes.length === 0) return [lang === 'sv' ? `Inget nytt från ${from}.` : `Nothing new from ${from}.`];
  return [lang === 'sv' ? `Från ${from}:` : `From ${from}:`, ...summaryLines(s).map((l) => `  ${l[lang]}`)];
}

function repairs(list: readonly MergeRepair[], lang: Language): string[] {
  if (list.length === 0) return [];
  return [lang === 'sv' ? 'För att kartan ska hänga ihop:' : 'To keep the map consistent:', ...list.map((r) => `  ${r.message[lang]}`)];
}
