/**
 * The importer with what only the browser provides: the HCL parser's WebAssembly module as a build
 * asset, fetched on the first HCL import. Reached by dynamic import: none of it is on the first screen.
 * The parser inflates the `.gz` unless the server already did (a host may send it with Content-Encoding).
 */
import { importText, type ImportResult, type LoadHclWasm } from '@/import';
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';

const loadHclWasm: LoadHclWasm = async () => {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`The HCL parser did not load (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
};

export const importInBrowser = (text: string): Promise<ImportResult> => importText(text, { loadHclWasm });
