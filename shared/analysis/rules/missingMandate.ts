import { lazyText, text, type Text } from '../../i18n/text';
import { isExternal, type AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, structureElements, type FoundIssue } from '../finding';
import type { Body } from '../../model/types';

/** What a mandate can lack, in the order the sentence names them. */
const PARTS: readonly Text[] = [text('uppdragstext', 'mandate text'), text('beslutsreferens', 'decision reference'), text('beslutande organ', 'deciding body')];

const FIX = text(
  'Fyll i uppdraget med beslutande organ och beslutsreferens (t.ex. "KS 2018-11-06 § 224"), eller ta fram ett beslut om det saknas.',
  'Fill in the mandate with the deciding body and decision reference (e.g. "KS 2018-11-06 § 224"), or have one decided if there is none.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Utan ett beslutat uppdrag går det inte att pröva om organet gör det det ska, eller vem som kan ändra det.',
    'Without a decided mandate nobody can test whether the body does what it should, or who may change it.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const missingMandateRule = defineRule({
  id: 'missing-mandate',
  severity: 'warning',
  description: text(
    'Ett organ (ej externt) utan uppdragstext eller beslutsreferens, eller, om det inte är ansvarigt, utan beslutande organ.',
    'A body (not external) with no mandate text or decision reference, or, unless accountable, no deciding body.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    // Index loops: a rule runs once an analysis, too seldom to be optimised, and unoptimised for…of makes an iterator result per element.
    for (let i = 0; i < ctx.bodies.length; i++) {
      const b = ctx.bodies[i] as Body;
      if (isExternal(b)) continue;
      // One bit per part of PARTS: a finding keeps a number, not a list, until its sentence is read.
      const missing =
        (b.mandate.text.trim() === '' ? 1 : 0) | (b.mandate.decisionRef.trim() === '' ? 2 : 0) | (!b.accountable && b.mandate.decidedBy === null ? 4 : 0);
      if (missing === 0) continue;
      out.push({ subject: b.id, elements: structureElements([b.id]), message: missingMessage(ctx.names, b.id, missing), fix: FIX });
    }
    return out;
  },
});

/** The sentence for a body lacking the parts in `missing` (bits of PARTS), made when first read. */
function missingMessage(names: Names, id: string, missing: number): Text {
  return lazyText(() => {
    const parts = PARTS.filter((_, i) => (missing & (1 << i)) !== 0);
    const label = names.label(id);
    const sv = parts.map((m) => m.sv).join(', ');
    const en = parts.map((m) => m.en).join(', ');
    return text(
      `${label} saknar ${sv}. Utan ett dokumenterat beslut går det inte att visa vad organet får och ska göra.`,
      `${label} has no ${en}. Without a documented decision no one can show what the body may and shall do.`,
    );
  });
}
