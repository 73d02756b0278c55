/**
 * The first screen (src/main.tsx and what it imports statically) must not load the schema library:
 * zod costs ~30 KB gzip and ~40 ms before the first HCL (the model is its own lazy chunk). A value
 * import of src/model/design.ts from the generator pulled it back in once; this walk names the chain.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '../src');

/** Static, non-type imports of a file: `import x from`, `import { a, type B } from`, `import '…'`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^import\s+(?!type\b)([^'"]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const bindings = match[1]!.trim();
    const typeOnly =
      /^\{[^}]*\}$/.test(bindings) &&
      bindings
        .slice(1, -1)
        .split(',')
        .every((name) => /^\s*(type\s|$)/.test(name));
    if (!typeOnly) specifiers.push(match[2]!);
  }
  for (const match of text.matchAll(/^import\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[1]!);
  return specifiers;
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('@/') && !specifier.startsWith('.')) return `package:${specifier}`;
  const base = specifier.startsWith('@/') ? join(src, specifier.slice(2)) : resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((extension) => base + extension)
    .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every module the entry reaches through static imports, each with the module that imported it. */
function firstScreenModules(entry: string): Map<string, string | undefined> {
  const reached = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (file.startsWith('package:') || !/\.tsx?$/.test(file)) continue;
    for (const specifier of staticImports(file)) {
      const target = resolveSpecifier(file, specifier);
      if (target && !reached.has(target)) {
        reached.set(target, file);
        queue.push(target);
      }
    }
  }
  return reached;
}

function chain(modules: Map<string, string | undefined>, target: string): string {
  const links: string[] = [];
  for (let at: string | undefined = target; at; at = modules.get(at))
    links.push(at.startsWith('package:') ? at : relative(src, at));
  return links.join(' <- ');
}

describe('the first screen', () => {
  const modules = firstScreenModules(join(src, 'main.tsx'));

  it('reaches the generator, so the walk sees what the first HCL needs', () => {
    expect(modules.has(join(src, 'generate/index.ts'))).toBe(true);
  });

  it('does not import zod or the schema statically', () => {
    const offenders = ['package:zod', join(src, 'model/design.ts')].filter((module) => modules.has(module));
    expect(offenders.map((module) => chain(modules, module))).toEqual([]);
  });

  it('does not import the importers or the HCL parser (Go runtime and WebAssembly) statically', () => {
    const offenders = [...modules.keys()].filter(
      (module) =>
        module.startsWith('package:@cdktf/hcl2json') ||
        module === join(src, 'import/index.ts') ||
        module === join(src, 'import/hcl-parser.ts'),
    );
    expect(offenders.map((module) => chain(modules, module))).toEqual([]);
  });
});
