import { describe, expect, it } from 'vitest';
import { createMapDocument, readModel, writeModel, LOAD_ORIGIN } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeComment, makeModel } from '../factories';

describe('writeModel', () => {
  it('makes the document hold exactly the model, nested fields that went away included', () => {
    const before = makeModel({ bodies: [makeBody('ks')], comments: [makeComment('c1', { target: { kind: 'body', id: 'ks' as BodyId } })] });
    const doc = createMapDocument(before);
    const after = makeModel({ bodies: [makeBody('ks')], comments: [makeComment('c1', { target: { kind: 'map' } })] });
    writeModel(doc, after, LOAD_ORIGIN);
    expect(readModel(doc).comments.get('c1')?.target).toEqual({ kind: 'map' });
  });

  it('changes nothing when the model is the same', () => {
    const model = makeModel({ bodies: [makeBody('ks')] });
    const doc = createMapDocument(model);
    let updates = 0;
    doc.on('update', () => updates++);
    writeModel(doc, model, LOAD_ORIGIN);
    expect(updates).toBe(0);
  });
});
