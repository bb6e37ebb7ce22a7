import { LazyText, text, type Text } from '../../i18n/text';
import type { BodyId, MemberId } from '../../model/ids';
import type { Body } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, structureElements, issue, type FoundIssue } from '../finding';

const FIX = text('Fördela platserna på fler personer, eller höj gränsen i inställningarna.', 'Spread the seats over more people, or raise the limit in the settings.');

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Den som sitter i många organ hinner inte förbereda sig, och organen blir beroende av samma få personer.',
    'Someone who sits in many bodies cannot prepare for them all, and the bodies come to depend on the same few people.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const overloadedMemberRule = defineRule({
  id: 'overloaded-member',
  severity: 'info',
  description: text('En ledamot som är ordinarie ledamot i fler organ än tröskeln.', 'A member with regular seats in more bodies than the threshold.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const limit = ctx.settings.overloadThreshold;
    const out: FoundIssue[] = [];
    const { bodyStart, bodyOf } = ctx;
    for (let mi = 0; mi < ctx.memberIds.length; mi++) {
      const count = (bodyStart[mi + 1] as number) - (bodyStart[mi] as number);
      if (count <= limit) continue;
      const member = ctx.memberIds[mi] as MemberId;
      // Made at its size: a list grown by push keeps room for 16, and thousands of findings hold one.
      const bodies = new Array<BodyId>(count);
      const from = bodyStart[mi] as number;
      for (let k = 0; k < count; k++) bodies[k] = (ctx.bodies[bodyOf[from + k] as number] as Body).id;
      out.push(issue(member, structureElements(bodies, [member]), overloadMessage(ctx.names, member, bodies.length, limit), FIX));
    }
    return out;
  },
});

/**
 * The sentence of an overloaded member, as an object literal with the class's prototype rather than by `new`:
 * for the reason overlapMessage (overlap.ts) gives. Fields as the constructor sets them.
 */
function overloadMessage(names: Names, member: MemberId, count: number, limit: number): Text {
  return { __proto__: OverloadMessage.prototype, made: null, names, member, count, limit } as unknown as Text;
}

/** The sentence of an overloaded member, made when first read (one object a finding: thousands on a large map). */
class OverloadMessage extends LazyText {
  constructor(
    private readonly names: Names,
    private readonly member: MemberId,
    private readonly count: number,
    private readonly limit: number,
  ) {
    super();
  }
  protected make(): Text {
    const { count, limit } = this;
    const name = this.names.memberName(this.member);
    return text(
      `${name} sitter i ${count} organ (gränsen är ${limit}). Arbetet blir sårbart när så mycket hänger på en person.`,
      `${name} sits in ${count} bodies (the limit is ${limit}). The work becomes vulnerable when so much rests on one person.`,
    );
  }
}
