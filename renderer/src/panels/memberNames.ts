import type { Command } from '../../../shared/commands/types';
import { newId, type BodyId, type MemberId } from '../../../shared/model/ids';
import type { MandatModel } from '../../../shared/model/types';
import { memberIdIn } from '../modelIds';

/**
 * The commands that seat the people named in `text` in a body: one name, or several
 * separated by commas, semicolons or new lines ("Anna Berg, Bo Ek"), as a list pasted
 * from a decision. A name matches an existing member (case aside) or becomes a new one;
 * someone already in the body is not seated twice, a name given twice counts once.
 */
export function seatByNames(model: MandatModel, body: BodyId, text: string): Command[] {
  const names = text
    .split(/[,;\n]/)
    .map((n) => n.trim())
    .filter(Boolean);
  const seated = new Set([...model.memberships.values()].filter((m) => m.body === body).map((m) => m.member as string));
  const byName = new Map<string, MemberId>();
  for (const m of model.members.values()) if (!byName.has(m.name.toLowerCase())) byName.set(m.name.toLowerCase(), m.id);
  const commands: Command[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    let member = byName.get(key) ?? memberIdIn(model, name) ?? undefined;
    if (member === undefined) {
      member = newId<MemberId>('member');
      commands.push({ type: 'addMember', member: { id: member, name, kind: 'position' } });
      byName.set(key, member);
    }
    if (seated.has(member)) continue;
    seated.add(member);
    commands.push({ type: 'addMembership', membership: { member, body, role: 'member' } });
  }
  return commands;
}
