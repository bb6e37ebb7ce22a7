import { text, type Text } from '../../i18n/text';
import { isExternal, type AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { SOURCES } from '../law/sources';

/** Which side a signatory signs for: a seat in an external body (the police) or in the municipality's own. */
type Side = 'municipality' | 'police';
const POLICE = /polis/i;

/** The sides each of `signatories` can sign for on the date, by their seats, else by the organisation they are from; one pass over the memberships. */
function sidesOf(ctx: AnalysisContext, signatories: ReadonlySet<string>): Map<string, Set<Side>> {
  const sides = new Map<string, Set<Side>>();
  if (signatories.size === 0) return sides;
  const add = (member: string, side: Side): void => {
    const set = sides.get(member);
    if (set) set.add(side);
    else sides.set(member, new Set([side]));
  };
  ctx.model.memberships.forEach((m) => {
    if (!signatories.has(m.member)) return;
    if ((m.validFrom !== null && m.validFrom > ctx.asOf) || (m.validTo !== null && ctx.asOf > m.validTo)) return;
    const body = ctx.activeBody.get(m.body);
    if (body) add(m.member, isExternal(body) ? 'police' : 'municipality');
  });
  for (const id of signatories) {
    if (sides.has(id)) continue;
    const organisation = ctx.model.members.get(id)?.organisation.trim() ?? '';
    if (organisation !== '') add(id, POLICE.test(organisation) ? 'police' : 'municipality');
  }
  return sides;
}

const MISSING: Record<Side, Text> = {
  municipality: text('kommunens', "the municipality's"),
  police: text('polisens', "the police's"),
};

/** Brå step 3: the agreement is signed by the local police area's head and the executive board's chair, one on each side. */
export const agreementUnsignedRule = defineRule({
  id: 'agreement-unsigned',
  severity: 'warning',
  description: text(
    'En gällande samverkansöverenskommelse saknar undertecknare från kommunen eller från polisen.',
    'A cooperation agreement in force lacks a signatory for the municipality or for the police.',
  ),
  source: SOURCES.agreement,
  find(ctx: AnalysisContext): FoundIssue[] {
    const agreements = documentIndex(ctx).inForceOf('cooperation_agreement');
    if (agreements.length === 0) return [];
    const signatories = new Set<string>();
    for (const a of agreements) for (const s of a.signatories) signatories.add(s);
    const sides = sidesOf(ctx, signatories);
    const out: FoundIssue[] = [];
    for (const a of agreements) {
      const signed = new Set<Side>();
      for (const s of a.signatories) sides.get(s)?.forEach((side) => signed.add(side));
      const missing = (['municipality', 'police'] as const).filter((side) => !signed.has(side));
      if (missing.length === 0) continue;
      const who = missing.map((m) => MISSING[m]);
      out.push({
        subject: a.id,
        elements: elements({ documents: [a.id], members: a.signatories, bodies: a.parties }),
        message: text(
          `Samverkansöverenskommelsen "${a.title}" saknar ${who.map((w) => w.sv).join(' och ')} undertecknare. Enligt Brå undertecknas den av chefen för lokalpolisområdet och kommunstyrelsens ordförande.`,
          `The cooperation agreement "${a.title}" lacks ${who.map((w) => w.en).join(' and ')} signatory. Brå has it signed by the head of the local police area and the chair of the executive board.`,
        ),
        fix: text(
          'Ange undertecknarna under Undertecknare: kommunstyrelsens ordförande och chefen för lokalpolisområdet (som ledamöter med plats i sina organ).',
          'Enter the signatories: the chair of the executive board and the head of the local police area (as members seated in their bodies).',
        ),
      });
    }
    return out;
  },
});
