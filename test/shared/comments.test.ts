import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand, type CommandResult } from '../../shared/commands/apply';
import { createUndoManager } from '../../shared/commands/undo';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import { threadsOf } from '../../shared/model/comments';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { BodyId, CommentId, ReportingLineId } from '../../shared/model/ids';
import { isIsoDateTime, nowWithOffset, wallClock } from '../../shared/time/dateTime';
import { makeBody, makeComment, makeLine, makeModel, onBody, onLine } from '../factories';

const ANNA = 'Anna Strateg';
const cid = (id: string) => id as CommentId;

/** Bodies a and b, a line from b to a, a thread on a (c1 with reply r1) and one on the line (c2). */
function commentedDoc() {
  return createMapDocument(
    makeModel({
      bodies: [makeBody('a'), makeBody('b')],
      lines: [makeLine('b', 'a')],
      comments: [
        makeComment('c1', { target: onBody('a') }),
        makeComment('r1', { target: onBody('a'), replyTo: cid('c1'), author: 'Bo Sekreterare', at: '2024-05-03T09:00:00+02:00' }),
        makeComment('c2', { target: onLine('line-b-a') }),
      ],
    }),
  );
}

function refusal(r: CommandResult, lang: 'sv' | 'en' = 'en'): string[] {
  return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path}: ${i.message[lang]}`);
}

describe('addComment', () => {
  it('adds a comment on a body with a new id and the time it was written, as one undo step', () => {
    const doc = commentedDoc();
    const undo = createUndoManager(doc);
    const r = applyCommand(doc, { type: 'addComment', comment: { target: onBody('b'), text: 'Vem kallar till mötena?', author: ANNA } });
    const id = r.ok ? (r.created[0] as string) : '';
    expect(id).toMatch(/^comment-/);
    const comment = readModel(doc).comments.get(id);
    expect(comment).toMatchObject({ target: { kind: 'body', id: 'b' }, replyTo: null, author: ANNA, text: 'Vem kallar till mötena?', resolved: false });
    expect(isIsoDateTime(comment?.at)).toBe(true);
    undo.undo();
    expect(readModel(doc).comments.has(id)).toBe(false);
  });

  it('gives a reply the target of its thread', () => {
    const doc = commentedDoc();
    const r = applyCommand(doc, { type: 'addComment', comment: { id: cid('r2'), replyTo: cid('c1'), text: 'Ordföranden', author: 'Bo' } });
    expect(r.ok).toBe(true);
    expect(readModel(doc).comments.get('r2')?.target).toEqual({ kind: 'body', id: 'a' });
    expect(threadsOf(readModel(doc), onBody('a')).map((t) => [t.root.id, t.replies.map((x) => x.id)])).toEqual([['c1', ['r1', 'r2']]]);
  });

  it('refuses an empty text, a text over 5,000 characters and a comment without a writer, in both languages', () => {
    const doc = commentedDoc();
    const before = Y.encodeStateVector(doc);
    const blank = applyCommand(doc, { type: 'addComment', comment: { text: '  ', author: ANNA } });
    expect(refusal(blank, 'sv')).toEqual(['required comment.text: får inte vara tomt']);
    expect(refusal(blank)).toEqual(['required comment.text: must not be empty']);
    const long = applyCommand(doc, { type: 'addComment', comment: { text: 'x'.repeat(5001), author: ANNA } });
    expect(refusal(long)).toEqual(['invalid-field comment.text: is longer than 5000 characters']);
    expect(applyCommand(doc, { type: 'addComment', comment: { text: 'x'.repeat(5000), author: ANNA } }).ok).toBe(true);
    const anonymous = applyCommand(doc, { type: 'addComment', comment: { text: 'Hej', author: '' } });
    expect(refusal(anonymous, 'sv')).toEqual(['missing-author comment.author: en kommentar behöver namnet på den som skriver']);
    expect(refusal(anonymous)).toEqual(['missing-author comment.author: a comment needs the name of its writer']);
    expect(readModel(doc).comments.size).toBe(4);
    expect(Y.encodeStateVector(doc)).not.toEqual(before);
  });

  it('refuses a comment on a body or line that does not exist, and a target of the wrong shape', () => {
    const doc = commentedDoc();
    const body = applyCommand(doc, { type: 'addComment', comment: { target: onBody('ks2'), text: 'Hej', author: ANNA } });
    expect(refusal(body)).toEqual(['dangling-reference comment.target.id: no body with id "ks2"']);
    expect(refusal(body, 'sv')).toEqual(['dangling-reference comment.target.id: inget organ har id "ks2"']);
    // A body's id is not a line's.
    const line = applyCommand(doc, { type: 'addComment', comment: { target: onLine('a'), text: 'Hej', author: ANNA } });
    expect(refusal(line)).toEqual(['dangling-reference comment.target.id: no reporting line with id "a"']);
    const shape = applyCommand(doc, { type: 'addComment', comment: { target: { kind: 'member' } as never, text: 'Hej', author: ANNA } });
    expect(shape.ok ? '' : shape.issues[0]?.path).toBe('comment.target');
  });

  it('keeps threads one level deep, about one thing, and resolved only on their first comment', () => {
    const doc = commentedDoc();
    const deep = applyCommand(doc, { type: 'addComment', comment: { replyTo: cid('r1'), text: 'Svar på svar', author: ANNA } });
    expect(refusal(deep)).toEqual(['reply-to-reply comment.replyTo: a reply can only answer the first comment of a thread']);
    expect(refusal(deep, 'sv')).toEqual(['reply-to-reply comment.replyTo: ett svar kan bara ges på en tråds första kommentar']);
    const elsewhere = applyCommand(doc, { type: 'addComment', comment: { replyTo: cid('c1'), target: onBody('b'), text: 'Hej', author: ANNA } });
    expect(refusal(elsewhere)).toEqual(['reply-target comment.target: a reply must be about the same thing as its thread']);
    const resolved = applyCommand(doc, { type: 'addComment', comment: { replyTo: cid('c1'), text: 'Klart', author: ANNA, resolved: true } });
    expect(refusal(resolved)).toEqual(['resolve-reply comment.resolved: only the first comment of a thread can be marked resolved']);
    const gone = applyCommand(doc, { type: 'addComment', comment: { replyTo: cid('nope'), target: onBody('a'), text: 'Hej', author: ANNA } });
    expect(refusal(gone)).toEqual(['dangling-reference comment.replyTo: no comment with id "nope"']);
  });
});

describe('editComment', () => {
  it('changes the writer’s own text, as one undo step', () => {
    const doc = commentedDoc();
    const undo = createUndoManager(doc);
    expect(applyCommand(doc, { type: 'editComment', id: cid('c1'), text: 'Rättad text', by: ANNA }).ok).toBe(true);
    expect(readModel(doc).comments.get('c1')?.text).toBe('Rättad text');
    undo.undo();
    expect(readModel(doc).comments.get('c1')?.text).toBe('Comment c1');
  });

  it('refuses someone else’s comment, an empty text and an unknown comment', () => {
    const doc = commentedDoc();
    const other = applyCommand(doc, { type: 'editComment', id: cid('r1'), text: 'Ändrat', by: ANNA });
    expect(refusal(other)).toEqual(['not-author by: only the writer of the comment (Bo Sekreterare) can change or delete it']);
    expect(refusal(other, 'sv')).toEqual(['not-author by: bara den som skrev kommentaren (Bo Sekreterare) kan ändra eller ta bort den']);
    expect(refusal(applyCommand(doc, { type: 'editComment', id: cid('c1'), text: '', by: ANNA }), 'sv')).toEqual(['invalid-field text: får inte vara tomt']);
    expect(refusal(applyCommand(doc, { type: 'editComment', id: cid('x'), text: 'Hej', by: ANNA }))).toEqual(['not-found id: there is no comment with id "x"']);
    expect(readModel(doc).comments.get('r1')?.text).toBe('Comment r1');
  });
});

describe('resolveThread', () => {
  it('resolves a thread and opens it again, each one undo step', () => {
    const doc = commentedDoc();
    const undo = createUndoManager(doc);
    expect(applyCommand(doc, { type: 'resolveThread', id: cid('c1'), resolved: true }).ok).toBe(true);
    expect(readModel(doc).comments.get('c1')?.resolved).toBe(true);
    expect(applyCommand(doc, { type: 'resolveThread', id: cid('c1'), resolved: false }).ok).toBe(true);
    expect(readModel(doc).comments.get('c1')?.resolved).toBe(false);
    undo.undo();
    expect(readModel(doc).comments.get('c1')?.resolved).toBe(true);
  });

  it('refuses a reply, an unknown comment and a resolved state that is not true or false', () => {
    const doc = commentedDoc();
    expect(refusal(applyCommand(doc, { type: 'resolveThread', id: cid('r1'), resolved: true }), 'sv')).toEqual([
      'resolve-reply id: bara en tråds första kommentar kan markeras som löst',
    ]);
    expect(refusal(applyCommand(doc, { type: 'resolveThread', id: cid('x'), resolved: true }))).toEqual(['not-found id: there is no comment with id "x"']);
    expect(refusal(applyCommand(doc, { type: 'resolveThread', id: cid('c1'), resolved: 'yes' as never }))).toEqual([
      'invalid-field resolved: must be true or false, not "yes"',
    ]);
  });
});

describe('deleteComment', () => {
  it('deletes a thread’s first comment with its replies, and undo brings all back', () => {
    const doc = commentedDoc();
    const undo = createUndoManager(doc);
    const before = readModel(doc);
    expect(applyCommand(doc, { type: 'deleteComment', id: cid('c1'), by: ANNA }).ok).toBe(true);
    expect([...readModel(doc).comments.keys()]).toEqual(['c2']);
    undo.undo();
    expect(readModel(doc)).toEqual(before);
  });

  it('deletes a reply alone', () => {
    const doc = commentedDoc();
    expect(applyCommand(doc, { type: 'deleteComment', id: cid('r1'), by: 'Bo Sekreterare' }).ok).toBe(true);
    expect([...readModel(doc).comments.keys()].sort()).toEqual(['c1', 'c2']);
  });

  it('refuses someone else’s comment', () => {
    const doc = commentedDoc();
    const r = applyCommand(doc, { type: 'deleteComment', id: cid('r1'), by: ANNA });
    expect(r.ok ? '' : r.issues[0]?.code).toBe('not-author');
    expect(readModel(doc).comments.size).toBe(3);
  });
});

describe('comments go with what they are about', () => {
  it('removing a body removes its comments and those of its lines, in one undo step', () => {
    const doc = commentedDoc();
    const undo = createUndoManager(doc);
    const before = readModel(doc);
    expect(applyCommand(doc, { type: 'removeBody', id: 'a' as BodyId }).ok).toBe(true);
    expect(readModel(doc).comments).toEqual(new Map());
    undo.undo();
    expect(readModel(doc)).toEqual(before);
  });

  it('removing a line removes its comments and leaves the others', () => {
    const doc = commentedDoc();
    expect(applyCommand(doc, { type: 'removeReportingLine', id: 'line-b-a' as ReportingLineId }).ok).toBe(true);
    expect([...readModel(doc).comments.keys()].sort()).toEqual(['c1', 'r1']);
  });
});

describe('restore of comments', () => {
  const base = () => plainFile(makeModel({ bodies: [makeBody('a'), makeBody('b')], lines: [makeLine('b', 'a')] }));

  it('opens a file from before comments existed, with none and no repairs', () => {
    const file = base();
    delete file.comments;
    const r = restore(file);
    expect(r.ok && r.model.comments).toEqual(new Map());
    expect(r.ok && r.repairs).toEqual([]);
  });

  it('drops comments on bodies and lines that do not exist, and replies whose thread is gone, listing each', () => {
    const file = {
      ...base(),
      reportingLines: [...(base().reportingLines as object[]), { id: 'self', from: 'a', to: 'a' }],
      comments: [
        makeComment('ok', { target: onBody('a') }),
        makeComment('gone', { target: onBody('x') }),
        makeComment('reply', { target: onBody('x'), replyTo: cid('gone') }),
        makeComment('orphan', { replyTo: cid('nothing') }),
        makeComment('onSelf', { target: onLine('self') }),
      ],
    };
    const r = restore(file);
    if (!r.ok) throw new Error(r.error.message.en);
    expect([...r.model.comments.keys()]).toEqual(['ok']);
    expect(r.repairs.map((x) => `${x.path}: ${x.message.en}`)).toEqual([
      'reportingLines[1].to: reporting line "self" was removed: it ran from a body to the same body',
      'comments[1].target.id: comment "gone" was removed: it points to body "x", which does not exist',
      'comments[2].target.id: comment "reply" was removed: it points to body "x", which does not exist',
      'comments[3].replyTo: comment "orphan" was removed: it points to comment "nothing", which does not exist',
      // Dropped in a second round: its line went in the first.
      'comments[4].target.id: comment "onSelf" was removed: it points to reporting line "self", which does not exist',
    ]);
    expect(r.repairs[1]?.message.sv).toBe('kommentar "gone" togs bort: det pekar på organ "x", som inte finns');
  });

  it('refuses what only a hand edit makes: an empty or absent text, a reply to a reply, a resolved reply, a bad time or target', () => {
    const { text: _text, ...textless } = makeComment('c5');
    const file = {
      ...base(),
      comments: [
        { ...makeComment('c1'), text: '' },
        makeComment('c2'),
        makeComment('r1', { replyTo: cid('c2') }),
        makeComment('r2', { replyTo: cid('r1') }),
        makeComment('r3', { replyTo: cid('c2'), resolved: true }),
        makeComment('r4', { replyTo: cid('c2'), target: onBody('a') }),
        makeComment('c3', { at: '2024-13-01T10:00:00Z' }),
        { ...makeComment('c4'), target: { kind: 'body' } },
        textless,
      ],
    };
    const r = restore(file);
    if (r.ok) throw new Error('accepted');
    expect(r.error.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'required comments[0].text',
      'invalid-field comments[6].at',
      'invalid-field comments[7].target',
      'required comments[8].text',
      'reply-to-reply comments[3].replyTo',
      'resolve-reply comments[4].resolved',
      'reply-target comments[5].target',
    ]);
    expect(r.error.issues[1]?.message.en).toBe('"2024-13-01T10:00:00Z" is not a valid date and time (YYYY-MM-DDThh:mm:ss+01:00)');
  });
});

describe('times of comments', () => {
  it('are written with the writer’s offset and read back as the writer’s clock showed them', () => {
    const at = nowWithOffset(new Date(2024, 4, 2, 14, 30, 5));
    expect(isIsoDateTime(at)).toBe(true);
    expect(wallClock(at)).toBe('2024-05-02 14:30');
    expect(wallClock('2024-05-02T09:05:00Z')).toBe('2024-05-02 09:05');
    expect(wallClock('')).toBe('');
    expect(isIsoDateTime('2024-02-30T10:00:00Z')).toBe(false);
    expect(isIsoDateTime('2024-02-03T10:00:00')).toBe(false);
  });
});
