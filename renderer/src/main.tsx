import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from './reactRoot';
import { App } from './App';
import { applyPaletteVariables } from './canvas/paletteVariables';
import { preloadAfterStart, scheduleAfterStart } from './shell/afterStart';
import { isFirstStart } from './shell/firstStart';
import { invitationOf } from './collab/invitation';
import { startAutosave } from './autosaveLoop';
import { startWithLastMap } from './files';
import { loadLanguage, startI18n } from './i18n';
import { useEditor } from './store/editor';
import { rememberedLanguage } from './i18n/preference';
import { createDesktopPlatform, desktopBridge } from './platform/desktop';
import { createWebPlatform } from './platform/web';

applyPaletteVariables(document.documentElement.style);
// The remembered language's strings (Swedish is in the start chunk; English loads first if it was chosen).
const language = rememberedLanguage();
const i18nReady = startI18n(language);
// Inside the desktop shell the preload has exposed `window.mandat`; in a browser it is absent.
const bridge = desktopBridge();
const platform = bridge ? createDesktopPlatform(bridge) : createWebPlatform();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/** An invitation link joins its live session (the session code loads only then); else the last map or the sample. */
async function start(): Promise<'sample' | 'other'> {
  const invitation = invitationOf(window.location);
  if (invitation) {
    const { joinFromInvitation } = await import('./collab/liveSession');
    if (await joinFromInvitation(invitation, 'Mandat')) return 'other';
    await startWithLastMap(platform);
    return 'other';
  }
  return startWithLastMap(platform);
}

void Promise.all([start(), i18nReady]).then(([opened]) => {
  startAutosave(platform);
  // The start page greets a first start that opened the sample, not one that opened a file or joined a session.
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} bridge={bridge} firstStart={opened === 'sample' && isFirstStart()} />
    </StrictMode>,
  );
  // What is not on the first screen loads once the map is drawn and the browser is idle.
  scheduleAfterStart(useEditor.getState().mapVersion);
});
// The other language is loaded after start-up, so that switching to it later is at once.
preloadAfterStart(() => loadLanguage(language === 'sv' ? 'en' : 'sv'));
