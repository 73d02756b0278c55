/**
 * The code views' colours and timings as CSS custom properties, read by the static rules of
 * code-view.css: the views' look needs nothing inserted at runtime, and a theme switch only changes
 * these values.
 */
import type { CSSProperties } from 'react';
import {
  CHANGE_FADE_OUT_MS,
  CHANGE_HIGHLIGHT_MS,
  EDITOR_METRICS,
  tokenStyleName,
  type EditorPalette,
} from './editor-theme';

const cssName = (tokenName: string) => tokenName.replace(/\./g, '-');

/** The class of a token: the palette entry it takes its style from (`string.escape`, else `string`). */
export function tokenClass(type: string): string | undefined {
  const name = tokenStyleName(type);
  return name && `tok-${cssName(name)}`;
}

export function codeViewVariables(palette: EditorPalette): CSSProperties {
  const { fontFamily, fontSize, lineHeight, paddingTop, lineNumberChars, gutterGap } = EDITOR_METRICS;
  const variables: Record<string, string | number> = {
    '--code-font-family': fontFamily,
    '--code-font-size': `${fontSize}px`,
    '--code-line-height': `${lineHeight}px`,
    '--code-padding-top': `${paddingTop}px`,
    '--code-line-number-chars': lineNumberChars,
    '--code-gutter': `${gutterGap}px`,
    '--code-bg': palette.background,
    '--code-fg': palette.foreground,
    '--code-line-number': palette.lineNumber,
    '--code-changed-line': palette.changedLine,
    '--code-changed-marker': palette.changedMarker,
    '--code-change-fade': `${CHANGE_HIGHLIGHT_MS}ms`,
    '--code-change-fade-out': `${CHANGE_FADE_OUT_MS}ms`,
  };
  for (const [name, style] of Object.entries(palette.tokens))
    variables[`--tok-${cssName(name)}`] = style.color;
  return variables as CSSProperties;
}
