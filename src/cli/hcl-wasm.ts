/** The HCL parser's WebAssembly module in Node (the CLI and tests): read from the package. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { LoadHclWasm } from '@/import';

export const loadHclWasm: LoadHclWasm = async () =>
  new Uint8Array(await readFile(createRequire(import.meta.url).resolve('@cdktf/hcl2json/main.wasm.gz')));
