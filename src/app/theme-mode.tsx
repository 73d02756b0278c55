/**
 * Light or dark: follows the system until the user picks one; the pick is remembered. Picking the
 * mode the system already has goes back to following the system.
 */
import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider } from '@mui/material/styles';
import type { ColorMode } from '@/features/preview/editor-theme';
import { createAppTheme, shellCssVariables } from './theme';

const STORAGE_KEY = 'elasticache-configurator:theme';

interface ThemeModeState {
  mode: ColorMode;
  toggle: () => void;
}

const ThemeModeContext = createContext<ThemeModeState | null>(null);

function readPreference(): ColorMode | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : undefined;
  } catch {
    return undefined;
  }
}

function writePreference(mode: ColorMode | undefined): void {
  try {
    if (mode) localStorage.setItem(STORAGE_KEY, mode);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without storage the choice lasts for this visit only; nothing to tell the user.
  }
}

export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const systemMode: ColorMode = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true })
    ? 'dark'
    : 'light';
  const [preference, setPreference] = useState(readPreference);
  const mode = preference ?? systemMode;
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  // Before the first paint: the shell's static CSS reads the theme from these.
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    for (const [name, value] of Object.entries(shellCssVariables(theme))) root.setProperty(name, value);
  }, [theme]);
  const state = useMemo<ThemeModeState>(
    () => ({
      mode,
      toggle: () => {
        const next: ColorMode = mode === 'dark' ? 'light' : 'dark';
        const stored = next === systemMode ? undefined : next;
        writePreference(stored);
        setPreference(stored);
      },
    }),
    [mode, systemMode],
  );
  return (
    <ThemeModeContext.Provider value={state}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </ThemeModeContext.Provider>
  );
}

export function useThemeMode(): ThemeModeState {
  const state = useContext(ThemeModeContext);
  if (!state) throw new Error('useThemeMode needs a ThemeModeProvider above it.');
  return state;
}
