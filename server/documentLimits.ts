import {
  OutgoingMessage,
  type afterHandleMessagePayload,
  type afterLoadDocumentPayload,
  type beforeHandleMessagePayload,
  type Connection,
  type Document,
  type Extension,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { mapLabel, Refusal, REASONS } from './refusals';
import { contentMisfit } from './updateContent';
import { missingPart, type DecodedUpdate } from './updateIntegration';

// The Hocuspocus message types and Yjs sync steps that carry document content.
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

type Payload = { kind: 'content'; step: number; bytes: number; update: Uint8Array | null } | { kind: 'presence'; bytes: number };

/** What a message would add: a Yjs update (null when it cannot be read) or a presence update; else null. */
function payloadOf(message: Uint8Array): Payload | null {
  let decoder: decoding.Decoder;
  let step: number;
  try {
    decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === AWARENESS) return { kind: 'presence', bytes: message.length - decoder.pos };
    if (type !== SYNC && type !== SYNC_REPLY) return null;
    step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  } catch {
    // Hocuspocus itself refuses a message it cannot route.
    return null;
  }
  const bytes = message.length - decoder.pos;
  try {
    return { kind: 'content', step, bytes, update: decoding.readVarUint8Array(decoder) };
  } catch {
    return { kind: 'content', step, bytes, update: null };
  }
}

/** `update` decoded, when it decodes as a whole Yjs update (Yjs could otherwise apply part of it before failing). */
function decode(update: Uint8Array | null): DecodedUpdate | null {
  if (!update) return null;
  try {
    return Y.decodeUpdate(update);
  } catch {
    return null;
  }
}

/** Connections whose current message is held back, and whether it was an update (not a sync reply). */
const heldBack = new WeakMap<Connection, { wasUpdate: boolean }>();

/**
 * Keeps one message from being applied: Hocuspocus applies nothing a read-only connection
 * sends (as for a viewer), so the connection is read-only until the message is handled.
 */
function holdBack(connection: Connection, step: number): void {
  heldBack.set(connection, { wasUpdate: step === SYNC_UPDATE });
  connection.readOnly = true;
}

/**
 * After a held-back message: the connection may edit again; the client is told why and sent
 * the server's state vector, so that an honest client answers with every change the server
 * lacks (it sends a change before the changes it depends on when it comes back online and
 * edits before its sync has run). Its update is acknowledged, as its content comes back in that
 * answer; otherwise the provider would count it as unsent until it reconnects.
 */
function releaseHeldBack(connection: Connection, document: Document): void {
  const held = heldBack.get(connection);
  if (!held) return;
  heldBack.delete(connection);
  connection.readOnly = false;
  if (held.wasUpdate) connection.send(new OutgoingMessage(connection.messageAddress).writeSyncStatus(true).toUint8Array());
  connection.send(new OutgoingMessage(connection.messageAddress).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array());
  connection.sendStateless(JSON.stringify({ refused: REASONS.incomplete }));
}

/**
 * Refuses a change that does not decode as a Yjs update, so that no part of it is
 * applied or broadcast; one whose content does not fit the model's declaration
 * (updateContent.ts); one that would make a map larger than `maxDocumentBytes` (its
 * encoded Yjs state), before it is applied, so it is neither stored nor broadcast; and a
 * presence update larger than `maxAwarenessBytes`, which would be sent to everyone.
 *
 * Holds back (applies nothing of, tells the sender, keeps the connection) a change that
 * needs changes the map does not have (updateIntegration.ts): Yjs would keep it pending and
 * write it into every stored copy, which then cannot be read; an honest client sends such a
 * change when it edits just after coming back online, before its sync has run.
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
    async afterHandleMessage({ connection, document }: afterHandleMessagePayload) {
      releaseHeldBack(connection, document);
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
      const decoded = decode(payload.update);
      if (!decoded) {
        log(`refused a malformed change to ${mapLabel(documentName)}`);
        throw new Refusal(REASONS.malformed, 4400);
      }
      const missing = missingPart(document, decoded);
      if (missing) {
        log(
          `did not apply a change to ${mapLabel(documentName)} that needs ${missing.kind === 'changes' ? 'changes' : 'deletions of changes'} ` +
            `it does not have (client ${missing.client}, clock ${missing.clock}); the sender was told and asked to sync`,
        );
        holdBack(connection, payload.step);
        return;
      }
      const misfit = contentMisfit(document, decoded);
      if (misfit) {
        log(`refused a change to ${mapLabel(documentName)} that does not fit the map: ${misfit.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?')}`);
        throw new Refusal(REASONS.invalid, 4422);
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
