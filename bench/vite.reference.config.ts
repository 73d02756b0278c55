/**
 * The bare reference page for `npm run bench`: React + MUI + react-hook-form + zod and the same lazily
 * loaded Monaco core (`editor.api`), no app code. Built to bench-results/reference-dist.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./reference', import.meta.url)),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('../bench-results/reference-dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
