/** The app's look: a calm indigo on neutral greys, system fonts, compact controls for a dense form. */
import { alpha, createTheme, type Theme } from '@mui/material/styles';
import type { ColorMode } from '@/features/preview/editor-theme';

const FONT_STACK =
  'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export function createAppTheme(mode: ColorMode): Theme {
  const light = mode === 'light';
  return createTheme({
    palette: {
      mode,
      primary: { main: light ? '#3545a8' : '#9aa8ff' },
      secondary: { main: light ? '#b45309' : '#fbbf24' },
      background: light ? { default: '#f4f6fa', paper: '#ffffff' } : { default: '#0b0e14', paper: '#12161f' },
      divider: light ? 'rgba(15, 23, 42, 0.12)' : 'rgba(226, 232, 240, 0.12)',
      text: light
        ? { primary: '#111827', secondary: '#4b5563' }
        : { primary: '#e5e7eb', secondary: '#a1a9b8' },
      warning: { main: light ? '#b45309' : '#f5b041' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: FONT_STACK,
      fontSize: 14,
      button: { textTransform: 'none', fontWeight: 600 },
      subtitle1: { fontWeight: 600 },
      overline: { fontWeight: 700, letterSpacing: '0.08em' },
    },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          'html, body, #root': { height: '100%' },
          code: {
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            fontSize: '0.92em',
          },
        },
      },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiFormHelperText: { styleOverrides: { root: { marginLeft: 0, marginRight: 0, lineHeight: 1.45 } } },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTooltip: { defaultProps: { arrow: true, enterDelay: 400 } },
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      MuiAppBar: { defaultProps: { elevation: 0, color: 'inherit' } },
      MuiListSubheader: { styleOverrides: { root: { lineHeight: '36px' } } },
    },
  });
}

/**
 * The theme's values that the first screen's static CSS (shell.css) reads, as CSS custom properties:
 * one source for the colours, whichever way a part of the screen is styled.
 */
export function shellCssVariables({ palette, typography }: Theme): Record<string, string> {
  return {
    '--shell-font': typography.fontFamily ?? 'inherit',
    '--shell-bg': palette.background.default,
    '--shell-paper': palette.background.paper,
    '--shell-divider': palette.divider,
    '--shell-text': palette.text.primary,
    '--shell-text-secondary': palette.text.secondary,
    '--shell-hover': palette.action.hover,
    '--shell-action-active': palette.action.active,
    '--shell-action-disabled': palette.action.disabled,
    '--shell-disabled-background': palette.action.disabledBackground,
    '--shell-primary': palette.primary.main,
    '--shell-primary-dark': palette.primary.dark,
    '--shell-primary-contrast': palette.primary.contrastText,
    '--shell-success': palette.success.main,
    '--shell-error': palette.error.main,
    '--shell-warning': palette.warning.main,
    // MUI's Skeleton colour.
    '--shell-skeleton': alpha(palette.text.primary, palette.mode === 'light' ? 0.11 : 0.13),
  };
}
