import { Document, Packer, type FileChild } from 'docx';
import { analyse } from '../analysis/analyse';
import type { Finding } from '../analysis/types';
import { auditsOn, type AuditOnDate, type RecommendationOnDate } from '../audits/followUp';
import { ACTION_STATUS_LABELS, STANCE_LABELS } from '../audits/labels';
import { diffAsOf } from '../diff/difference';
import { isLayoutOnly } from '../diff/elements';
import { text, type Text } from '../i18n/text';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language } from '../model/vocabulary';
import { labelOn } from '../time/names';
import { A4, MARGIN_MM, dataTable, factsTable, gap, heading, labelled, mm, orMissing, para, reportStyles } from './reportDocx';
import { xmlSafeModel } from './xmlText';

/** One group of changes in the organisation (bodies added, members who left …), each change a line. */
export interface OrganisationChangeGroup {
  readonly group: string;
  readonly lines: readonly string[];
}

export interface FollowUpOptions {
  readonly asOf: IsoDate;
  readonly lang: Language;
  /**
   * Changes in the organisation since the latest audit's date, grouped, as a comparison of two
   * dates gives them. Optional: without it the report says that no comparison is included.
   */
  readonly changes?: readonly OrganisationChangeGroup[];
}

const W = {
  title: text('Uppföljning av granskningar', 'Audit follow-up'),
  none: text('Kartan har inga granskningar på datumet.', 'The map has no audits on the date.'),
  auditor: text('Granskare', 'Auditor'),
  forWhom: text('På uppdrag av', 'For whom'),
  date: text('Datum', 'Date'),
  scope: text('Omfattning', 'Scope'),
  link: text('Länk', 'Link'),
  notGiven: text('anges inte', 'not given'),
  recommendation: text('Rekommendation', 'Recommendation'),
  addressedTo: text('Riktad till', 'Addressed to'),
  answer: text('Svar', 'Answer'),
  noAnswer: text('Inget svar registrerat', 'No answer recorded'),
  dateUnknown: text('datum okänt', 'date unknown'),
  decision: text('Beslut', 'Decision'),
  actions: text('Åtgärder', 'Actions'),
  noActions: text('Inga åtgärder registrerade.', 'No actions recorded.'),
  action: text('Åtgärd', 'Action'),
  owner: text('Ansvarig', 'Owner'),
  due: text('Klart senast', 'Due'),
  evidence: text('Underlag', 'Evidence'),
  notes: text('Källa', 'Source'),
  findings: text('Iakttagelser om rekommendationen', 'Findings about the recommendation'),
  repeat: text('Upprepade iakttagelser', 'Repeat findings'),
  noRepeat: text('Inga upprepade iakttagelser på datumet.', 'No repeat findings on the date.'),
  changes: text('Förändringar i organisationen sedan granskningen', 'Changes in the organisation since the audit'),
  noChanges: text(
    'Rapporten innehåller ingen jämförelse av organisationen mellan granskningens datum och rapportens datum.',
    "The report holds no comparison of the organisation between the audit's date and the report's date.",
  ),
  unchanged: text('Organisationen är densamma på båda datumen: inga organ, ledamöter eller linjer har tillkommit, upphört eller ändrats.', 'The organisation is the same on both dates: no bodies, members or lines were added, ended or changed.'),
};

const say = (t: Text, lang: Language): string => t[lang];

/** The findings about a recommendation or one of its actions (their keys end in the id). */
function findingsOf(r: RecommendationOnDate, findings: readonly Finding[]): Finding[] {
  const ids = new Set<string>([r.recommendation.id, ...r.actions.map((a) => a.action.id)]);
  return findings.filter((f) => ids.has(f.key.slice(f.key.indexOf(':') + 1)));
}

function recommendationPart(model: MandatModel, r: RecommendationOnDate, n: number, findings: readonly Finding[], options: FollowUpOptions): FileChild[] {
  const { lang, asOf } = options;
  const name = (id: string | null): string => {
    const body = id ? model.bodies.get(id) : undefined;
    return body ? labelOn(body, asOf) : '';
  };
  const rec = r.recommendation;
  const out: FileChild[] = [heading(`${say(W.recommendation, lang)} ${n}`, 3), para(rec.text)];
  if (rec.addressedTo) out.push(labelled(say(W.addressedTo, lang), name(rec.addressedTo)));
  if (rec.notes) out.push(para(rec.notes, { muted: true }));
  if (r.answer === null) out.push(labelled(say(W.answer, lang), say(W.noAnswer, lang)));
  for (const a of r.answers) {
    const who = [name(a.by), a.date ?? say(W.dateUnknown, lang)].filter(Boolean).join(', ');
    const decision = a.decisionRef ? ` ${say(W.decision, lang)}: ${a.decisionRef}.` : '';
    out.push(labelled(`${say(W.answer, lang)} (${who})`, `${STANCE_LABELS[a.stance][lang]}. ${a.text}${decision}`.trim()));
  }
  if (r.actions.length === 0) out.push(para(say(W.noActions, lang), { italics: true }));
  else
    out.push(
      dataTable(
        [say(W.action, lang), say(W.owner, lang), say(W.due, lang), `Status ${asOf}`, say(W.evidence, lang)],
        r.actions.map(({ action, status }) => [
          action.text,
          orMissing(name(action.owner), say(W.notGiven, lang)),
          orMissing(action.due ?? '', say(W.notGiven, lang)),
          ACTION_STATUS_LABELS[status][lang],
          orMissing([action.evidence, action.notes].filter(Boolean).join(' '), say(W.notGiven, lang)),
        ]),
        [5, 2, 2, 2, 4],
      ),
      gap(),
    );
  const about = findingsOf(r, findings);
  if (about.length > 0) {
    out.push(para(say(W.findings, lang), { bold: true }));
    for (const f of about) out.push(para(`• ${f.message[lang]}`));
  }
  return out;
}

