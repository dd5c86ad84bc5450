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
import { useStore } from './state/store';

const api = createApi(defaultTransport());
void useStore.getState().init(api);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
