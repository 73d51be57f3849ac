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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App keyhaven={keyhaven} />
  </StrictMode>,
);
