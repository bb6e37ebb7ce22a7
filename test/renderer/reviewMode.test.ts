import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands/types';
import type { BodyId } from '../../shared/model/ids';
import { allowedInReview, isReviewMode, setReviewMode, toggleReviewMode } from '../../renderer/src/review/reviewMode';
import { dispatch, openMap, redo, undo, useEditor } from '../../renderer/src/store/editor';
import { makeAccountable, makeBody, makeModel } from '../factories';

const ks = 'ks' as BodyId;
const rename: Command = { type: 'updateBody', id: ks, changes: { name: 'Ändrad' } };
const comment: Command = { type: 'addComment', comment: { target: { kind: 'body', id: ks }, text: 'Varför?', author: 'Revisor' } };

function openSample(): void {
  void openMap(makeModel({ bodies: [makeAccountable('ks', { name: 'Kommunstyrelsen' }), makeBody('wg', { name: 'Arbetsgruppen' })] }), null, 'test.mandat');
  useEditor.setState({ notices: [] });
}
const reviewNotices = () => useEditor.getState().notices.filter((n) => n.key === 'review.refused');

afterEach(() => setReviewMode(false));

describe('allowedInReview', () => {
  it('allows acknowledging findings and comments, and nothing that changes the map', () => {
    expect(allowedInReview(comment)).toBe(true);
    expect(allowedInReview({ type: 'acknowledgeFinding', acknowledgement: { findingKey: 'k', reason: 'r' } })).toBe(true);
    expect(allowedInReview({ type: 'resolveThread', id: 'c1' as never, resolved: true })).toBe(true);
    expect(allowedInReview(rename)).toBe(false);
    expect(allowedInReview({ type: 'removeBody', id: ks })).toBe(false);
    expect(allowedInReview({ type: 'updateSettings', changes: { overlapThreshold: 0.1 } })).toBe(false);
  });

  it('allows a batch only when every command in it is allowed', () => {
    expect(allowedInReview({ type: 'batch', commands: [comment, comment] })).toBe(true);
    expect(allowedInReview({ type: 'batch', commands: [comment, rename] })).toBe(false);
    expect(allowedInReview({ type: 'batch', commands: [{ type: 'batch', commands: [rename] }] })).toBe(false);
  });
});

describe('the store in review mode', () => {
  it('refuses an edit and leaves the map as it was, and applies it once review mode is off', () => {
    openSample();
    toggleReviewMode();
    expect(isReviewMode()).toBe(true);
    expect(dispatch(rename).ok).toBe(false);
    expect(useEditor.getState().model.bodies.get('ks')?.name).toBe('Kommunstyrelsen');
    toggleReviewMode();
    expect(dispatch(rename).ok).toBe(true);
    expect(useEditor.getState().model.bodies.get('ks')?.name).toBe('Ändrad');
  });

  it('tells the user once why, however many edits are tried, and again after review mode is turned on anew', () => {
    openSample();
    setReviewMode(true);
    dispatch(rename);
    dispatch({ type: 'removeBody', id: ks });
    undo();
    expect(reviewNotices()).toHaveLength(1);
    expect(reviewNotices()[0]?.kind).toBe('info');
    const first = reviewNotices()[0]?.id;
    setReviewMode(false);
    setReviewMode(true);
    dispatch(rename);
    // Said again: the same message replaces the one still showing (notices do not pile up).
    expect(reviewNotices()).toHaveLength(1);
    expect(reviewNotices()[0]?.id).not.toBe(first);
  });

  it('still takes comments and acknowledgements', () => {
    openSample();
    setReviewMode(true);
    expect(dispatch(comment).ok).toBe(true);
    expect([...useEditor.getState().model.comments.values()].map((c) => c.text)).toEqual(['Varför?']);
    expect(dispatch({ type: 'acknowledgeFinding', acknowledgement: { findingKey: 'empty-body:wg', reason: 'Ny grupp' } }).ok).toBe(true);
    expect(useEditor.getState().model.acknowledgements.size).toBe(1);
    expect(reviewNotices()).toHaveLength(0);
  });

  it('does not undo or redo edits made before review mode', () => {
    openSample();
    dispatch(rename);
    setReviewMode(true);
    undo();
    expect(useEditor.getState().model.bodies.get('ks')?.name).toBe('Ändrad');
    setReviewMode(false);
    undo();
    expect(useEditor.getState().model.bodies.get('ks')?.name).toBe('Kommunstyrelsen');
    setReviewMode(true);
    redo();
    expect(useEditor.getState().model.bodies.get('ks')?.name).toBe('Kommunstyrelsen');
  });
});
