import { startCollabServer } from '../server/collabServer';
import type { HostServer } from './collabHost';

/** The embedded collaboration server for "Host a session": file persistence in the app's data folder. */
export const startHostServer: HostServer['start'] = async ({ host, port, dataDir, webRoot }) => {
  const server = await startCollabServer({ host, port, dataDir, webRoot, persistence: 'files' });
  return {
    url: server.url,
    wsUrl: server.wsUrl,
    async createSession(name, state) {
      const session = server.sessions.createSession(name);
      // The session starts as the open map, history and all, so the host's window rejoins it unchanged.
      server.persistence?.seed(session.document, state);
      return session;
    },
    stop: () => server.stop(),
  };
};
