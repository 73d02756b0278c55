import '@/app/shell.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { RecoveryScreen } from '@/app/RecoveryScreen';
import { resolveStartup } from '@/app/startup';
import { ThemeModeProvider } from '@/app/theme-mode';
import { ErrorBoundary } from '@/features/shared/ErrorBoundary';

const root = createRoot(document.getElementById('root')!);
const render = (content: ReactNode) =>
  root.render(
    <StrictMode>
      <ThemeModeProvider>
        <ErrorBoundary fallback={(error) => <RecoveryScreen error={error} />}>{content}</ErrorBoundary>
      </ThemeModeProvider>
    </StrictMode>,
  );

resolveStartup().then(
  (startup) => render(<App startup={startup} />),
  (error: unknown) =>
    render(<RecoveryScreen error={error instanceof Error ? error : new Error(String(error))} />),
);
