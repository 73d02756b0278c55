/**
 * Colours and metrics of the code preview, shared by the static view and Monaco's theme so the
 * hand-over from one to the other is invisible. Token colours follow GitHub's light and dark themes
 * (AA contrast on their backgrounds).
 */

export type ColorMode = 'light' | 'dark';

export interface TokenStyle {
  color: string;
  fontStyle?: 'italic' | 'bold';
}

export interface EditorPalette {
  background: string;
  foreground: string;
  lineNumber: string;
  /** Background of a line the last edit changed; fades out. */
  changedLine: string;
  /** Bar in the gutter beside a changed line. */
  changedMarker: string;
  selection: string;
  tokens: Record<string, TokenStyle>;
}

export const EDITOR_PALETTES: Record<ColorMode, EditorPalette> = {
  light: {
    background: '#ffffff',
    foreground: '#1f2328',
    lineNumber: '#6e7781',
    changedLine: 'rgba(255, 213, 79, 0.38)',
    changedMarker: '#d4a72c',
    selection: '#b6d7ff',
    tokens: {
      comment: { color: '#6e7781', fontStyle: 'italic' },
      string: { color: '#0a3069' },
      'string.escape': { color: '#0550ae' },
      'string.code': { color: '#0a3069' },
      number: { color: '#0550ae' },
      keyword: { color: '#cf222e' },
      'keyword.heading': { color: '#0550ae', fontStyle: 'bold' },
      type: { color: '#8250df' },
      attribute: { color: '#0550ae' },
      function: { color: '#8250df' },
      identifier: { color: '#1f2328' },
      'delimiter.template': { color: '#cf222e' },
      delimiter: { color: '#1f2328' },
      strong: { color: '#1f2328', fontStyle: 'bold' },
      link: { color: '#0969da' },
    },
  },
  dark: {
    background: '#0d1117',
    foreground: '#e6edf3',
    lineNumber: '#8b949e',
    changedLine: 'rgba(187, 128, 9, 0.35)',
    changedMarker: '#d29922',
    selection: '#264f78',
    tokens: {
      comment: { color: '#8b949e', fontStyle: 'italic' },
      string: { color: '#a5d6ff' },
      'string.escape': { color: '#79c0ff' },
      'string.code': { color: '#a5d6ff' },
      number: { color: '#79c0ff' },
      keyword: { color: '#ff7b72' },
      'keyword.heading': { color: '#79c0ff', fontStyle: 'bold' },
      type: { color: '#d2a8ff' },
      attribute: { color: '#79c0ff' },
      function: { color: '#d2a8ff' },
      identifier: { color: '#e6edf3' },
      'delimiter.template': { color: '#ff7b72' },
      delimiter: { color: '#e6edf3' },
      strong: { color: '#e6edf3', fontStyle: 'bold' },
      link: { color: '#58a6ff' },
    },
  },
};

/** The palette entry a token type takes its style from, falling back to shorter prefixes as Monaco themes do. */
export function tokenStyleName(type: string): string | undefined {
  for (let name = type; name; name = name.slice(0, Math.max(0, name.lastIndexOf('.'))))
    if (name in EDITOR_PALETTES.light.tokens) return name;
  return undefined;
}

/** Editor metrics: the static view reproduces Monaco's layout with these. */
export const EDITOR_METRICS = {
  fontFamily:
    'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace',
  fontSize: 13,
  lineHeight: 20,
  paddingTop: 8,
  /** Digits the line-number column is sized for. */
  lineNumberChars: 4,
  /** Gap between line numbers and code; Monaco's `lineDecorationsWidth`. */
  gutterGap: 16,
} as const;

/**
 * How long what an edit changed stays marked, in milliseconds: a file's dot and a line of the static
 * view fade over it; the editor's highlight stays that long after the last edit, then fades.
 */
export const CHANGE_HIGHLIGHT_MS = 1600;
/** How long the editor's highlight takes to fade once the edits have paused that long. */
export const CHANGE_FADE_OUT_MS = 400;
