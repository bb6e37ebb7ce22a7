/**
 * Every command, one by one: the map after it, undo bringing the map back as it was, and
 * a refusal (of a reference to nothing, where the command has references) that writes
 * nothing. Refusals are asserted as refusals, not by their wording, which belongs to the
 * model's declarations. The first test keeps this list and the commands the code knows
 * equal, so a new command cannot go without a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/analysis/analyse';
import { applyCommand, type CommandResult } from '../../shared/commands/apply';
import type { Command, CommandType } from '../../shared/commands/types';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { AcknowledgementId, BodyId, CommentId, FundingLineId, InitiativeId, MemberId, MembershipId, ReportingLineId } from '../../shared/model/ids';
import { collectionOf } from '../../shared/model/records';
import type { Acknowledgement, MandatModel } from '../../shared/model/types';
import { makeAccountable, makeBody, makeComment, makeFunding, makeInitiative, makeLine, makeMember, makeMembership, makeModel, onBody } from '../factories';

const bid = (id: string) => id as BodyId;
const NOBODY = bid('ks2');

/**
 * KS (accountable) and bodies a and b; members m and n, m in a; a line a → KS; an
 * initiative i1 (KS responsible, a carrying it out) funded by KS to a; an acknowledged
 * finding; Anna's comment on a.
 */
function baseModel(): MandatModel {
  const ack: Acknowledgement = { id: 'ack1' as AcknowledgementId, findingKey: 'no-chair:a', reason: 'Leds av KS', by: 'Anna', at: '2024-05-02T14:30:00+02:00' };
  return {
    ...makeModel({
      bodies: [makeAccountable('ks'), makeBody('a'), makeBody('b')],
      members: [makeMember('m'), makeMember('n')],
      memberships: [makeMembership('m', 'a')],
      lines: [makeLine('a', 'ks')],
      initiatives: [makeInitiative('i1', { responsible: bid('ks'), executors: [bid('a')] })],
      funding: [makeFunding('ks', 'a', { initiative: 'i1' as InitiativeId })],
      comments: [makeComment('c1', { target: onBody('a') })],
    }),
    acknowledgements: collectionOf([ack]),
  };
}

interface Applied {
  readonly before: MandatModel;
  readonly after: MandatModel;
  readonly created: readonly string[];
}

/**
 * Applies `command` to the base map, hands the map after it to `check`, then undoes it
 * and expects the map exactly as before: each command is one undo step.
 */
