import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/csp';

/**
 * Everything the entry imports statically goes into one chunk. Left alone, the bundler splits the
 * modules it shares with lazy chunks into ~20 small files, and the browser fetches them six at a
 * time over HTTP/1.1 before the first paint; one file loads in a single round trip.
 */
function initialModulesInOneChunk() {
  const initialModules = new Set<string>();
  const plugin: Plugin = {
    name: 'initial-modules-in-one-chunk',
    apply: 'build',
    buildEnd() {
      const visit = (id: string) => {
        if (initialModules.has(id)) return;
        initialModules.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
    },
  };
  return { plugin, group: { name: 'shell', test: (id: string) => initialModules.has(id) } };
}

const initialChunk = initialModulesInOneChunk();

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), initialChunk.plugin],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Monaco's editor core is one lazily loaded chunk of ~700 KB gzip by design (see npm run bench).
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { output: { advancedChunks: { groups: [initialChunk.group] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The machine is shared and noisy: generous timeouts, while timing itself is measured by npm run bench.
    testTimeout: 120_000,
  },
});
