import fc from 'fast-check';
import { emptyModel } from '../shared/model/empty';
import type { MandatModel } from '../shared/model/types';
import { ACTION_STATUSES, ANSWER_STANCES, BODY_KINDS, DOCUMENT_KINDS, DOCUMENTED, LEVELS, LINE_KINDS, MEMBER_KINDS, RACI_ROLES, ROLES } from '../shared/model/vocabulary';

const date = fc
  .record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const validity = fc
  .tuple(fc.option(date, { nil: null }), fc.option(date, { nil: null }))
  .map(([a, b]) => (a && b && b < a ? { validFrom: b, validTo: a } : { validFrom: a, validTo: b }));
const words = fc.string({ maxLength: 30 });
const dateTime = fc
  .tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('Z', '+01:00', '+02:00', '-05:30'))
  .map(([d, h, m, sec, zone]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}${zone}`);
const name = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');

/** Any valid map of up to a dozen bodies, with every kind of element and reference. */
export function arbModel(): fc.Arbitrary<MandatModel> {
  return fc
    .record({ nb: fc.integer({ min: 0, max: 12 }), nm: fc.integer({ min: 0, max: 10 }), seed: fc.integer() })
    .chain(({ nb, nm }) => {
      const bodyIds = Array.from({ length: nb }, (_, i) => `b${i}`);
      const memberIds = Array.from({ length: nm }, (_, i) => `m${i}`);
      const bodyRef = nb > 0 ? fc.constantFrom(...bodyIds) : fc.constant(null);
      const body = (id: string, i: number) =>
        fc.record({
          id: fc.constant(id),
          name,
          shortName: words,
          kind: fc.constantFrom(...BODY_KINDS),
          level: fc.constantFrom(...LEVELS),
          accountable: fc.boolean(),
          // Only earlier bodies as parents, so part-of never loops.
          partOf: i > 0 ? fc.option(fc.constantFrom(...bodyIds.slice(0, i)), { nil: null }) : fc.constant(null),
          mandate: fc.record({
            text: words,
            decidedBy: fc.option(bodyRef, { nil: null }),
            decisionRef: words,
            requiredMembers: fc.array(name, { maxLength: 3 }),
          }),
          meets: words,
          validity,
          formerNames: fc.array(fc.record({ name, shortName: words, validTo: date }), { maxLength: 2 }),
          position: fc.option(fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.double({ min: -5000, max: 5000, noNaN: true }).map((v) => v + 0) }), { nil: null }),
          notes: words,
        });
      return fc.record({
        meta: fc.record({ name: words, author: words, description: words }),
        settings: fc.record({
          overlapThreshold: fc.double({ min: 0.01, max: 1, noNaN: true }),
          overlapMinShared: fc.integer({ min: 1, max: 10 }),
          overloadThreshold: fc.integer({ min: 1, max: 20 }),
          language: fc.constantFrom('sv' as const, 'en' as const),
          situationalPictureMaxAgeMonths: fc.integer({ min: 1, max: 240 }),
          rulesOff: fc.uniqueArray(fc.constantFrom('law', 'police', 'plans', 'structure', 'no-chair', 'document-lapsed'), { maxLength: 3 }),
          accountableTaskThreshold: fc.integer({ min: 1, max: 50 }),
          answerDueDays: fc.integer({ min: 1, max: 400 }),
        }),
        bodies: fc.tuple(...bodyIds.map((id, i) => body(id, i))),
        members: fc.tuple(
          ...memberIds.map((id) =>
            fc.record({ id: fc.constant(id), name, title: words, organisation: words, kind: fc.constantFrom(...MEMBER_KINDS), notes: words }),
          ),
        ),
        memberships:
          nb > 0 && nm > 0
            ? fc.uniqueArray(fc.record({ member: fc.constantFrom(...memberIds), body: fc.constantFrom(...bodyIds), role: fc.constantFrom(...ROLES), validity }), {
                maxLength: 20,
                selector: (m) => `${m.member}|${m.body}`,
              })
            : fc.constant([]),
        lines:
          nb > 1
            ? fc.array(
                fc.record({
                  from: fc.constantFrom(...bodyIds),
                  to: fc.constantFrom(...bodyIds),
                  kind: fc.constantFrom(...LINE_KINDS),
                  frequency: words,
                  form: words,
                  documented: fc.constantFrom(...DOCUMENTED),
                  primary: fc.boolean(),
                  validity,
                  notes: words,
                }).filter((l) => l.from !== l.to),
                { maxLength: 15 },
              )
            : fc.constant([]),
        initiatives: fc.array(
          fc.record({
            name,
            responsible: nb > 0 ? fc.option(bodyRef, { nil: null }) : fc.constant(null),
            executors: nb > 0 ? fc.uniqueArray(fc.constantFrom(...bodyIds), { maxLength: 3 }) : fc.constant([]),
            targets: words,
            validity,
            notes: words,
          }),
          { maxLength: 3 },
        ),
        funding:
          nb > 0
            ? fc.array(
                fc.record({
                  funder: fc.constantFrom(...bodyIds),
                  receiver: fc.constantFrom(...bodyIds),
                  year: fc.integer({ min: 2015, max: 2030 }),
                  amountSek: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
                  source: words,
                  notes: words,
                  withInitiative: fc.boolean(),
                }),
                { maxLength: 5 },
              )
            : fc.constant([]),
        documents: fc.array(
          fc.record({
            title: name,
            kind: fc.constantFrom(...DOCUMENT_KINDS),
            decidedBy: nb > 0 ? fc.option(bodyRef, { nil: null }) : fc.constant(null),
            decisionRef: words,
            decidedOn: fc.option(date, { nil: null }),
            validity,
            reviewBy: fc.option(date, { nil: null }),
            parties: nb > 0 ? fc.uniqueArray(fc.constantFrom(...bodyIds), { maxLength: 3 }) : fc.constant([]),
            signatories: nm > 0 ? fc.uniqueArray(fc.constantFrom(...memberIds), { maxLength: 3 }) : fc.constant([]),
            // A pick among the documents before it (so parents never loop), or none.
            parentPick: fc.option(fc.nat(), { nil: null }),
            // What it replaces: a pick among the documents before it, or none.
            replacesPick: fc.option(fc.nat(), { nil: null }),
            governsBodies: nb > 0 ? fc.uniqueArray(fc.constantFrom(...bodyIds), { maxLength: 3 }) : fc.constant([]),
            governsFirst: fc.boolean(),
            areas: fc.uniqueArray(fc.constantFrom('Centrum', 'Årby', 'Fröslunda; norra', 'Skiftinge'), { maxLength: 3 }),
            link: words,
            notes: words,
            position: fc.option(fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) }), { nil: null }),
          }),
          { maxLength: 4 },
        ),
        coordination: fc.array(fc.record({ byBody: fc.boolean(), pick: fc.nat(), validity, notes: words }), { maxLength: 2 }),
        tasks: fc.array(
          fc.record({
            name,
            description: words,
            // What it concerns: 0 the organisation, 1 the first initiative, 2 the first document, 3 a body.
            concerns: fc.integer({ min: 0, max: 3 }),
            bodyPick: fc.nat(),
            validity,
            libraryKey: fc.constantFrom('', 'report_to_ks', 'coordinate'),
            notes: words,
          }),
          { maxLength: 3 },
        ),
        assignments: fc.array(
          fc.record({ taskPick: fc.nat(), byBody: fc.boolean(), pick: fc.nat(), role: fc.constantFrom(...RACI_ROLES), validity, source: words }),
          { maxLength: 6 },
        ),
        audits: fc.array(
          fc.record({
            title: name,
            auditor: words,
            forWhom: words,
            date: fc.option(date, { nil: null }),
            scope: words,
            link: words,
            notes: words,
            recommendations: fc.array(
              fc.record({
                text: name,
                addressedTo: nb > 0 ? fc.option(bodyRef, { nil: null }) : fc.constant(null),
                concernsBodies: nb > 0 ? fc.uniqueArray(fc.constantFrom(...bodyIds), { maxLength: 3 }) : fc.constant([]),
                findingKeys: fc.uniqueArray(fc.constantFrom('missing-mandate:b0', 'no-chair:b1', 'overlap:b0|b1'), { maxLength: 2 }),
                notes: words,
                answers: fc.array(
                  fc.record({
                    by: nb > 0 ? fc.option(bodyRef, { nil: null }) : fc.constant(null),
                    date: fc.option(date, { nil: null }),
                    stance: fc.constantFrom(...ANSWER_STANCES),
                    text: words,
                    decisionRef: words,
                    notes: words,
                  }),
                  { maxLength: 2 },
                ),
                actions: fc.array(
                  fc.record({
                    text: name,
                    owner: nb > 0 ? fc.option(bodyRef, { nil: null }) : fc.constant(null),
                    due: fc.option(date, { nil: null }),
                    statusHistory: fc.array(fc.record({ status: fc.constantFrom(...ACTION_STATUSES), date: fc.option(date, { nil: null }) }), { maxLength: 3 }),
                    evidence: words,
                    notes: words,
                  }),
                  { maxLength: 2 },
                ),
              }),
              { maxLength: 2 },
            ),
          }),
          { maxLength: 2 },
        ),
        acks: fc.array(fc.record({ findingKey: name, reason: name, by: words, at: words }), { maxLength: 2 }),
        views: fc.array(
          fc.record({
            name,
            asOf: date,
            viewport: fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.double({ min: -5000, max: 5000, noNaN: true }).map((v) => v + 0), zoom: fc.double({ min: 0.1, max: 4, noNaN: true }) }),
            focus: fc.option(bodyRef, { nil: null }),
            filters: fc.record({ levels: fc.subarray([...LEVELS]), kind: fc.constantFrom('all' as const, ...BODY_KINDS), showFunding: fc.boolean(), showDecidedBy: fc.boolean() }),
            order: fc.nat({ max: 50 }),
          }),
          { maxLength: 3 },
        ),
        threads: fc.array(
          fc.record({
            on: fc.constantFrom('map' as const, 'body' as const, 'line' as const),
            pick: fc.nat(),
            author: words,
            at: fc.oneof(dateTime, fc.constant('')),
            text: name,
            resolved: fc.boolean(),
            replies: fc.array(fc.record({ author: words, at: dateTime, text: name }), { maxLength: 2 }),
          }),
          { maxLength: 4 },
        ),
      });
    })
    .map((raw) => {
      type V = { validity: { validFrom: string | null; validTo: string | null } };
      type RawThread = { on: 'map' | 'body' | 'line'; pick: number; author: string; at: string; text: string; resolved: boolean; replies: { author: string; at: string; text: string }[] };
      const r = raw as Omit<typeof raw, 'memberships' | 'lines' | 'funding'> & {
        memberships: (Record<string, unknown> & V)[];
        lines: (Record<string, unknown> & V)[];
        funding: (Record<string, unknown> & { withInitiative: boolean })[];
        threads: RawThread[];
      };
      const base = emptyModel();
      const rec = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
      const initiatives = r.initiatives.map(({ validity: v, ...i }, n) => ({ id: `i${n}`, ...i, ...v }));
      return {
        ...base,
        meta: r.meta,
        settings: r.settings,
        bodies: rec(r.bodies.map(({ validity: v, ...b }) => ({ ...b, ...v }))),
        members: rec(r.members),
        memberships: rec(r.memberships.map(({ validity: v, ...m }, n) => ({ id: `ms${n}`, ...m, ...v }))),
        reportingLines: rec(r.lines.map(({ validity: v, ...l }, n) => ({ id: `l${n}`, ...l, ...v }))),
        initiatives: rec(initiatives),
        fundingLines: rec(
          r.funding.map(({ withInitiative, ...f }, n) => ({ id: `f${n}`, ...f, initiative: withInitiative && initiatives.length > 0 ? 'i0' : null })),
        ),
        acknowledgements: rec(r.acks.map((a, n) => ({ id: `a${n}`, ...a }))),
        documents: rec(documentsOf(r.documents as RawDocument[], initiatives.length > 0, r.lines.length > 0)),
        coordination: rec(coordinationOf(r.coordination, (r.bodies as { id: string }[]).map((b) => b.id), (r.members as { id: string }[]).map((m) => m.id))),
        ...tasksOf(r.tasks as RawTask[], r.assignments as RawAssignment[], {
          bodies: (r.bodies as { id: string }[]).map((b) => b.id),
          members: (r.members as { id: string }[]).map((m) => m.id),
          initiative: initiatives.length > 0,
          document: r.documents.length > 0,
        }),
        ...auditsOf(r.audits as RawAudit[], initiatives.length > 0, r.lines.length > 0, r.documents.length > 0),
        views: rec(r.views.map((v, n) => ({ id: `v${n}`, ...v }))),
        comments: rec(commentsOf(r.threads, [...(r.bodies as { id: string }[]).map((b) => b.id)], r.lines.length)),
      } as unknown as MandatModel;
    });
}

/** Comments of raw threads: a target that does not exist in the map falls back to the map itself. */
function commentsOf(
  threads: readonly { on: 'map' | 'body' | 'line'; pick: number; author: string; at: string; text: string; resolved: boolean; replies: readonly { author: string; at: string; text: string }[] }[],
  bodyIds: readonly string[],
  lineCount: number,
): { id: string }[] {
  return threads.flatMap((t, n) => {
    const target =
      t.on === 'body' && bodyIds.length > 0
        ? { kind: 'body', id: bodyIds[t.pick % bodyIds.length] }
        : t.on === 'line' && lineCount > 0
          ? { kind: 'line', id: `l${t.pick % lineCount}` }
          : { kind: 'map' };
    const root = { id: `c${n}`, target, replyTo: null, author: t.author, at: t.at, text: t.text, resolved: t.resolved };
    return [root, ...t.replies.map((r, i) => ({ id: `c${n}r${i}`, target, replyTo: root.id, ...r, resolved: false }))];
  });
}

type RawDocument = Record<string, unknown> & {
  kind: string;
  validity: { validFrom: string | null; validTo: string | null };
  parentPick: number | null;
  replacesPick: number | null;
  governsFirst: boolean;
};

/** Documents of raw ones: a parent and what it replaces among the earlier ones, a yearly plan without one made `other`, the first initiative and line governed when asked. */
function documentsOf(raw: RawDocument[], hasInitiative: boolean, hasLine: boolean): ({ id: string } & Record<string, unknown>)[] {
  return raw.map(({ validity: v, parentPick, replacesPick, governsFirst, kind, ...d }, n) => {
    const parent = parentPick !== null && n > 0 ? `d${parentPick % n}` : null;
    const replaces = replacesPick !== null && n > 0 ? `d${replacesPick % n}` : null;
    return {
      id: `d${n}`,
      ...d,
      kind: kind === 'yearly_plan' && parent === null ? 'other' : kind,
      ...v,
      parent,
      replaces,
      governsInitiatives: governsFirst && hasInitiative ? ['i0'] : [],
      governsLines: governsFirst && hasLine ? ['l0'] : [],
    };
  });
}

/** Coordination periods of raw ones, each held by a body or a member the map has; none when it has neither. */
function coordinationOf(
  raw: { byBody: boolean; pick: number; validity: { validFrom: string | null; validTo: string | null }; notes: string }[],
  bodies: string[],
  members: string[],
): ({ id: string } & Record<string, unknown>)[] {
  return raw.flatMap(({ byBody, pick, validity: v, notes }, n) => {
    const pool = (byBody && bodies.length > 0) || members.length === 0 ? bodies : members;
    const who = pool[pick % Math.max(pool.length, 1)];
    if (who === undefined) return [];
    const isBody = pool === bodies;
    return [{ id: `co${n}`, body: isBody ? who : null, member: isBody ? null : who, ...v, notes }];
  });
}

type RawTask = Record<string, unknown> & { concerns: number; bodyPick: number; validity: { validFrom: string | null; validTo: string | null } };
type RawAssignment = { taskPick: number; byBody: boolean; pick: number; role: string; validity: { validFrom: string | null; validTo: string | null }; source: string };

/** Tasks concerning what the map has (else the organisation), and assignments to a body or a member of one of them; none when there is no task or no one. */
function tasksOf(
  raw: RawTask[],
  rawAssignments: RawAssignment[],
  has: { bodies: string[]; members: string[]; initiative: boolean; document: boolean },
): { tasks: Map<string, Record<string, unknown>>; assignments: Map<string, Record<string, unknown>> } {
  const tasks = raw.map(({ concerns, bodyPick, validity: v, ...t }, n) => ({
    id: `t${n}`,
    ...t,
    initiative: concerns === 1 && has.initiative ? 'i0' : null,
    document: concerns === 2 && has.document ? 'd0' : null,
    body: concerns === 3 && has.bodies.length > 0 ? has.bodies[bodyPick % has.bodies.length] : null,
    ...v,
  }));
  const assignments = tasks.length === 0 ? [] : rawAssignments.flatMap(({ taskPick, byBody, pick, role, validity: v, source }, n) => {
    const pool = (byBody && has.bodies.length > 0) || has.members.length === 0 ? has.bodies : has.members;
    const who = pool[pick % Math.max(pool.length, 1)];
    if (who === undefined) return [];
    const isBody = pool === has.bodies;
    return [{ id: `r${n}`, task: `t${taskPick % tasks.length}`, body: isBody ? who : null, member: isBody ? null : who, role, ...v, source }];
  });
  const rec = (items: { id: string }[]) => new Map(items.map((x) => [x.id, x as Record<string, unknown>]));
  return { tasks: rec(tasks), assignments: rec(assignments) };
}

type RawAudit = Record<string, unknown> & {
  recommendations: (Record<string, unknown> & { answers: Record<string, unknown>[]; actions: Record<string, unknown>[] })[];
};

/** The four audit collections of nested raw audits; each recommendation names the first initiative, line and document when the map has one. */
function auditsOf(raw: RawAudit[], hasInitiative: boolean, hasLine: boolean, hasDocument: boolean): Record<string, Map<string, unknown>> {
  const audits = new Map<string, unknown>();
  const recommendations = new Map<string, unknown>();
  const answers = new Map<string, unknown>();
  const actions = new Map<string, unknown>();
  raw.forEach(({ recommendations: recs, ...a }, n) => {
    audits.set(`au${n}`, { id: `au${n}`, ...a });
    recs.forEach(({ answers: ans, actions: acts, ...r }, k) => {
      const id = `r${n}-${k}`;
      recommendations.set(id, {
        id,
        audit: `au${n}`,
        ...r,
        concernsLines: hasLine && k === 0 ? ['l0'] : [],
        concernsInitiatives: hasInitiative && k === 0 ? ['i0'] : [],
        concernsDocuments: hasDocument && k === 0 ? ['d0'] : [],
      });
      ans.forEach((x, j) => answers.set(`an${n}-${k}-${j}`, { id: `an${n}-${k}-${j}`, recommendation: id, ...x }));
      acts.forEach((x, j) => actions.set(`ac${n}-${k}-${j}`, { id: `ac${n}-${k}-${j}`, recommendation: id, ...x }));
    });
  });
  return { audits, recommendations, answers, actions };
}
