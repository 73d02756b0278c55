/**
 * Monaco, loaded on demand: only the editor core (`editor.api`), our two Monarch grammars and two
 * themes built from the preview palette. No language services, no CDN, no fonts from elsewhere.
 * The read-only editor is configured so that it never needs the editor worker; should some feature
 * still ask for one, it is bundled from our own origin and loaded only then.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import { GRAMMARS, type Grammar, type GrammarRule } from './grammar';
import { EDITOR_PALETTES, type ColorMode } from './editor-theme';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker: () =>
    import('monaco-editor/editor/editor.worker?worker').then(
      ({ default: EditorWorker }) => new EditorWorker(),
    ),
};

function toMonarch(grammar: Grammar): monaco.languages.IMonarchLanguage {
  const action = (rule: GrammarRule) => (rule.next ? { token: rule.token, next: rule.next } : rule.token);
  const tokenizer: monaco.languages.IMonarchLanguage['tokenizer'] = {};
  for (const [state, entries] of Object.entries(grammar.states))
    tokenizer[state] = entries.map((entry) =>
      'include' in entry ? { include: `@${entry.include}` } : [entry.regex, action(entry)],
    );
  return { defaultToken: '', tokenPostfix: grammar.tokenPostfix, tokenizer };
}

for (const [id, grammar] of Object.entries(GRAMMARS)) {
  monaco.languages.register({ id });
  monaco.languages.setMonarchTokensProvider(id, toMonarch(grammar));
}

export const MONACO_THEMES: Record<ColorMode, string> = {
  light: 'configurator-light',
  dark: 'configurator-dark',
};

for (const mode of ['light', 'dark'] as const) {
  const palette = EDITOR_PALETTES[mode];
  const hex = (color: string) => color.replace('#', '');
  monaco.editor.defineTheme(MONACO_THEMES[mode], {
    base: mode === 'light' ? 'vs' : 'vs-dark',
    inherit: false,
    rules: [
      { token: '', foreground: hex(palette.foreground), background: hex(palette.background) },
      ...Object.entries(palette.tokens).map(([token, style]) => ({
        token,
        foreground: hex(style.color),
        ...(style.fontStyle ? { fontStyle: style.fontStyle } : {}),
      })),
    ],
    colors: {
      'editor.background': palette.background,
      'editor.foreground': palette.foreground,
      'editorLineNumber.foreground': palette.lineNumber,
      // No current-line emphasis: a read-only preview has no cursor to follow.
      'editorLineNumber.activeForeground': palette.lineNumber,
      'editor.selectionBackground': palette.selection,
      'editor.inactiveSelectionBackground': palette.selection,
      'editorGutter.background': palette.background,
      'scrollbarSlider.background': mode === 'light' ? '#8c959f33' : '#6e768166',
    },
  });
}

export { monaco };
