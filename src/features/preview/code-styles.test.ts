import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeViewVariables, tokenClass } from './code-styles';
import { EDITOR_PALETTES } from './editor-theme';
import { GRAMMARS } from './grammar';

const css = readFileSync(new URL('./code-view.css', import.meta.url), 'utf8');
const tokenNames = Object.keys(EDITOR_PALETTES.light.tokens);
const grammarTokens = Object.values(GRAMMARS).flatMap((grammar) =>
  Object.values(grammar.states).flatMap((entries) =>
    entries.flatMap((entry) => ('token' in entry && entry.token ? [entry.token] : [])),
  ),
);

/** The declarations of the rule for exactly `selector` in code-view.css. */
function ruleFor(selector: string): string | undefined {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css)?.[1]?.trim();
}

describe('the code views’ static CSS', () => {
  it('has a rule for every palette entry, in the entry’s colour variable and font style', () => {
    expect(Object.keys(EDITOR_PALETTES.dark.tokens)).toEqual(tokenNames);
    for (const name of tokenNames) {
      const className = tokenClass(name)!;
      const fontStyle = EDITOR_PALETTES.light.tokens[name]!.fontStyle;
      expect(EDITOR_PALETTES.dark.tokens[name]!.fontStyle).toBe(fontStyle);
      const extra =
        fontStyle === 'italic' ? ' font-style: italic;' : fontStyle === 'bold' ? ' font-weight: 700;' : '';
      expect(ruleFor(`.${className}`)).toBe(`color: var(--${className});${extra}`);
      expect(codeViewVariables(EDITOR_PALETTES.dark)).toHaveProperty(
        `--${className}`,
        EDITOR_PALETTES.dark.tokens[name]!.color,
      );
    }
  });

  it('styles every token the grammars produce through its palette entry, as Monaco’s theme does', () => {
    expect(tokenClass('delimiter.bracket')).toBe('tok-delimiter');
    expect(tokenClass('string.escape')).toBe('tok-string-escape');
    expect(tokenClass('unknown')).toBeUndefined();
    for (const token of grammarTokens) expect(tokenClass(token), token).toBeDefined();
  });

  it('defines every custom property its rules read, apart from the shell’s', () => {
    const read = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]!));
    const defined = Object.keys(codeViewVariables(EDITOR_PALETTES.light));
    for (const name of read) if (!name.startsWith('--shell-')) expect(defined, name).toContain(name);
  });
});