function auditPart(model: MandatModel, entry: AuditOnDate, findings: readonly Finding[], options: FollowUpOptions): FileChild[] {
  const { audit, recommendations } = entry;
  const { lang } = options;
  const missingText = say(W.notGiven, lang);
  return [
    heading(`${audit.title}${audit.date ? ` (${audit.date})` : ''}`, 2),
    factsTable([
      [say(W.auditor, lang), orMissing(audit.auditor, missingText)],
      [say(W.forWhom, lang), orMissing(audit.forWhom, missingText)],
      [say(W.date, lang), orMissing(audit.date ?? '', missingText)],
      [say(W.scope, lang), orMissing(audit.scope, missingText)],
      ...(audit.link ? [[say(W.link, lang), audit.link] as const] : []),
    ]),
    gap(),
    ...recommendations.flatMap((r, i) => recommendationPart(model, r, i + 1, findings, options)),
  ];
}

/**
 * The follow-up as paragraphs and tables: each audit known on the date with its
 * recommendations, the answers and the actions with their status on the date, the repeat
 * findings, and the changes in the organisation when a comparison is given. The full report
 * holds it as a section; `buildFollowUpReport` makes it a document of its own.
 */
export function followUpSection(model: MandatModel, options: FollowUpOptions): FileChild[] {
  return [heading(say(W.title, options.lang), 1, true), ...followUpBody(model, options)];
}

function followUpBody(model: MandatModel, options: FollowUpOptions): FileChild[] {
  const { lang, asOf } = options;
  const audits = auditsOn(model, asOf);
  const findings = analyse(model, { asOf }).findings;
  const repeat = findings.filter((f) => f.rule === 'repeat-finding');
  const out: FileChild[] = [];
  if (audits.length === 0) return [para(say(W.none, lang), { italics: true })];
  for (const entry of audits) out.push(...auditPart(model, entry, findings, options));
  out.push(heading(say(W.repeat, lang), 2));
  if (repeat.length === 0) out.push(para(say(W.noRepeat, lang), { italics: true }));
  for (const f of repeat) out.push(para(`• ${f.message[lang]}`));
  const latest = audits[audits.length - 1]?.audit.date;
  out.push(heading(`${say(W.changes, lang)}${latest ? ` (${latest} – ${asOf})` : ''}`, 2));
  // Without a comparison given, the map itself is compared between the latest audit's date and the as-of date.
  const changes = options.changes ?? (latest ? changesSince(model, latest, asOf, lang) : []);
  if (changes.length === 0) out.push(para(say(options.changes || !latest ? W.noChanges : W.unchanged, lang), { italics: true }));
  for (const group of changes) {
    out.push(heading(group.group, 3));
    for (const line of group.lines) out.push(para(`• ${line}`));
  }
  return out;
}

/**
 * The organisation's changes between two dates, grouped as the Compare view groups them
 * (bodies, members, lines …), each change in plain words; the findings that came and went
 * are left out, since the report lists the repeat findings above.
 */
export function changesSince(model: MandatModel, since: IsoDate, asOf: IsoDate, lang: Language): OrganisationChangeGroup[] {
  if (since >= asOf) return [];
  const diff = diffAsOf(model, since, asOf, { withoutFindings: true });
  return diff.groups
    .filter((g) => g.scope !== 'meta' && g.scope !== 'settings')
    .map((g) => ({ group: g.title[lang], lines: g.changes.filter((c) => !isLayoutOnly(c)).map((c) => c.description[lang]) }))
    .filter((g) => g.lines.length > 0);
}

/** The follow-up report as a Word document of its own: what an auditor attaches to the next round. */
export async function buildFollowUpReport(given: MandatModel, options: FollowUpOptions): Promise<Uint8Array> {
  const model = xmlSafeModel(given);
  const name = model.meta.name.trim();
  const { lang, asOf } = options;
  const doc = new Document({
    title: `${say(W.title, lang)}${name ? ` – ${name}` : ''}`,
    subject: asOf,
    styles: reportStyles(lang === 'sv' ? 'sv-SE' : 'en-GB'),
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(A4.width), height: mm(A4.height) },
            margin: { top: mm(MARGIN_MM), bottom: mm(MARGIN_MM), left: mm(MARGIN_MM), right: mm(MARGIN_MM) },
          },
        },
        children: [heading(`${say(W.title, lang)} ${asOf}`, 1), ...(name ? [para(name, { muted: true })] : []), ...followUpBody(model, options)],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
