import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentMisfit } from '../../server/updateContent';
import { missingPart } from '../../server/updateIntegration';
import { applyCommand } from '../../shared/commands/apply';
import { createMapDocument, LOCAL_ORIGIN } from '../../shared/model/document';
import { DOCUMENT_PARTS, readModelWithProblems } from '../../shared/model/documentReader';
import { Rng } from '../bench/random';
import { makeBody, makeModel } from '../factories';
import { randomCommand } from './randomEdits';

/** The server's copy, loaded from a stored state as Hocuspocus loads it (its top-level types not yet asked for by kind). */
function serverCopy(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(createMapDocument(makeModel({ bodies: [makeBody('ks'), makeBody('ksau')] }))));
  return doc;
}

/** A client's copy of `server`, and `send`: the update of whatever `edit` does to it. */
function clientOf(server: Y.Doc) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  const send = (edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    edit(doc);
    return Y.encodeStateAsUpdate(doc, before);
  };
  return { doc, send };
}

/** What the server does with an update: refuse it (why) or apply it. */
function receive(server: Y.Doc, update: Uint8Array): string | null {
  const decoded = Y.decodeUpdate(update);
  const why = missingPart(server, decoded) ? 'missing' : contentMisfit(server, decoded);
  if (!why) Y.applyUpdate(server, update);
  return why;
}

describe('the checks of an incoming change', () => {
  it('never refuse an ordinary command, in 200 random edits by two clients', () => {
    const server = serverCopy();
    const rng = new Rng(13);
    const [a, b] = [clientOf(server), clientOf(server)];
    for (let i = 0; i < 200; i++) {
      const [from, to] = i % 2 ? [a, b] : [b, a];
      const update = from.send((doc) => applyCommand(doc, randomCommand(rng, doc), LOCAL_ORIGIN));
      expect(receive(server, update)).toBeNull();
      // The other client gets it, as the server relays it.
      Y.applyUpdate(to.doc, update);
    }
    expect(readModelWithProblems(server).problems).toEqual([]);
  });

  it('let through only what a reader takes without a problem, whatever a client writes', () => {
    const roots = [...DOCUMENT_PARTS, 'other'];
    const keys = ['ks', 'name', 'id', 'kind', 'mandate', 'position', 'x', 'notes', 'decidedBy', 'not an id!'];
    const operation = fc.record({
      root: fc.constantFrom(...roots),
      path: fc.array(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant<unknown>('<map>'), fc.constant<unknown>('<text>')),
    });
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 6 }), (ops) => {
        const server = serverCopy();
        const { send } = clientOf(server);
        for (const op of ops) {
          const update = send((doc) => {
            let map: Y.Map<unknown> = doc.getMap(op.root);
            for (const key of op.path.slice(0, -1)) {
              const next = map.get(key);
              if (next instanceof Y.Map) map = next as Y.Map<unknown>;
              else map.set(key, (map = new Y.Map<unknown>()));
            }
            const last = op.path.at(-1) as string;
            map.set(last, op.value === '<map>' ? new Y.Map() : op.value === '<text>' ? new Y.Text('t') : op.value);
          });
          receive(server, update);
        }
        expect(readModelWithProblems(server).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
