import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import './charts/setup';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi, defaultTransport } from './api/client';
import { App } from './App';
import { startPrintMode } from './print/entry';
import { useStore } from './state/store';

const root = document.getElementById('root');
if (window.location.hash === '#print') {
  // Print mode (PDF export): the report alone, no app state and no API.
  if (root) startPrintMode(root);
} else {
  const api = createApi(defaultTransport());
  void useStore.getState().init(api);
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
}
