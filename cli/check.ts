import { analyse } from '../shared/analysis/analyse';
import { lawRequirements } from '../shared/analysis/law/requirements';
import { isRuleGroup, RULE_GROUPS, selectedBy } from '../shared/analysis/ruleGroups';
import { RULE_IDS, RULES } from '../shared/analysis/rules';
import type { AnalysisResult, Finding, Severity } from '../shared/analysis/types';
import { isIsoDate, today } from '../shared/time/isoDate';
import { DOCUMENT_KIND_LABELS } from '../shared/export/labels';
import { auditsOn } from '../shared/audits/followUp';
import { ACTION_STATUS_LABELS, STANCE_LABELS } from '../shared/audits/labels';
import type { MandatModel, Validity } from '../shared/model/types';
import type { Language } from '../shared/model/vocabulary';
import { loadMap } from './loadMap';
import { inputError } from './messages';
import { repairNotes } from './repairNotes';

export interface CheckOptions {
  readonly file: string;
  readonly asOf?: string;
  readonly format?: string;
  readonly lang: Language | null;
  readonly failOn?: string;
  /** Rule groups and rule ids to run, comma-separated (`law,plans`); default every rule the map has switched on. */
  readonly rules?: string;
}

/** The rules `--rules` names; a word that is neither a group nor a rule id is bad input, named with the choices. */
function rulesOf(option: string): typeof RULES[number][] {
  const words = option.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const unknown = words.filter((w) => !isRuleGroup(w) && !(RULE_IDS as readonly string[]).includes(w));
  if (words.length === 0 || unknown.length > 0) {
    const shown = unknown.length > 0 ? unknown.join(', ') : option;
    throw inputError(
      `--rules tar grupper (${RULE_GROUPS.join(', ')}) eller kontrollers id, åtskilda med komma, inte "${shown}".`,
      `--rules takes groups (${RULE_GROUPS.join(', ')}) or check ids, separated by commas, not "${shown}".`,
    );
  }
  return selectedBy(RULES, words);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LABEL: Record<Language, Record<Severity, string>> = {
  sv: { error: 'FEL', warning: 'VARNING', info: 'INFO' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
};

/** Runs the checks on a file; returns the text to print and the exit code (0 or 1). */
export async function runCheck(o: CheckOptions): Promise<{ out: string; code: 0 | 1; notes: string[] }> {
  const asOf = o.asOf ?? today();
  if (!isIsoDate(asOf)) throw inputError(`--as-of ska vara ett datum ÅÅÅÅ-MM-DD, inte "${asOf}".`, `--as-of must be a date YYYY-MM-DD, not "${asOf}".`);
  const format = o.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw inputError(`--format ska vara text eller json, inte "${format}".`, `--format must be text or json, not "${format}".`);
  const failOn = (o.failOn ?? 'warning') as Severity;
  if (!(failOn in RANK)) throw inputError(`--fail-on ska vara error, warning eller info, inte "${o.failOn}".`, `--fail-on must be error, warning or info, not "${o.failOn}".`);

  const selected = o.rules === undefined ? undefined : rulesOf(o.rules);
  const loaded = await loadMap(o.file);
  const lang = o.lang ?? loaded.model.settings.language;
  // Rules named on the command line run even if the map's settings switch them off.
  const result = selected ? analyse(loaded.model, { asOf, settings: { rulesOff: [] } }, selected) : analyse(loaded.model, { asOf });
  const failing = result.findings.some((f) => RANK[f.severity] <= RANK[failOn]);
  const notes = repairNotes(loaded.repairs, lang);
  const out = format === 'json' ? asJson(o.file, result, lang, loaded.model) : asText(loaded.model.meta.name || o.file, result, lang);
  return { out, code: failing ? 1 : 0, notes };
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function asText(name: string, r: AnalysisResult, lang: Language): string {
  const c = counts(r.findings);
  const lines: string[] = [];
  lines.push(lang === 'sv' ? `${name}, per ${r.asOf}` : `${name}, as of ${r.asOf}`);
  lines.push(
    lang === 'sv'
      ? `${r.findings.length} fynd: ${c.error} fel, ${c.warning} varningar, ${c.info} info; ${r.acknowledged.length} kvitterade`
      : `${r.findings.length} findings: ${c.error} errors, ${c.warning} warnings, ${c.info} info; ${r.acknowledged.length} acknowledged`,
  );
  for (const f of r.findings) {
    lines.push('');
    lines.push(`${LABEL[lang][f.severity].padEnd(8)} ${f.rule}  [${f.key}]`);
    lines.push(`         ${f.message[lang]}`);
    lines.push(`         ${lang === 'sv' ? 'Åtgärd' : 'Fix'}: ${f.fix[lang]}`);
  }
  if (r.acknowledged.length > 0) {
    lines.push('');
    lines.push(lang === 'sv' ? 'Kvitterade (räknas inte):' : 'Acknowledged (not counted):');
    for (const { finding, acknowledgement: a } of r.acknowledged) {
      const who = [a.by, a.at.slice(0, 10)].filter(Boolean).join(', ');
      lines.push(`  ${finding.key}: ${a.reason}${who ? ` (${who})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Whether an element is in force on `day` (open ends included). */
const inForce = (v: Validity, day: string): boolean => (v.validFrom === null || v.validFrom <= day) && (v.validTo === null || day <= v.validTo);

/**
 * The governing documents and coordination periods as they are, each marked whether it is in
 * force on the day checked: no rule reads them yet (the law checks are a later slice), so a
 * script that audits them reads them here.
 */
function documentsJson(model: MandatModel, asOf: string, lang: Language) {
  return {
    documents: [...model.documents.values()].map((d) => ({ ...d, kindLabel: DOCUMENT_KIND_LABELS[d.kind][lang], inForce: inForce(d, asOf) })),
    lawRequirements: lawRequirementsJson(model, asOf, lang),
    coordination: [...model.coordination.values()].map((c) => ({ ...c, inForce: inForce(c, asOf) })),
    tasks: [...model.tasks.values()].map((t) => ({ ...t, inForce: inForce(t, asOf) })),
    assignments: [...model.assignments.values()].map((a) => ({ ...a, inForce: inForce(a, asOf) })),
  };
}

/** Each audit known on the day checked, with its recommendations, their answers and their actions with the status on that day. */
function auditsJson(model: MandatModel, asOf: string, lang: Language) {
  return auditsOn(model, asOf).map(({ audit, recommendations }) => ({
    ...audit,
    recommendations: recommendations.map(({ recommendation, answers, answer, actions }) => ({
      ...recommendation,
      answers: answers.map((a) => ({ ...a, stanceLabel: STANCE_LABELS[a.stance][lang] })),
      stance: answer?.stance ?? null,
      actions: actions.map(({ action, status }) => ({ ...action, status, statusLabel: ACTION_STATUS_LABELS[status][lang] })),
    })),
  }));
}

function asJson(file: string, r: AnalysisResult, lang: Language, model: MandatModel): string {
  const shape = (f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    key: f.key,
    message: f.message[lang],
    fix: f.fix[lang],
    elements: f.elements,
    ...(f.chain ? { chain: f.chain } : {}),
  });
  return (
    JSON.stringify(
      {
        file,
        asOf: r.asOf,
        lang,
        counts: counts(r.findings),
        findings: r.findings.map(shape),
        acknowledged: r.acknowledged.map((a) => ({ ...shape(a.finding), acknowledgement: a.acknowledgement })),
        ...documentsJson(model, r.asOf, lang),
        audits: auditsJson(model, r.asOf, lang),
        // The map's saved views in presentation order (ties by id), for a script that builds slides from them.
        views: [...model.views.values()].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      },
      null,
      2,
    ) + '\n'
  );
}

/** The law requirements and Brå's steps in the output's language. */
function lawRequirementsJson(model: MandatModel, asOf: string, lang: Language): unknown {
  const r = lawRequirements(model, asOf);
  return {
    lawInForce: r.lawInForce,
    requirements: r.requirements.map((q) => ({ id: q.id, label: q.label[lang], status: q.status, document: q.document, holder: q.holder, meetsBy: q.meetsBy, detail: q.detail[lang], source: q.source[lang] })),
    braSteps: r.braSteps.map((s) => ({ step: s.step, label: s.label[lang], done: s.done, evidence: s.evidence[lang] })),
  };
}
