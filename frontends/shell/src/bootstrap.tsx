import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppProviders } from '@retention/ui';
import { ShellApp } from './shell-app';
import './messages';

createRoot(document.getElementById('root')!).render(
  <AppProviders>
    <BrowserRouter future={{ v7_startTransition: true }}>
      <ShellApp />
    </BrowserRouter>
  </AppProviders>,
);
