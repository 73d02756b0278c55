/** Styles shared by the static view, the Monaco view and the file tabs: token classes, the change fade. */
import { keyframes } from '@mui/material/styles';
import type { SystemStyleObject, Theme } from '@mui/system';
import { GRAMMARS } from './grammar';
import { CHANGE_HIGHLIGHT_MS, tokenStyle, type EditorPalette } from './editor-theme';

/** Every token type the grammars produce. */
const TOKEN_TYPES = [
  ...new Set(
    Object.values(GRAMMARS).flatMap((grammar) =>
      Object.values(grammar.states).flatMap((entries) =>
        entries.flatMap((entry) => ('token' in entry ? [entry.token] : [])),
      ),
    ),
  ),
].filter(Boolean);

export const tokenClass = (type: string) => (type ? `tok-${type.replace(/\./g, '-')}` : undefined);

/** `& .tok-string { color }` for every token type, resolved like a Monaco theme. */
export function tokenRules(palette: EditorPalette): SystemStyleObject<Theme> {
  const rules: Record<string, SystemStyleObject<Theme>> = {};
  for (const type of TOKEN_TYPES) {
    const style = tokenStyle(palette, type);
    if (!style) continue;
    rules[`& .${tokenClass(type)}`] = {
      color: style.color,
      ...(style.fontStyle === 'italic' ? { fontStyle: 'italic' } : {}),
      ...(style.fontStyle === 'bold' ? { fontWeight: 700 } : {}),
    };
  }
  return rules;
}

const fadeOut = keyframes`
  from { opacity: 1; }
  to { opacity: 0; }
`;

/**
 * A fade to nothing over `ms`. Opacity, not a colour: the compositor animates it, where a colour would
 * repaint the page on every frame of the fade.
 */
export const fadeOutAnimation = (ms: number) => `${fadeOut} ${ms}ms ease-in forwards`;

/** What an edit changed (a file's dot, a line of the static view) fades out at once. */
export const CHANGE_FADE = fadeOutAnimation(CHANGE_HIGHLIGHT_MS);

/** A changed line's highlight (on a layer of its own behind the text): shown at once, then fading. */
export const changedLineStyle = (palette: EditorPalette): SystemStyleObject<Theme> => ({
  backgroundColor: palette.changedLine,
  animation: CHANGE_FADE,
});
