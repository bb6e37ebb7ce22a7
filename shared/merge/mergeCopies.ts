import * as Y from 'yjs';
import { openMapDocument } from '../file/open';
import { text } from '../i18n/text';
import { createMapDocument, documentFromState, jsonEqual, LOAD_ORIGIN, readModel, writeModel, type MapDocument } from '../model/document';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../model/types';
import { entitiesOf, type Entity } from './entities';
import { diffModels, fieldDifferences } from './diff';
import { concurrentEdits, shareHistory } from './history';
import { integrityProblems, repairReferences } from './integrity';
import { elementLabel } from './labels';
import type { Choice, Conflict, MapCopy, MergeRepair, MergeResult, SettleResult } from './types';


/** The key of a conflict, the key of its choice in `settle`. */
export function conflictKey(scope: CollectionName | 'meta' | 'settings', id: string): string {
  return scope === 'meta' || scope === 'settings' ? scope : `${scope}:${id}`;
}

function documentOf(copy: MapCopy): MapDocument {
  return copy.yjsState ? openMapDocument(copy.model, copy.yjsState).doc : createMapDocument(copy.model);
}

/** Writes `model` into `doc` when it differs, so that the state and the plain map agree. */
function settleInto(doc: MapDocument, model: MandatModel): MandatModel {
  if (jsonEqual(readModel(doc), model)) return readModel(doc);
  writeModel(doc, model, LOAD_ORIGIN);
  return readModel(doc);
}

/**
 * Merges two copies of a map into ours. Copies with shared history (one copied from
 * the other, or both from one ancestor) merge through Yjs and nothing is lost; copies
 * without it (two imports, a workbook) merge by element id: what only one holds is
 * added, what both hold alike is kept, and what both hold differently is a conflict
 * for a person to settle with `settle`. Never throws on valid models.
 */
export function mergeCopies(ours: MapCopy, theirs: MapCopy): MergeResult {
  if (ours.yjsState && theirs.yjsState && shareHistory(ours.yjsState, theirs.yjsState)) return mergeShared(ours, theirs);
  return mergeSeparate(ours, theirs);
}

function mergeShared(ours: MapCopy, theirs: MapCopy): MergeResult {
  const oursDoc = documentOf(ours);
  const theirsDoc = documentOf(theirs);
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(oursDoc), LOAD_ORIGIN);
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(theirsDoc), LOAD_ORIGIN);
  const repaired = repairReferences(readModel(merged));
  const model = settleInto(merged, repaired.model);
  const oursModel = readModel(oursDoc);
  const result: MergeResult = {
    origin: 'shared',
    model,
    yjsState: Y.encodeStateAsUpdate(merged),
    summary: diffModels(oursModel, model, [theirs.model]),
    conflicts: [],
    concurrent: concurrentEdits(oursDoc, theirsDoc, model),
    repairs: repaired.repairs,
    problems: integrityProblems(model),
    ours,
    theirs,
  };
  for (const doc of [oursDoc, theirsDoc, merged]) doc.destroy();
  return result;
}

function mergeSeparate(ours: MapCopy, theirs: MapCopy): MergeResult {
  const a = ours.model;
  const b = theirs.model;
  const conflicts: Conflict[] = [];
  const models = [a, b];
  for (const scope of ['meta', 'settings'] as const) {
    const fields = fieldDifferences(a[scope] as unknown as Entity, b[scope] as unknown as Entity);
    if (fields.length > 0) conflicts.push({ key: conflictKey(scope, scope), scope, id: scope, label: elementLabel(scope, scope, {}, models), fields });
  }
  const out: Record<string, unknown> = { meta: a.meta, settings: a.settings };
  for (const name of COLLECTIONS) {
    const mine = entitiesOf(a, name);
    const merged = new Map(mine);
    for (const [id, other] of entitiesOf(b, name)) {
      const own = mine.get(id);
      if (!own) merged.set(id, other);
      else if (!jsonEqual(own, other))
        conflicts.push({ key: conflictKey(name, id), scope: name, id, label: elementLabel(name, id, own, models), fields: fieldDifferences(own, other) });
    }
    out[name] = merged;
  }
  const model = out as unknown as MandatModel;
  return {
    origin: 'separate',
    model,
    yjsState: null,
    summary: diffModels(a, model, [b]),
    conflicts,
    concurrent: [],
    repairs: [],
    problems: [],
    ours,
    theirs,
  };
}

/**
 * The merged map once every conflict has a choice: `ours` keeps our version of the
 * element, `theirs` takes the other copy's. Refuses (as data) while a conflict has no
 * choice, and when the result would not open (a part-of loop, say). The Yjs state
 * continues our copy's history, so the result still merges with our copy without loss.
 */
export function settle(result: MergeResult, choices: Readonly<Record<string, Choice>>): SettleResult {
  const missing = result.conflicts.filter((c) => choices[c.key] !== 'ours' && choices[c.key] !== 'theirs').map((c) => c.key);
  if (missing.length > 0)
    return {
      ok: false,
      code: 'unsettled',
      missing,
      message: text(
        `${missing.length} ${missing.length === 1 ? 'konflikt saknar' : 'konflikter saknar'} ett val: ${missing.join(', ')}.`,
        `${missing.length} ${missing.length === 1 ? 'conflict has' : 'conflicts have'} no choice: ${missing.join(', ')}.`,
      ),
    };
  if (result.origin === 'shared' && result.problems.length === 0 && result.yjsState)
    return { ok: true, model: result.model, yjsState: result.yjsState, summary: result.summary, repairs: result.repairs };
  const chosen = withChoices(result, choices);
  const repaired = repairReferences(chosen);
  const issues = integrityProblems(repaired.model);
  if (issues.length > 0)
    return {
      ok: false,
      code: 'invalid',
      issues,
      message: text(
        'Den sammanslagna kartan hänger inte ihop och kan inte sparas; ändra i någon av kopiorna och slå ihop igen.',
        'The merged map does not hold together and cannot be saved; change one of the copies and merge again.',
      ),
    };
  const doc = result.origin === 'shared' && result.yjsState ? documentFromState(result.yjsState) : documentOf(result.ours);
  const model = settleInto(doc, repaired.model);
  const yjsState = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const repairs: MergeRepair[] = [...result.repairs, ...repaired.repairs];
  return { ok: true, model, yjsState, summary: diffModels(result.ours.model, model, [result.theirs.model]), repairs };
}

function withChoices(result: MergeResult, choices: Readonly<Record<string, Choice>>): MandatModel {
  const theirsWins = (key: string): boolean => choices[key] === 'theirs';
  const out: Record<string, unknown> = {
    meta: theirsWins('meta') ? result.theirs.model.meta : result.model.meta,
    settings: theirsWins('settings') ? result.theirs.model.settings : result.model.settings,
  };
  for (const name of COLLECTIONS) {
    const merged = new Map(entitiesOf(result.model, name));
    for (const c of result.conflicts) {
      if (c.scope !== name || !theirsWins(c.key)) continue;
      const other = entitiesOf(result.theirs.model, name).get(c.id);
      if (other) merged.set(c.id, other);
    }
    out[name] = merged;
  }
  return out as unknown as MandatModel;
}
