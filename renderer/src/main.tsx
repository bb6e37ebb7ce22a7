import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAutosave, startWithLastMap } from './files';
import { startI18n } from './i18n';
import { createWebPlatform } from './platform/web';

startI18n('sv');
const platform = createWebPlatform();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

void startWithLastMap(platform).then(() => {
  startAutosave(platform);
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} />
    </StrictMode>,
  );
});
