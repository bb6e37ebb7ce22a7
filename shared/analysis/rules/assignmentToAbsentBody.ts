import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { taskIndex } from '../taskIndex';

const ROLE_SV = { R: 'U', A: 'A', C: 'K', I: 'I' } as const;

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Ett ansvar som ligger hos ett organ som har avvecklats, eller ännu inte finns, innehas i praktiken av ingen. Det syns ofta först när något går fel.',
    'A responsibility held by a body that has been dissolved, or does not exist yet, is in practice held by no one. It often shows only when something goes wrong.',
  ),
  fix: text(
    'Avsluta ansvaret samma dag som organet upphör, eller flytta det till det organ som tog över.',
    'End the assignment on the day the body ceases, or move it to the body that took over.',
  ),
  source: text(
    'Mandats egen konsekvenskontroll; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own consistency check; neither audit points to this in particular.',
  ),
};

/** A role in force held by a body that is not there on the date (dissolved, or not yet set up): the role is held by no one. */
export const assignmentToAbsentBodyRule = defineRule({
  id: 'assignment-to-absent-body',
  severity: 'error',
  description: text(
    'Ett gällande ansvar i ansvarsmatrisen för ett organ som inte finns på datumet.',
    'An assignment in force in the responsibility matrix held by a body that does not exist on the date.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const index = taskIndex(ctx);
    return index.absent.map((a) => {
      const body = ctx.model.bodies.get(a.body ?? '');
      const name = ctx.label(a.body ?? '');
      const task = index.byTask.get(a.task)?.task.name ?? a.task;
      const dissolved = body?.validTo != null && body.validTo < ctx.asOf;
      const when = dissolved
        ? text(`avvecklades ${body?.validTo}`, `was dissolved on ${body?.validTo}`)
        : text(body?.validFrom ? `inrättas först ${body.validFrom}` : 'inte finns', body?.validFrom ? `is only set up on ${body.validFrom}` : 'does not exist');
      return {
        subject: a.id,
        elements: elements({ bodies: a.body ? [a.body] : [], tasks: [a.task] }),
        message: text(
          `${name} har rollen ${ROLE_SV[a.role]} för uppgiften ${task}, men ${when.sv}. Rollen innehas av ingen.`,
          `${name} has the role ${a.role} for the task ${task}, but ${when.en}. No one holds the role.`,
        ),
        fix: text('Avsluta ansvaret samma dag som organet, eller flytta det till organet som tog över.', 'End the assignment on the same day as the body, or move it to the body that took over.'),
      };
    });
  },
});
