import type { afterLoadDocumentPayload, beforeHandleMessagePayload, Document, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { mapLabel, Refusal, REASONS } from './refusals';

// The Hocuspocus message types and Yjs sync steps that carry document content.
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

type Payload = { kind: 'content'; bytes: number; update: Uint8Array | null } | { kind: 'presence'; bytes: number };

/** What a message would add: a Yjs update (null when it cannot be read) or a presence update; else null. */
function payloadOf(message: Uint8Array): Payload | null {
  let decoder: decoding.Decoder;
  try {
    decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === AWARENESS) return { kind: 'presence', bytes: message.length - decoder.pos };
    if (type !== SYNC && type !== SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  } catch {
    // Hocuspocus itself refuses a message it cannot route.
    return null;
  }
  const bytes = message.length - decoder.pos;
  try {
    return { kind: 'content', bytes, update: decoding.readVarUint8Array(decoder) };
  } catch {
    return { kind: 'content', bytes, update: null };
  }
}

/** Whether `update` decodes as a whole Yjs update (Yjs could otherwise apply part of it before failing). */
function wellFormed(update: Uint8Array | null): boolean {
  if (!update) return false;
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a change that does not decode as a Yjs update, so that no part of it is
 * applied or broadcast; a change that would make a map larger than `maxDocumentBytes` (its encoded
 * Yjs state), before it is applied, so it is neither stored nor broadcast; and a
 * presence update larger than `maxAwarenessBytes`, which would be sent to everyone.
 *
 * The size is tracked as an upper bound (the state when loaded plus every change since),
 * and measured exactly only when that bound would pass the limit, so that a map well
 * under it costs nothing per message.
 */
export function documentLimits(maxDocumentBytes: number, maxAwarenessBytes: number, log: (line: string) => void): Extension {
  const bounds = new WeakMap<Document, number>();
  return {
    extensionName: 'MandatDocumentLimits',
    priority: 900,
    async afterLoadDocument({ document }: afterLoadDocumentPayload) {
      bounds.set(document, Y.encodeStateAsUpdate(document).length);
    },
    async beforeHandleMessage({ document, update, documentName, connection }: beforeHandleMessagePayload) {
      const payload = payloadOf(update);
      if (!payload) return;
      if (payload.kind === 'presence') {
        if (payload.bytes > maxAwarenessBytes) {
          log(`refused a presence update of ${payload.bytes} bytes for ${mapLabel(documentName)}`);
          throw new Refusal(REASONS.awarenessTooLarge, 4413);
        }
        return;
      }
      // A viewer's changes are not applied (Hocuspocus answers them with "not synced").
      if (connection.readOnly) return;
      if (!wellFormed(payload.update)) {
        log(`refused a malformed change to ${mapLabel(documentName)}`);
        throw new Refusal(REASONS.malformed, 4400);
      }
      let bound = (bounds.get(document) ?? 0) + payload.bytes;
      if (bound > maxDocumentBytes) {
        bound = Y.encodeStateAsUpdate(document).length + payload.bytes;
        if (bound > maxDocumentBytes) {
          bounds.set(document, bound - payload.bytes);
          log(`refused a change of ${payload.bytes} bytes to ${mapLabel(documentName)}: it would pass ${maxDocumentBytes} bytes`);
          throw new Refusal(REASONS.tooLarge, 4413);
        }
      }
      bounds.set(document, bound);
    },
  };
}
