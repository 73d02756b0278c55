/**
 * Serves a build the way a static host or CDN does: every file gzipped once, ahead of time, and sent
 * as is. `vite preview` gzips each response as it goes, and on this two-core machine that work
 * competes with the page being measured, most of all while the 2.7 MB Monaco chunk is sent.
 * Both pages of the benchmark are served by the same host.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

interface StoredFile {
  plain: Buffer;
  gzipped: Buffer;
  type: string;
}

function readTree(
  root: string,
  folder = root,
  files = new Map<string, StoredFile>(),
): Map<string, StoredFile> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) readTree(root, path, files);
    else {
      const plain = readFileSync(path);
      files.set(`/${relative(root, path).split('\\').join('/')}`, {
        plain,
        gzipped: gzipSync(plain, { level: 9 }),
        type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      });
    }
  }
  return files;
}

/** Starts serving `root` on 127.0.0.1:`port`; unknown paths get index.html, as for a single-page app. */
export function serveStatic(
  root: string,
  port: number,
  headers: Record<string, string> = {},
): Promise<Server> {
  const files = readTree(root);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${root} has no index.html`);
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://host').pathname) ?? index;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('Content-Type', file.type);
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.setHeader('Content-Encoding', 'gzip');
      response.end(file.gzipped);
    } else response.end(file.plain);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
