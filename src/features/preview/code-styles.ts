/** Styles shared by the static view and the Monaco view: token classes and the changed-line fade. */
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

const fade = (palette: EditorPalette) => keyframes`
  from { background-color: ${palette.changedLine}; }
  to { background-color: transparent; }
`;

/** A changed line: highlighted at once, then fading out. */
export const changedLineStyle = (palette: EditorPalette): SystemStyleObject<Theme> => ({
  animation: `${fade(palette)} ${CHANGE_HIGHLIGHT_MS}ms ease-in forwards`,
});
