/**
 * Audits for a synthetic map, one municipality at a time (the tag before the first dash of a
 * body's id): a granskning with recommendations addressed to the municipality's bodies, some
 * tied to findings the checks really give on the audit's date, and a follow-up audit a year
 * later. The usual flaws come in small doses: a recommendation never answered, an agreement
 * with no action, an action past its due date, an action owned by a body that has since
 * ceased, a finding still there at the follow-up. Its own random numbers, so the rest of the
 * map is the same map it was without audits.
 */
import { analyse } from '../../shared/analysis/analyse';
import { addDays } from '../../shared/audits/followUp';
import type { ActionId, AnswerId, AuditId, BodyId, RecommendationId } from '../../shared/model/ids';
import type { Action, Answer, Audit, Body, IsoDate, MandatModel, Recommendation, StatusChange } from '../../shared/model/types';
import type { AnswerStance } from '../../shared/model/vocabulary';
import { isValidOn } from '../../shared/time/isoDate';
import { Rng } from './random';
import type { GenerateOptions } from './synthetic';
import { generateMapWithTasks } from './syntheticTasks';

const tagOf = (id: string): string => id.split('-')[0] as string;
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The first audit's possible dates, and the follow-up's: early enough that answers are due by mid-2023. */
const FIRST_DATES = ['2021-11-15', '2022-03-15', '2022-05-10'] as const;
const FOLLOW_UP_DATE = '2023-02-01';
const TOPICS = ['Styrning av det brottsförebyggande arbetet', 'Uppföljning av åtgärdsplanen', 'Samverkan med polisen', 'Rapportering till kommunstyrelsen', 'Ansvar för lägesbilden'];

/** The findings' keys on a date, per municipality (a key whose subject is one of its elements). */
function keysByMunicipality(model: MandatModel, asOf: IsoDate): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of analyse(model, { asOf }).findings) {
    const subject = f.key.slice(f.key.indexOf(':') + 1);
    const tag = tagOf(subject);
    const list = out.get(tag);
    if (list) list.push(f.key);
    else out.set(tag, [f.key]);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** The model with two audits (and their recommendations, answers and actions) added for each municipality. */
export function withAudits(model: MandatModel, seed: number): MandatModel {
  const rng = new Rng((seed ^ 0x0a0d17ed) >>> 0);
  const bodiesOf = new Map<string, Body[]>();
  for (const b of [...model.bodies.values()].sort(byId)) {
    const list = bodiesOf.get(tagOf(b.id));
    if (list) list.push(b);
    else bodiesOf.set(tagOf(b.id), [b]);
  }
  const keysOn = new Map<string, Map<string, string[]>>();
  const keysFor = (date: IsoDate, tag: string): string[] => {
    let byTag = keysOn.get(date);
    if (!byTag) keysOn.set(date, (byTag = keysByMunicipality(model, date)));
    return byTag.get(tag) ?? [];
  };

  const audits = new Map<string, Audit>();
  const recommendations = new Map<string, Recommendation>();
  const answers = new Map<string, Answer>();
  const actions = new Map<string, Action>();
  const stance = (): AnswerStance => rng.weighted([['agrees', 5], ['agrees_in_part', 3], ['does_not_agree', 2]] as const);

  /** A recommendation to one of `bodies`, answered (or not) and acted on (or not). */
  const recommend = (audit: Audit, n: number, bodies: readonly Body[], ended: readonly Body[], keys: readonly string[]): void => {
    const to = rng.pick(bodies);
    const id = `${audit.id}-r${n}` as RecommendationId;
    recommendations.set(id, {
      id,
      audit: audit.id,
      text: `${rng.pick(TOPICS)} (${n})`,
      addressedTo: to.id as BodyId,
      concernsBodies: [to.id as BodyId],
      concernsLines: [],
      concernsInitiatives: [],
      concernsDocuments: [],
      findingKeys: keys,
      notes: '',
    });
    const date = audit.date as IsoDate;
    if (rng.chance(0.2)) return; // never answered
    const given = stance();
    const answerId = `${id}-s` as AnswerId;
    answers.set(answerId, { id: answerId, recommendation: id, by: to.id as BodyId, date: addDays(date, 20 + rng.int(60)), stance: given, text: '', decisionRef: '', notes: '' });
    if (given === 'does_not_agree' || rng.chance(0.15)) return; // agreed, but nothing recorded
    const owner = ended.length > 0 && rng.chance(0.3) ? rng.pick(ended) : to;
    const due = addDays(date, rng.pick([120, 240, 600]));
    const r = rng.float();
    const history: StatusChange[] = r < 0.35 ? [{ status: 'done', date: addDays(date, 100) }] : r < 0.65 ? [{ status: 'in_progress', date: addDays(date, 60) }] : [];
    const actionId = `${id}-a` as ActionId;
    actions.set(actionId, { id: actionId, recommendation: id, text: `Åtgärd för ${id}`, owner: owner.id as BodyId, due, statusHistory: history, evidence: '', notes: '' });
  };

  for (const [tag, all] of bodiesOf) {
    const firstDate = rng.pick(FIRST_DATES);
    const active = all.filter((b) => isValidOn(b, firstDate));
    if (active.length === 0) continue;
    // Bodies that cease before the follow-up: an action they own is left without an owner.
    const ended = active.filter((b) => b.validTo !== null && b.validTo < FOLLOW_UP_DATE);
    const first: Audit = { id: `${tag}-g1` as AuditId, title: `Granskning ${tag}`, auditor: 'KPMG', forWhom: 'Kommunens revisorer', date: firstDate, scope: '', link: '', notes: '' };
    const followUp: Audit = { ...first, id: `${tag}-g2` as AuditId, title: `Uppföljande granskning ${tag}`, date: FOLLOW_UP_DATE };
    audits.set(first.id, first).set(followUp.id, followUp);
    const found = keysFor(firstDate, tag);
    const count = 2 + rng.int(3);
    for (let n = 0; n < count; n++) {
      const keys = found.length > 0 && rng.chance(0.5) ? [...new Set([rng.pick(found), rng.pick(found)])] : [];
      recommend(first, n, active, ended, keys);
    }
    const later = all.filter((b) => isValidOn(b, FOLLOW_UP_DATE));
    if (later.length > 0) recommend(followUp, 0, later, [], []);
  }
  return { ...model, audits, recommendations, answers, actions };
}

/** `generateMapWithTasks` with audits added for each municipality. */
export function generateMapWithAudits(opts: GenerateOptions): MandatModel {
  return withAudits(generateMapWithTasks(opts), opts.seed ?? 1);
}
