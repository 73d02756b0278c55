import '@/app/shell.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { RecoveryScreen } from '@/app/RecoveryScreen';
import { resolveStartup } from '@/app/startup';
import { ThemeModeProvider } from '@/app/theme-mode';
import { ErrorBoundary } from '@/features/shared/ErrorBoundary';
import { prefetchMonacoView } from '@/features/preview/CodeViewer';

// The editor's chunk (2.7 MB) takes longer to parse than the shell to render: asked for now, its
// parse runs beside the shell's first render instead of after it. A failure shows when it is used.
void prefetchMonacoView().catch(() => undefined);

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
