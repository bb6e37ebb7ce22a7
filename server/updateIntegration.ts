import * as Y from 'yjs';

/** A Yjs update as Y.decodeUpdate reads it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
export type DecodedStruct = DecodedUpdate['structs'][number];

/** What an update needs and the document lacks, for the log; null when all of it integrates. */
export type MissingPart = { kind: 'changes'; client: number; clock: number } | { kind: 'deletions'; client: number; clock: number };

/** The structs of an update by client, in clock order. */
export function structsByClient(structs: readonly DecodedStruct[]): Map<number, DecodedStruct[]> {
  const byClient = new Map<number, DecodedStruct[]>();
  for (const s of structs) {
    const list = byClient.get(s.id.client);
    if (list) list.push(s);
    else byClient.set(s.id.client, [s]);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return byClient;
}

/** The ids an item needs before Yjs can place it: its left and right neighbours when written, and its parent. */
function dependenciesOf(s: DecodedStruct): Y.ID[] {
  if (!(s instanceof Y.Item)) return [];
  const ids: Y.ID[] = [];
  if (s.origin) ids.push(s.origin);
  if (s.rightOrigin) ids.push(s.rightOrigin);
  if (s.parent instanceof Y.ID) ids.push(s.parent);
  return ids;
}

/**
 * What of `update` would not integrate into `doc`: a change after a gap in its author's
 * clock, one whose neighbours or parent the document does not have, or a deletion of
 * something the document does not have. Yjs keeps such parts aside as pending
 * (`doc.store.pendingStructs`, `pendingDs`) and writes them into every later encoded state,
 * which then cannot be read on its own; so the server refuses them before applying anything.
 *
 * Mirrors Yjs's integration order: each client's changes in clock order, repeated while any
 * client advances, since one client's change may wait for another's in the same update.
 */
export function missingPart(doc: Y.Doc, decoded: DecodedUpdate): MissingPart | null {
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const known = (id: Y.ID) => id.clock < (state.get(id.client) ?? 0);
  // Skip structs stand for ranges the update does not carry: dropping them leaves a gap where they were.
  const queues = [...structsByClient(decoded.structs.filter((s) => !(s instanceof Y.Skip))).entries()].map(([client, list]) => ({ client, list, next: 0 }));
  let advanced = true;
  while (advanced) {
    advanced = false;
    for (const queue of queues) {
      while (queue.next < queue.list.length) {
        const s = queue.list[queue.next] as DecodedStruct;
        const local = state.get(queue.client) ?? 0;
        if (s.id.clock > local) break;
        if (s.id.clock + s.length > local) {
          if (!dependenciesOf(s).every(known)) break;
          state.set(queue.client, s.id.clock + s.length);
        }
        queue.next++;
        advanced = true;
      }
    }
  }
  for (const queue of queues) {
    const stuck = queue.list[queue.next];
    if (stuck) return { kind: 'changes', client: queue.client, clock: stuck.id.clock };
  }
  for (const [client, deletions] of decoded.ds.clients) {
    for (const d of deletions) if (d.clock + d.len > (state.get(client) ?? 0)) return { kind: 'deletions', client, clock: d.clock };
  }
  return null;
}
