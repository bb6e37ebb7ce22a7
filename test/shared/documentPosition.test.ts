/** A governing document's canvas position: kept as a body's is, and absent from older files without a repair. */
import { describe, expect, it } from 'vitest';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import { makeBody, makeDocument, makeModel } from '../factories';

describe("a document's position", () => {
  it('is null, with no repair reported, in a file written before documents had one', () => {
    const file = plainFile(makeModel({ documents: [makeDocument('d1')] })) as { documents: Record<string, Record<string, unknown>> };
    for (const d of Object.values(file.documents)) delete d.position;
    const r = restore(file);
    expect(r.ok && r.repairs).toEqual([]);
    expect(r.ok && r.model.documents.get('d1')?.position).toBeNull();
  });

  it('survives save and restore', () => {
    const r = restore(plainFile(makeModel({ documents: [makeDocument('d1', { position: { x: -240, y: 96 } })] })));
    expect(r.ok && r.model.documents.get('d1')?.position).toEqual({ x: -240, y: 96 });
  });

  it('that is no pair of numbers is treated as a body\'s bad position is', () => {
    const file = plainFile(makeModel({ bodies: [makeBody('b1')], documents: [makeDocument('d1')] })) as Record<string, Record<string, Record<string, unknown>>>;
    const badBody = structuredClone(file);
    for (const b of Object.values(badBody.bodies ?? {})) b.position = 'left';
    const badDocument = structuredClone(file);
    for (const d of Object.values(badDocument.documents ?? {})) d.position = 'left';
    const [body, doc] = [restore(badBody), restore(badDocument)];
    expect(doc.ok).toBe(body.ok);
    if (!doc.ok && !body.ok) expect(doc.error.code).toBe(body.error.code);
  });
});