function appliesAndUndoes(command: Command, check: (applied: Applied) => void): void {
  const doc = createMapDocument(baseModel());
  const undo = createUndoManager(doc);
  const before = readModel(doc);
  const r = applyCommand(doc, command);
  expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path}`)).toEqual([]);
  check({ before, after: readModel(doc), created: r.ok ? r.created : [] });
  expect(undo.undoStack.length).toBe(1);
  undo.undo();
  expect(readModel(doc)).toEqual(before);
}

/** `command` is refused with at least one issue, and the document is left as it was. */
function refused(command: Command): CommandResult {
  const doc = createMapDocument(baseModel());
  const state = Y.encodeStateAsUpdate(doc);
  const r = applyCommand(doc, command);
  expect(r.ok).toBe(false);
  expect(r.ok ? [] : r.issues).not.toHaveLength(0);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
  return r;
}

/** The command types tested below; typed so that the compiler wants an entry for every command. */
const TESTED: Readonly<Record<CommandType, true>> = {
  updateMeta: true,
  updateSettings: true,
  addBody: true,
  updateBody: true,
  removeBody: true,
  addMember: true,
  updateMember: true,
  removeMember: true,
  addMembership: true,
  updateMembership: true,
  removeMembership: true,
  connectReport: true,
  updateReportingLine: true,
  removeReportingLine: true,
  addInitiative: true,
  updateInitiative: true,
  removeInitiative: true,
  addFunding: true,
  updateFunding: true,
  removeFunding: true,
  acknowledgeFinding: true,
  withdrawAcknowledgement: true,
  addComment: true,
  editComment: true,
  resolveThread: true,
  deleteComment: true,
  // Tested in commandsDocuments.test.ts (this file is near its length limit).
  addDocument: true,
  updateDocument: true,
  removeDocument: true,
  addCoordination: true,
  updateCoordination: true,
  removeCoordination: true,
  // Tested in commandsTasks.test.ts.
  addTask: true,
  updateTask: true,
  removeTask: true,
  addAssignment: true,
  updateAssignment: true,
  removeAssignment: true,
  // Tested in commandsAudits.test.ts.
  addAudit: true,
  updateAudit: true,
  removeAudit: true,
  addRecommendation: true,
  updateRecommendation: true,
  removeRecommendation: true,
  addAnswer: true,
  updateAnswer: true,
  removeAnswer: true,
  addAction: true,
  updateAction: true,
  removeAction: true,
  // Tested in commandsViews.test.ts.
  addView: true,
  updateView: true,
  removeView: true,
  batch: true,
};

describe('the commands under test', () => {
  it('are exactly the commands shared/commands/types.ts declares', () => {
    const source = readFileSync(join(__dirname, '../../shared/commands/types.ts'), 'utf8');
    const union = source.slice(source.indexOf('export type Command ='), source.indexOf('export type CommandType'));
    const declared = [...union.matchAll(/readonly type: '(\w+)'/g)].map((m) => m[1]);
    expect(declared).toHaveLength(54);
    expect(Object.keys(TESTED).sort()).toEqual([...declared].sort());
  });

  it('each has a describe block of its own in this file, commandsDocuments.test.ts, commandsTasks.test.ts, commandsAudits.test.ts or commandsViews.test.ts', () => {
    const self = ['commandsDocuments.test.ts', 'commandsTasks.test.ts', 'commandsAudits.test.ts', 'commandsViews.test.ts'].reduce((all, f) => all + readFileSync(join(__dirname, f), 'utf8'), readFileSync(__filename, 'utf8'));
    for (const type of Object.keys(TESTED)) expect(self, type).toContain(`describe('${type}'`);
  });
});

describe('updateMeta', () => {
  it('changes the map name and keeps the other fields', () =>
    appliesAndUndoes({ type: 'updateMeta', changes: { name: 'Trygghet 2024' } }, ({ before, after }) => {
      expect(after.meta).toEqual({ ...before.meta, name: 'Trygghet 2024' });
    }));
  it('refuses a name that is not text', () => void refused({ type: 'updateMeta', changes: { name: 5 as unknown as string } }));
});

describe('updateSettings', () => {
  it('changes the overload limit and keeps the other settings', () =>
    appliesAndUndoes({ type: 'updateSettings', changes: { overloadThreshold: 9 } }, ({ before, after }) => {
      expect(after.settings).toEqual({ ...before.settings, overloadThreshold: 9 });
    }));
  it('refuses a threshold outside its range', () => void refused({ type: 'updateSettings', changes: { overlapThreshold: 3 } }));
});

describe('addBody', () => {
  it('adds a body under a generated id, part of an existing one', () =>
    appliesAndUndoes({ type: 'addBody', body: { name: 'Styrgruppen', partOf: bid('ks') } }, ({ after, created }) => {
      expect(created).toHaveLength(1);
      expect(after.bodies.get(created[0] as string)).toMatchObject({ name: 'Styrgruppen', partOf: 'ks' });
      expect(after.bodies.size).toBe(4);
    }));
  it('refuses a part-of body that does not exist', () => void refused({ type: 'addBody', body: { name: 'X', partOf: NOBODY } }));
  it('refuses a deciding body that does not exist', () => void refused({ type: 'addBody', body: { name: 'X', mandate: { text: '', decisionRef: '', requiredMembers: [], decidedBy: NOBODY } } }));
});

describe('updateBody', () => {
  it('changes a field and one field of the mandate', () =>
    appliesAndUndoes({ type: 'updateBody', id: bid('b'), changes: { shortName: 'BB', mandate: { decidedBy: bid('ks') } } }, ({ before, after }) => {
      const was = before.bodies.get('b');
      expect(after.bodies.get('b')).toEqual({ ...was, shortName: 'BB', mandate: { ...was?.mandate, decidedBy: 'ks' } });
    }));
  it('refuses an unknown body', () => void refused({ type: 'updateBody', id: NOBODY, changes: { name: 'X' } }));
  it('refuses a part-of body that does not exist', () => void refused({ type: 'updateBody', id: bid('b'), changes: { partOf: NOBODY } }));
});

describe('removeBody', () => {
  it('removes the body with its seats, lines, funding and comments, and clears the initiative’s references to it', () =>
    appliesAndUndoes({ type: 'removeBody', id: bid('a') }, ({ after }) => {
      expect([...after.bodies.keys()]).toEqual(['ks', 'b']);
      expect(after.memberships.size).toBe(0);
      expect(after.reportingLines.size).toBe(0);
      expect(after.fundingLines.size).toBe(0);
      expect(after.comments.size).toBe(0);
      expect(after.initiatives.get('i1')?.executors).toEqual([]);
    }));
  it('refuses an unknown body', () => void refused({ type: 'removeBody', id: NOBODY }));
});

describe('addMember', () => {
  it('adds a member', () =>
    appliesAndUndoes({ type: 'addMember', member: { id: 'p' as MemberId, name: 'Kommundirektör', title: 'kommundirektör' } }, ({ after }) => {
      expect(after.members.get('p')).toMatchObject({ name: 'Kommundirektör', title: 'kommundirektör' });
    }));
  it('refuses an id already in use', () => void refused({ type: 'addMember', member: { id: 'm' as MemberId, name: 'Another' } }));
});

describe('updateMember', () => {
  it('changes a title', () =>
    appliesAndUndoes({ type: 'updateMember', id: 'n' as MemberId, changes: { title: 'ekonomichef' } }, ({ after }) => {
      expect(after.members.get('n')?.title).toBe('ekonomichef');
    }));
  it('refuses an unknown member', () => void refused({ type: 'updateMember', id: 'x' as MemberId, changes: { title: 'x' } }));
});

describe('removeMember', () => {
  it('removes the member and the member’s seats', () =>
    appliesAndUndoes({ type: 'removeMember', id: 'm' as MemberId }, ({ after }) => {
      expect([...after.members.keys()]).toEqual(['n']);
      expect(after.memberships.size).toBe(0);
    }));
  it('refuses an unknown member', () => void refused({ type: 'removeMember', id: 'x' as MemberId }));
});

describe('addMembership', () => {
  it('seats a member in a body as chair', () =>
    appliesAndUndoes({ type: 'addMembership', membership: { member: 'n' as MemberId, body: bid('b'), role: 'chair' } }, ({ after, created }) => {
      expect(after.memberships.get(created[0] as string)).toMatchObject({ member: 'n', body: 'b', role: 'chair' });
    }));
  it('refuses a body that does not exist', () => void refused({ type: 'addMembership', membership: { member: 'n' as MemberId, body: NOBODY } }));
  it('refuses a member that does not exist', () => void refused({ type: 'addMembership', membership: { member: 'x' as MemberId, body: bid('b') } }));
});

describe('updateMembership', () => {
  it('changes a seat’s role and end date', () =>
    appliesAndUndoes({ type: 'updateMembership', id: 'ms-m-a' as MembershipId, changes: { role: 'invited', validTo: '2024-12-31' } }, ({ after }) => {
      expect(after.memberships.get('ms-m-a')).toMatchObject({ role: 'invited', validTo: '2024-12-31' });
    }));
  it('refuses moving the seat to a body that does not exist', () => void refused({ type: 'updateMembership', id: 'ms-m-a' as MembershipId, changes: { body: NOBODY } }));
});

describe('removeMembership', () => {
  it('removes the seat only', () =>
    appliesAndUndoes({ type: 'removeMembership', id: 'ms-m-a' as MembershipId }, ({ before, after }) => {
      expect(after.memberships.size).toBe(0);
      expect(after.members).toEqual(before.members);
    }));
  it('refuses an unknown seat', () => void refused({ type: 'removeMembership', id: 'ms-x' as MembershipId }));
});

describe('connectReport', () => {
  it('adds a reporting line, which the analysis then follows', () =>
    appliesAndUndoes({ type: 'connectReport', line: { from: bid('b'), to: bid('ks'), kind: 'reports_to', frequency: 'årligen' } }, ({ before, after, created }) => {
      expect(after.reportingLines.get(created[0] as string)).toMatchObject({ from: 'b', to: 'ks', frequency: 'årligen' });
      const keys = (m: MandatModel) => analyse(m, { asOf: '2023-06-01' }).findings.map((f) => f.key);
      expect(keys(before)).toContain('missing-report-path:b');
      expect(keys(after)).not.toContain('missing-report-path:b');
    }));
  it('refuses a receiver that does not exist', () => void refused({ type: 'connectReport', line: { from: bid('b'), to: NOBODY } }));
});

describe('updateReportingLine', () => {
  it('marks a line undocumented', () =>
    appliesAndUndoes({ type: 'updateReportingLine', id: 'line-a-ks' as ReportingLineId, changes: { documented: 'no' } }, ({ after }) => {
      expect(after.reportingLines.get('line-a-ks')?.documented).toBe('no');
    }));
  it('refuses a receiver that does not exist', () => void refused({ type: 'updateReportingLine', id: 'line-a-ks' as ReportingLineId, changes: { to: NOBODY } }));
});

describe('removeReportingLine', () => {
  it('removes the line', () =>
    appliesAndUndoes({ type: 'removeReportingLine', id: 'line-a-ks' as ReportingLineId }, ({ after }) => {
      expect(after.reportingLines.size).toBe(0);
    }));
  it('refuses an unknown line', () => void refused({ type: 'removeReportingLine', id: 'line-x' as ReportingLineId }));
});

describe('addInitiative', () => {
  it('adds an initiative with its responsible and executing bodies', () =>
    appliesAndUndoes(
      { type: 'addInitiative', initiative: { name: 'Lovstöd', responsible: bid('ks'), executors: [bid('a'), bid('b')], targets: '' } },
      ({ after, created }) => {
        expect(after.initiatives.get(created[0] as string)).toMatchObject({ name: 'Lovstöd', responsible: 'ks', executors: ['a', 'b'], targets: '' });
      },
    ));
  it('refuses a responsible body that does not exist', () => void refused({ type: 'addInitiative', initiative: { name: 'X', responsible: NOBODY } }));
  it('refuses an executing body that does not exist', () => void refused({ type: 'addInitiative', initiative: { name: 'X', executors: [bid('a'), NOBODY] } }));
});

describe('updateInitiative', () => {
  it('changes the executing bodies and the targets', () =>
    appliesAndUndoes({ type: 'updateInitiative', id: 'i1' as InitiativeId, changes: { executors: [bid('b')], targets: 'Färre anmälda brott' } }, ({ after }) => {
      expect(after.initiatives.get('i1')).toMatchObject({ executors: ['b'], targets: 'Färre anmälda brott' });
    }));
  it('refuses an executing body that does not exist', () => void refused({ type: 'updateInitiative', id: 'i1' as InitiativeId, changes: { executors: [NOBODY] } }));
  it('refuses an unknown initiative', () => void refused({ type: 'updateInitiative', id: 'ix' as InitiativeId, changes: { name: 'X' } }));
});

describe('removeInitiative', () => {
  it('removes the initiative and leaves its funding without one', () =>
    appliesAndUndoes({ type: 'removeInitiative', id: 'i1' as InitiativeId }, ({ after }) => {
      expect(after.initiatives.size).toBe(0);
      expect([...after.fundingLines.values()].map((f) => f.initiative)).toEqual([null]);
    }));
  it('refuses an unknown initiative', () => void refused({ type: 'removeInitiative', id: 'ix' as InitiativeId }));
});

describe('addFunding', () => {
  it('adds a funding line for an initiative', () =>
    appliesAndUndoes(
      { type: 'addFunding', funding: { funder: bid('ks'), receiver: bid('b'), year: 2024, initiative: 'i1' as InitiativeId, amountSek: 250_000 } },
      ({ after, created }) => {
        expect(after.fundingLines.get(created[0] as string)).toMatchObject({ funder: 'ks', receiver: 'b', year: 2024, initiative: 'i1', amountSek: 250_000 });
      },
    ));
  it('refuses a funder that does not exist', () => void refused({ type: 'addFunding', funding: { funder: NOBODY, receiver: bid('b'), year: 2024 } }));
  it('refuses an initiative that does not exist', () =>
    void refused({ type: 'addFunding', funding: { funder: bid('ks'), receiver: bid('b'), year: 2024, initiative: 'ix' as InitiativeId } }));
});

describe('updateFunding', () => {
  const id = 'fund-ks-a-2022' as FundingLineId;
  it('changes the amount and the year', () =>
    appliesAndUndoes({ type: 'updateFunding', id, changes: { amountSek: 500_000, year: 2023 } }, ({ after }) => {
      expect(after.fundingLines.get(id)).toMatchObject({ amountSek: 500_000, year: 2023 });
    }));
  it('refuses a receiver that does not exist', () => void refused({ type: 'updateFunding', id, changes: { receiver: NOBODY } }));
});

describe('removeFunding', () => {
  it('removes the funding line', () =>
    appliesAndUndoes({ type: 'removeFunding', id: 'fund-ks-a-2022' as FundingLineId }, ({ after }) => {
      expect(after.fundingLines.size).toBe(0);
    }));
  it('refuses an unknown funding line', () => void refused({ type: 'removeFunding', id: 'fund-x' as FundingLineId }));
});

describe('acknowledgeFinding', () => {
  it('records the decision, and the analysis lists the finding as acknowledged', () =>
    appliesAndUndoes({ type: 'acknowledgeFinding', acknowledgement: { findingKey: 'missing-report-path:b', reason: 'Nytt organ', by: 'Anna' } }, ({ before, after }) => {
      const acknowledged = (m: MandatModel) => analyse(m, { asOf: '2023-06-01' }).acknowledged.map((a) => a.finding.key);
      expect(acknowledged(before)).not.toContain('missing-report-path:b');
      expect(acknowledged(after)).toContain('missing-report-path:b');
    }));
  it('refuses an id already in use', () => void refused({ type: 'acknowledgeFinding', acknowledgement: { id: 'ack1' as AcknowledgementId, findingKey: 'k', reason: 'r' } }));
  it('refuses a reason that is not text', () => void refused({ type: 'acknowledgeFinding', acknowledgement: { findingKey: 'k', reason: 7 as unknown as string } }));
});

describe('withdrawAcknowledgement', () => {
  it('removes the decision', () =>
    appliesAndUndoes({ type: 'withdrawAcknowledgement', id: 'ack1' as AcknowledgementId }, ({ after }) => {
      expect(after.acknowledgements.size).toBe(0);
    }));
  it('refuses an unknown acknowledgement', () => void refused({ type: 'withdrawAcknowledgement', id: 'ack-x' as AcknowledgementId }));
});

describe('addComment', () => {
  it('adds a reply to a thread, on the thread’s body', () =>
    appliesAndUndoes({ type: 'addComment', comment: { text: 'Håller med', author: 'Bo', replyTo: 'c1' as CommentId } }, ({ after, created }) => {
      expect(after.comments.get(created[0] as string)).toMatchObject({ text: 'Håller med', author: 'Bo', replyTo: 'c1', target: { kind: 'body', id: 'a' } });
    }));
  it('refuses a comment on a body that does not exist', () =>
    void refused({ type: 'addComment', comment: { text: 'X', author: 'Bo', target: { kind: 'body', id: NOBODY } } }));
});

describe('editComment', () => {
  it('changes the writer’s text', () =>
    appliesAndUndoes({ type: 'editComment', id: 'c1' as CommentId, text: 'Ändrad', by: 'Anna Strateg' }, ({ after }) => {
      expect(after.comments.get('c1')?.text).toBe('Ändrad');
    }));
  it('refuses someone else’s comment', () => void refused({ type: 'editComment', id: 'c1' as CommentId, text: 'X', by: 'Bo' }));
});

describe('resolveThread', () => {
  it('marks the thread settled', () =>
    appliesAndUndoes({ type: 'resolveThread', id: 'c1' as CommentId, resolved: true }, ({ after }) => {
      expect(after.comments.get('c1')?.resolved).toBe(true);
    }));
  it('refuses an unknown comment', () => void refused({ type: 'resolveThread', id: 'cx' as CommentId, resolved: true }));
});

describe('deleteComment', () => {
  it('deletes the writer’s comment', () =>
    appliesAndUndoes({ type: 'deleteComment', id: 'c1' as CommentId, by: 'Anna Strateg' }, ({ after }) => {
      expect(after.comments.size).toBe(0);
    }));
  it('refuses someone else’s comment', () => void refused({ type: 'deleteComment', id: 'c1' as CommentId, by: 'Bo' }));
});

describe('batch', () => {
  it('applies its commands as one undo step, a later one seeing what an earlier one made', () =>
    appliesAndUndoes(
      {
        type: 'batch',
        commands: [
          { type: 'addBody', body: { id: bid('c'), name: 'Samverkansgruppen' } },
          { type: 'connectReport', line: { from: bid('c'), to: bid('ks') } },
        ],
      },
      ({ after }) => {
        expect(after.bodies.get('c')?.name).toBe('Samverkansgruppen');
        expect([...after.reportingLines.values()].some((l) => l.from === 'c' && l.to === 'ks')).toBe(true);
      },
    ));
  it('writes nothing when one of its commands refers to nothing', () =>
    void refused({
      type: 'batch',
      commands: [
        { type: 'addBody', body: { id: bid('c'), name: 'Samverkansgruppen' } },
        { type: 'connectReport', line: { from: bid('c'), to: NOBODY } },
      ],
    }));
});
