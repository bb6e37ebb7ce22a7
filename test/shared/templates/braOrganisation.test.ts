/**
 * The Brå template: a map that starts from the organisation Brå describes, built by
 * one batch command (so one undo step), valid by the model's invariants, with its
 * placeholders left empty where the findings are to point.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { applyCommand } from '../../../shared/commands/apply';
import { createUndoManager } from '../../../shared/commands/undo';
import { serializeDocument } from '../../../shared/file/serialize';
import { restore } from '../../../shared/file/restore';
import { createMapDocument, LOCAL_ORIGIN, readModel } from '../../../shared/model/document';
import { emptyModel } from '../../../shared/model/empty';
import { isValidOn } from '../../../shared/time/isoDate';
import { braTemplateCommand, braTemplateModel } from '../../../shared/templates/braOrganisation';

const START = '2026-01-15';

describe('the Brå template', () => {
  it('holds KF and KS as accountable bodies, a steering group with the police, two working groups and a coordinator', () => {
    const m = braTemplateModel('sv', START);
    const bodies = [...m.bodies.values()];
    expect(bodies.filter((b) => b.accountable).map((b) => b.shortName)).toEqual(['KF', 'KS']);
    expect(bodies.filter((b) => b.kind === 'working_group')).toHaveLength(2);
    const steering = bodies.find((b) => b.kind === 'steering_group');
    const police = bodies.find((b) => b.kind === 'external_organisation');
    expect(steering && police).toBeTruthy();
    const seats = [...m.memberships.values()].filter((s) => s.body === steering?.id).map((s) => m.members.get(s.member)?.organisation);
    expect(seats).toContain('Polisen');
    const coordinators = [...m.coordination.values()].filter((c) => isValidOn(c, START));
    expect(coordinators).toHaveLength(1);
    expect(m.members.get(coordinators[0]?.member ?? '')?.name).toBe('Samordnare brottsförebyggande arbete');
  });

  it('has a lägesbild and an åtgärdsplan in force from the start date, with no deciding body and no decision reference yet', () => {
    const m = braTemplateModel('en', START);
    const docs = [...m.documents.values()];
    expect(docs.map((d) => d.kind).sort()).toEqual(['action_plan', 'situational_picture']);
    for (const d of docs) {
      expect(isValidOn(d, START)).toBe(true);
      expect(isValidOn(d, '2026-01-14')).toBe(false);
      expect(d.decidedBy).toBeNull();
      expect(d.decisionRef).toBe('');
      expect(d.notes.startsWith('Fill in:')).toBe(true);
      expect(d.position).not.toBeNull();
    }
  });

  it('speaks the language it is asked for', () => {
    const sv = braTemplateModel('sv', START);
    const en = braTemplateModel('en', START);
    expect(sv.bodies.get('styrgrupp')?.name).toBe('Styrgrupp för brottsförebyggande arbete');
    expect(en.bodies.get('styrgrupp')?.name).toBe('Crime-prevention steering group');
    expect([...sv.bodies.keys()]).toEqual([...en.bodies.keys()]);
  });

  it('is one undo step on a new map', () => {
    const doc = createMapDocument(emptyModel({ name: 'Ny' }));
    const undo = createUndoManager(doc);
    expect(applyCommand(doc, braTemplateCommand('sv', START), LOCAL_ORIGIN).ok).toBe(true);
    expect(readModel(doc).bodies.size).toBe(6);
    undo.undo();
    const after = readModel(doc);
    expect([after.bodies.size, after.members.size, after.documents.size, after.coordination.size]).toEqual([0, 0, 0, 0]);
    expect(undo.canUndo()).toBe(false);
  });

  it('survives save and restore unchanged', () => {
    const m = braTemplateModel('sv', START, 'Mall');
    const restored = restore(JSON.parse(serializeDocument(createMapDocument(m))));
    expect(restored.ok).toBe(true);
    if (restored.ok) {
      expect(restored.repairs).toEqual([]);
      // The file writes elements in id order, so compare by id.
      for (const [id, d] of m.documents) expect(restored.model.documents.get(id)).toEqual(d);
      expect(restored.model.documents.size).toBe(m.documents.size);
    }
  });

  it('leaves the mandates empty, so the missing-mandate findings point at the bodies to fill in', () => {
    const m = braTemplateModel('sv', START);
    const flagged = new Set(analyse(m, { asOf: START }).findings.filter((f) => f.rule === 'missing-mandate').flatMap((f) => f.elements.bodies));
    expect(flagged.has('styrgrupp' as never)).toBe(true);
    expect(flagged.has('arbetsgrupp-1' as never)).toBe(true);
  });
});
