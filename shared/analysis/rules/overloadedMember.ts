import { text } from '../../i18n/text';
import type { BodyId, MemberId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

export const overloadedMemberRule: Rule = {
  id: 'overloaded-member',
  severity: 'info',
  description: text('En ledamot som är ordinarie ledamot i fler organ än tröskeln.', 'A member with regular seats in more bodies than the threshold.'),
  run(ctx: AnalysisContext): Finding[] {
    const bodiesOf = new Map<MemberId, BodyId[]>();
    for (const [body, members] of ctx.regularMembers) {
      for (const m of members) {
        const list = bodiesOf.get(m);
        if (list) list.push(body as BodyId);
        else bodiesOf.set(m, [body as BodyId]);
      }
    }
    const limit = ctx.settings.overloadThreshold;
    const out: Finding[] = [];
    for (const [member, bodies] of bodiesOf) {
      if (bodies.length <= limit) continue;
      bodies.sort();
      const name = ctx.memberName(member);
      out.push({
        rule: 'overloaded-member',
        severity: 'info',
        key: `overloaded-member:${member}`,
        elements: elements({ members: [member], bodies }),
        message: text(
          `${name} sitter i ${bodies.length} organ (gränsen är ${limit}). Arbetet blir sårbart när så mycket hänger på en person.`,
          `${name} sits in ${bodies.length} bodies (the limit is ${limit}). The work becomes vulnerable when so much rests on one person.`,
        ),
        fix: text('Fördela platserna på fler personer, eller höj gränsen i inställningarna.', 'Spread the seats over more people, or raise the limit in the settings.'),
      });
    }
    return out;
  },
};
