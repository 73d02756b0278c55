import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppTheme, shellCssVariables } from './theme';

/** The first screen's static CSS files: they read the theme as custom properties. */
const STATIC_CSS = ['./shell.css', '../features/shared/tab-strip.css', '../features/preview/code-view.css'];

describe(shellCssVariables, () => {
  it('defines every theme property the static CSS reads, in light and dark', () => {
    const read = new Set(
      STATIC_CSS.flatMap((file) =>
        [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/var\((--shell-[\w-]+)/g)].map(
          (match) => match[1]!,
        ),
      ),
    );
    expect(read.size).toBeGreaterThan(5);
    for (const mode of ['light', 'dark'] as const) {
      const defined = shellCssVariables(createAppTheme(mode));
      for (const name of read) expect(defined[name], `${mode} ${name}`).toBeTruthy();
    }
  });
});
