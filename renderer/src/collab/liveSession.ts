import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { readModel } from '../../../shared/model/document';
import { notify, openSharedMap, setCollab, useEditor, type Peer } from '../store/editor';
import { colourOf, userName } from './identity';
import type { Invitation } from './invitation';

/** How long the first contact may take before the user is told the server does not answer. */
const FIRST_SYNC_TIMEOUT_MS = 15_000;

interface PresenceState {
  readonly user?: { readonly name?: unknown; readonly colour?: unknown };
  readonly selection?: { readonly bodies?: unknown };
}

function peersOf(provider: HocuspocusProvider): Peer[] {
  const awareness = provider.awareness;
  if (!awareness) return [];
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates() as Map<number, PresenceState>) {
    if (clientId === awareness.clientID) continue;
    const name = typeof state.user?.name === 'string' ? state.user.name : '';
    const colour = typeof state.user?.colour === 'string' && /^#[0-9a-f]{6}$/i.test(state.user.colour) ? state.user.colour : colourOf(name);
    const bodies = Array.isArray(state.selection?.bodies) ? state.selection.bodies.filter((b): b is string => typeof b === 'string').slice(0, 1000) : [];
    peers.push({ clientId, name, colour, bodies });
  }
  return peers;
}

/**
 * Joins a live session: a fresh Y.Doc bound to the server through a Hocuspocus provider.
 * The map opens once the first sync is done; afterwards the provider keeps reconnecting,
 * and edits made while offline are kept and sent when the connection returns.
 */
export function joinSession(invitation: Invitation, mapName: string): Promise<void> {
  const doc = new Y.Doc();
  const name = userName() || 'Anonym';
  return new Promise<void>((resolve, reject) => {
    let opened = false;
    const timer = setTimeout(() => {
      if (opened) return;
      provider.destroy();
      reject(new Error('timeout'));
    }, FIRST_SYNC_TIMEOUT_MS);
    const provider = new HocuspocusProvider({
      url: invitation.wsUrl,
      name: invitation.document,
      token: invitation.token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        if (!opened) {
          provider.destroy();
          reject(new Error(reason || 'refused'));
        } else setCollab({ refused: reason || 'refused', status: 'offline' });
      },
      onStatus: ({ status }) => {
        if (!opened) return;
        if (status === WebSocketStatus.Disconnected) setCollab({ status: 'offline' });
        else if (status === WebSocketStatus.Connecting) setCollab({ status: 'connecting' });
        else setCollab({ status: provider.isSynced ? 'connected' : 'syncing' });
      },
      onSynced: ({ state }) => {
        if (!opened && state) {
          opened = true;
          clearTimeout(timer);
          const readOnly = provider.authorizedScope === 'readonly';
          openSharedMap(doc, readModel(doc).meta.name || mapName, { status: 'connected', unsent: 0, peers: peersOf(provider), readOnly, refused: null }, () => {
            stopPresence();
            provider.destroy();
          });
          resolve();
          return;
        }
        if (opened) setCollab({ status: state ? 'connected' : 'syncing' });
      },
      onClose: ({ event }) => {
        // The server closes a map's connection when it refuses a change (malformed, too large): say why.
        const reason = typeof event.reason === 'string' ? event.reason : '';
        if (opened && /^(malformed|too-large)/.test(reason)) {
          setCollab({ refused: reason, status: 'offline' });
          notify({ kind: 'error', key: 'collab.refusedNow', values: { reason } });
        }
      },
      onUnsyncedChanges: ({ number }) => {
        if (opened) setCollab({ unsent: number });
      },
      onAwarenessChange: () => {
        if (opened) setCollab({ peers: peersOf(provider) });
      },
    });
    provider.awareness?.setLocalStateField('user', { name, colour: colourOf(name) });
    // Tell colleagues what this window has selected.
    const stopPresence = useEditor.subscribe((s, prev) => {
      if (s.selectedBodies !== prev.selectedBodies) provider.awareness?.setLocalStateField('selection', { bodies: s.selectedBodies });
    });
  }).catch((e: unknown) => {
    doc.destroy();
    throw e;
  });
}

/** Joins the session of an invitation link, telling the user if that fails. Returns true when joined. */
export async function joinFromInvitation(invitation: Invitation, mapName: string): Promise<boolean> {
  try {
    await joinSession(invitation, mapName);
    notify({ kind: 'info', key: 'collab.joined' });
    return true;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    notify({ kind: 'error', key: reason === 'timeout' ? 'collab.noAnswer' : 'collab.refused', values: { reason } });
    return false;
  }
}
