import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-bengali/600.css';
import './styles.css';
import './phone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepTabAlive } from './features/editor/tab-id';
import { i18nReady } from './i18n';

// Other tabs of this browser can then tell when this one closes or crashes (its edit lock is free to take back).
void keepTabAlive();

// The first paint waits for this browser's language (one small chunk), so no screen flashes keys or the other language.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
