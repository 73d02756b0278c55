/**
 * The Content-Security-Policy the production build ships, as a <meta> tag in index.html (static hosts
 * serve it unchanged) and as a header from `vite preview`. Only our own origin: no inline or evaluated
 * scripts, workers from our origin, and inline styles only because MUI (emotion) and Monaco inject them.
 * `'wasm-unsafe-eval'` lets the HCL import compile its parser (WebAssembly), and allows no JavaScript eval.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Header-only directives: a <meta> policy may not carry them. */
const HEADER_ONLY = "frame-ancestors 'none'";

/** The headers a host should send with every response (`vite preview` and the benchmark's host do). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    // The dev server runs inline scripts for hot reload; the policy is for the build and its preview.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        next();
      });
    },
  };
}
