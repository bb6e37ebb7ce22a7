import * as Y from 'yjs';

/** What of a Yjs state integrates on its own: all of it (`complete`), or the part that does. */
export interface IntegratedState {
  readonly state: Uint8Array;
  /** False when some changes or deletions need changes the state does not carry (Yjs keeps them pending). */
  readonly complete: boolean;
}

/**
 * Applies `state` to a fresh document and keeps what integrates. Yjs holds the rest as pending
 * and writes it into every state encoded later, so such a state never reads as whole again;
 * the document's own update events carry only what was integrated, which is what this returns.
 * Throws what Yjs throws on a state that does not decode.
 */
export function integratedState(state: Uint8Array): IntegratedState {
  const doc = new Y.Doc();
  const parts: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => parts.push(update));
  try {
    Y.applyUpdate(doc, state);
    if (doc.store.pendingStructs === null && doc.store.pendingDs === null) return { state, complete: true };
    return { state: parts.length > 0 ? Y.mergeUpdates(parts) : Y.encodeStateAsUpdate(new Y.Doc()), complete: false };
  } finally {
    doc.destroy();
  }
}
