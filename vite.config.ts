import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/csp.ts';

/**
 * What the first screen loads comes in a few files rather than dozens: the entry's static imports in
 * one chunk; the model (zod, the intake and the link codec; loaded to read a link or a draft, and
 * with the form) in another; the rest of the form (loaded once the editor is up) in a third. Left
 * alone, the bundler splits the modules they share with other lazy chunks into ~20 small files each,
 * and the browser fetches them six at a time over HTTP/1.1, ahead of the Monaco chunk. Groups claim
 * modules in order: a module the model uses stays in the model chunk, even when the form uses it too.
 */
function firstScreenChunks(lazyEntries: Record<string, RegExp>) {
  const groupOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'first-screen-chunks',
    apply: 'build',
    buildEnd() {
      const claim = (id: string, group: string) => {
        if (groupOf.has(id)) return;
        groupOf.set(id, group);
        this.getModuleInfo(id)?.importedIds.forEach((imported) => claim(imported, group));
      };
      const ids = [...this.getModuleIds()];
      ids.filter((id) => this.getModuleInfo(id)?.isEntry).forEach((id) => claim(id, 'shell'));
      for (const [group, test] of Object.entries(lazyEntries))
        ids.filter((id) => test.test(id)).forEach((id) => claim(id, group));
    },
  };
  const groups = ['shell', ...Object.keys(lazyEntries)].map((name) => ({
    name,
    test: (id: string) => groupOf.get(id) === name,
  }));
  return { plugin, groups };
}

const firstScreen = firstScreenChunks({
  model: /\/src\/(share\/intake|share\/codec|model\/design)\.ts$/,
  form: /\/src\/features\/design-form\/DesignForm\.tsx$/,
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), firstScreen.plugin],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Monaco's editor core is one lazily loaded chunk of ~700 KB gzip by design (see npm run bench).
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { output: { codeSplitting: { groups: firstScreen.groups } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The machine is shared and noisy: generous timeouts, while timing itself is measured by npm run bench.
    testTimeout: 120_000,
  },
});
