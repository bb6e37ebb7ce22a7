import { lazyText, listOf, text, type Text } from '../../i18n/text';
import type { MemberId } from '../../model/ids';
import type { Body } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';

/** A title as compared (ignoring case and surrounding spaces): trimmed and lower case (å, ä and ö need no locale to lower). */
export function normalTitle(title: string): string {
  return title.trim().toLowerCase();
}

const FIX = text(
  'Lägg till en ledamot med den titeln (som ordinarie, inte "bjuds in vid behov"), eller ändra uppdraget om kravet inte längre gäller.',
  'Add a member with that title (as a regular member, not "invited when needed"), or change the mandate if the requirement no longer applies.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'När en roll som uppdraget kräver saknas, saknas också den kunskap eller det mandat som rollen skulle ge.',
    'When a role the mandate requires is missing, so is the knowledge or authority that role should bring.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const compositionMismatchRule = defineRule({
  id: 'composition-mismatch',
  severity: 'warning',
  description: text(
    'En titel eller ledamot som uppdraget kräver men som ingen nuvarande ordinarie ledamot fyller.',
    'A title or member the mandate requires that no current regular member fills.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    // Titles compared as numbers: each written title (or requirement) is made comparable
    // once and numbered by its comparable form, so equal numbers mean equal titles.
    const numberOfNormal = new Map<string, number>();
    const numberOfWritten = new Map<string, number>();
    const titleNumber = (written: string): number => {
      let n = numberOfWritten.get(written);
      if (n === undefined) {
        const normal = normalTitle(written);
        n = numberOfNormal.get(normal);
        if (n === undefined) numberOfNormal.set(normal, (n = numberOfNormal.size));
        numberOfWritten.set(written, n);
      }
      return n;
    };
    // Each seated member's title number, found when first asked (-1: not yet), in a typed
    // array: an array of strings with a slot per member was a large object each run.
    const titleOf = new Int32Array(ctx.memberIds.length).fill(-1);
    const title = (m: number): number => {
      let t = titleOf[m] as number;
      if (t < 0) titleOf[m] = t = titleNumber(ctx.model.members.get(ctx.memberIds[m] as string)?.title ?? '');
      return t;
    };
    // Whether a seated member of body `bi` fills the requirement (a member id or a title);
    // one function for all bodies rather than a closure made for each.
    const fills = (bi: number, req: string): boolean => {
      const from = ctx.seatStart[bi] as number;
      const to = ctx.seatStart[bi + 1] as number;
      if (ctx.model.members.has(req)) {
        for (let k = from; k < to; k++) if (ctx.memberIds[ctx.seats[k] as number] === req) return true;
        return false;
      }
      const wanted = titleNumber(req);
      for (let k = from; k < to; k++) if (title(ctx.seats[k] as number) === wanted) return true;
      return false;
    };
    for (let bi = 0; bi < ctx.bodies.length; bi++) {
      const b = ctx.bodies[bi] as Body;
      const required = b.mandate.requiredMembers;
      if (required.length === 0) continue;
      // Most bodies fill every requirement: the list of unfilled ones is made only when one is not.
      let unfilled: string[] | null = null;
      for (let r = 0; r < required.length; r++) {
        const req = required[r] as string;
        if (!fills(bi, req)) (unfilled ??= []).push(req);
      }
      if (unfilled === null) continue;
      out.push({
        subject: b.id,
        elements: elements({
          bodies: [b.id],
          members: unfilled.filter((r) => ctx.model.members.has(r)) as MemberId[],
        }),
        message: unfilledMessage(ctx.names, b.id, unfilled),
        fix: FIX,
      });
    }
    return out;
  },
});

/** The sentence for a body whose `unfilled` requirements no one fills, made when first read (outside `find`, so it holds no scratch arrays). */
function unfilledMessage(names: Names, id: string, unfilled: readonly string[]): Text {
  return lazyText(() => {
    const shown = listOf(unfilled.map((r) => names.model.members.get(r)?.name ?? r.trim()));
    const label = names.label(id);
    return text(
      `Enligt uppdraget ska ${label} ha ${shown.sv}, men ingen nuvarande ordinarie ledamot fyller det.`,
      `By its mandate ${label} shall include ${shown.en}, but no current regular member fills that.`,
    );
  });
}
