import { text } from '../../i18n/text';
import { isExternal, type AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';

export const missingMandateRule = defineRule({
  id: 'missing-mandate',
  severity: 'warning',
  description: text(
    'Ett organ (ej externt) utan uppdragstext eller beslutsreferens, eller, om det inte är ansvarigt, utan beslutande organ.',
    'A body (not external) with no mandate text or decision reference, or, unless accountable, no deciding body.',
  ),
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const b of ctx.bodies) {
      if (isExternal(b)) continue;
      const missing: Array<{ sv: string; en: string }> = [];
      if (b.mandate.text.trim() === '') missing.push(text('uppdragstext', 'mandate text'));
      if (b.mandate.decisionRef.trim() === '') missing.push(text('beslutsreferens', 'decision reference'));
      if (!b.accountable && b.mandate.decidedBy === null) missing.push(text('beslutande organ', 'deciding body'));
      if (missing.length === 0) continue;
      const label = ctx.label(b.id);
      const sv = missing.map((m) => m.sv).join(', ');
      const en = missing.map((m) => m.en).join(', ');
      out.push({
        subject: b.id,
        elements: elements({ bodies: [b.id] }),
        message: text(
          `${label} saknar ${sv}. Utan ett dokumenterat beslut går det inte att visa vad organet får och ska göra.`,
          `${label} has no ${en}. Without a documented decision no one can show what the body may and shall do.`,
        ),
        fix: text(
          'Fyll i uppdraget med beslutande organ och beslutsreferens (t.ex. "KS 2018-11-06 § 224"), eller ta fram ett beslut om det saknas.',
          'Fill in the mandate with the deciding body and decision reference (e.g. "KS 2018-11-06 § 224"), or have one decided if there is none.',
        ),
      });
    }
    return out;
  },
});
