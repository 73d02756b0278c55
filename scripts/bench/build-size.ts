/**
 * Gzip sizes of a Vite build from its manifest: the initial JS+CSS (index.html's entry and
 * everything it statically imports, which index.html modulepreloads) and a lazily loaded chunk with
 * what it adds on top of that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Files (JS and CSS) a chunk loads with its static imports. */
export function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  chunk.css?.forEach((file) => into.add(file));
  chunk.imports?.forEach((imported) => staticClosure(manifest, imported, into));
  return into;
}

export const gzipBytes = (dist: string, file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

export interface SizeReport {
  initialFiles: string[];
  initialGzip: number;
  lazyFiles: string[];
  lazyGzip: number;
}

/** `lazyMatch` picks the dynamically imported chunk (by source path) to size. */
export function buildSizes(dist: string, lazyMatch: RegExp): SizeReport {
  const manifest = readManifest(dist);
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry && key.endsWith('index.html'));
  if (!entryKey) throw new Error(`No index.html entry in ${dist}/.vite/manifest.json`);
  const initial = staticClosure(manifest, entryKey);
  // index.html can also link CSS of its own.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const match of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) initial.add(match[1]!);
  const lazyKey = Object.keys(manifest).find((key) => lazyMatch.test(key));
  if (!lazyKey) throw new Error(`No chunk matching ${lazyMatch} in ${dist}`);
  const lazy = [...staticClosure(manifest, lazyKey)].filter((file) => !initial.has(file));
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzipBytes(dist, file), 0);
  return { initialFiles: [...initial], initialGzip: sum(initial), lazyFiles: lazy, lazyGzip: sum(lazy) };
}
