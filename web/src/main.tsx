import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client';
import { App } from './App';
import i18n, { i18nReady } from './i18n';
import { translateValidity } from './i18n/validity';
import { preload } from './preload';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      // Client errors (404, 403 …) will not change by asking again.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

// The page's data and code are asked for now, while the language loads (preload.ts).
const pageCode = preload(queryClient, window.location);

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('#root missing from index.html');
const root = rootElement;

// The visitor's language arrives as its own chunk (i18n/index.ts): render once it is here,
// so no page shows its keys first, and once the page's own code is (it arrives at about the
// same time): the page then renders without first showing a loading state (App.tsx, page()).
// A failed load still renders (the keys, not a blank page).
function render(): void {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
// The browser's form checks speak the UI's language too (i18n/validity.ts).
translateValidity(() => i18n.t);
void Promise.all([i18nReady, pageCode]).then(render, render);
