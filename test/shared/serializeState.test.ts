import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyCommand } from '../../shared/commands/apply';
import { openMapDocument } from '../../shared/file/open';
import { restoreText } from '../../shared/file/restore';
import { serializeDocument, serializeState } from '../../shared/file/serialize';
import { createMapDocument } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { arbModel } from '../arbitraries';

/**
 * The autosave takes a map's Yjs state on the main thread and makes the text from the state
 * alone in a worker (renderer/src/platform/stateText.ts): that text must be the one the
 * document itself would be saved as, history included.
 */
describe('serializeState', () => {
  it('gives the text of the document the state was taken from, for the sample opened from its file', () => {
    const r = restoreText(readFileSync(join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8'));
    if (!r.ok) throw new Error(r.error.message.en);
    const { doc } = openMapDocument(r.model, r.yjsState);
    expect(serializeState(Y.encodeStateAsUpdate(doc))).toBe(serializeDocument(doc));
  });

  it('keeps edits, deletions and their history', () => {
    const doc = createMapDocument();
    applyCommand(doc, { type: 'addBody', body: { id: 'a' as BodyId, name: 'A' } });
    applyCommand(doc, { type: 'addBody', body: { id: 'b' as BodyId, name: 'B' } });
    applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { name: 'A renamed' } });
    expect(applyCommand(doc, { type: 'removeBody', id: 'b' as BodyId }).ok).toBe(true);
    const text = serializeState(Y.encodeStateAsUpdate(doc));
    expect(text).toBe(serializeDocument(doc));
    expect(text).toContain('"name": "A renamed"');
    expect(text).not.toContain('"id": "b"');
  });

  it('gives the same text for any map', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const doc = createMapDocument(model);
        expect(serializeState(Y.encodeStateAsUpdate(doc))).toBe(serializeDocument(doc));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a state that is not one', () => {
    expect(() => serializeState(new Uint8Array([255, 255, 255, 255, 1, 2, 3]))).toThrow();
  });
});
