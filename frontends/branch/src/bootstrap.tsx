import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { StandaloneRoot } from '@retention/ui';
import App from './App';

// Standalone development page; inside the shell only ./App is used.
createRoot(document.getElementById('root')!).render(
  <StandaloneRoot>
    <BrowserRouter basename="/" future={{ v7_startTransition: true }}>
      <App />
    </BrowserRouter>
  </StandaloneRoot>,
);
