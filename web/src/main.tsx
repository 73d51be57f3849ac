import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiClient } from './api/client';
import { KeyHavenCrypto } from './crypto';
import { KeyHaven } from './session/keyhaven';
import './styles.css';

const keyhaven = new KeyHaven(
  new ApiClient(import.meta.env.VITE_API_BASE ?? '/api'),
  new KeyHavenCrypto(window.crypto),
);

// Installable dashboard: the service worker keeps the app shell only (public/sw.js), never an API
// answer; development builds run without it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App keyhaven={keyhaven} />
  </StrictMode>,
);
