import * as Y from 'yjs';
import { collectionMap, LOCAL_ORIGIN, metaMap, settingsMap, type MapDocument } from '../model/document';
import { COLLECTIONS } from '../model/types';

/**
 * An undo manager that tracks only this machine's commands: one command is one
 * step (no merging by time), and loads or a collaborator's edits are never undone.
 */
export function createUndoManager(doc: MapDocument, origin: unknown = LOCAL_ORIGIN): Y.UndoManager {
  const scope = [metaMap(doc), settingsMap(doc), ...COLLECTIONS.map((c) => collectionMap(doc, c))];
  return new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
}
