import { text, type Text } from '../i18n/text';
import type { MandatModel } from '../model/types';
import type { WorkbookCollection } from './columns';

/** Singular and plural of each collection in both languages. */
const WORDS: Readonly<Record<WorkbookCollection, { sv: [string, string]; en: [string, string] }>> = {
  bodies: { sv: ['organ', 'organ'], en: ['body', 'bodies'] },
  members: { sv: ['ledamot', 'ledamöter'], en: ['member', 'members'] },
  memberships: { sv: ['medlemskap', 'medlemskap'], en: ['membership', 'memberships'] },
  reportingLines: { sv: ['rapporteringslinje', 'rapporteringslinjer'], en: ['reporting line', 'reporting lines'] },
  initiatives: { sv: ['satsning', 'satsningar'], en: ['initiative', 'initiatives'] },
  fundingLines: { sv: ['finansiering', 'finansieringar'], en: ['funding line', 'funding lines'] },
  acknowledgements: { sv: ['kvittering', 'kvitteringar'], en: ['acknowledgement', 'acknowledgements'] },
  documents: { sv: ['styrdokument', 'styrdokument'], en: ['governing document', 'governing documents'] },
  coordination: { sv: ['samordningsfunktion', 'samordningsfunktioner'], en: ['coordination function', 'coordination functions'] },
  tasks: { sv: ['uppgift', 'uppgifter'], en: ['task', 'tasks'] },
  assignments: { sv: ['ansvar', 'ansvar'], en: ['assignment', 'assignments'] },
  audits: { sv: ['granskning', 'granskningar'], en: ['audit', 'audits'] },
  recommendations: { sv: ['rekommendation', 'rekommendationer'], en: ['recommendation', 'recommendations'] },
  answers: { sv: ['svar', 'svar'], en: ['answer', 'answers'] },
  actions: { sv: ['åtgärd', 'åtgärder'], en: ['action', 'actions'] },
};

/** Always named, even when none came in: what a workbook is for. */
const ALWAYS: ReadonlySet<WorkbookCollection> = new Set(['bodies', 'members', 'memberships', 'reportingLines']);

function joined(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1] ?? ''}`;
}

/**
 * What an import brought in, in both languages: "Importerade 12 organ, 30 ledamöter,
 * 41 medlemskap och 9 rapporteringslinjer." The other collections are named when the
 * workbook had any.
 */
export function importSummary(model: MandatModel): Text {
  const sv: string[] = [];
  const en: string[] = [];
  for (const key of Object.keys(WORDS) as WorkbookCollection[]) {
    const n = model[key].size;
    if (n === 0 && !ALWAYS.has(key)) continue;
    const w = WORDS[key];
    sv.push(`${n} ${n === 1 ? w.sv[0] : w.sv[1]}`);
    en.push(`${n} ${n === 1 ? w.en[0] : w.en[1]}`);
  }
  return text(`Importerade ${joined(sv, 'och')}.`, `Imported ${joined(en, 'and')}.`);
}
