/**
 * The HCL parser's WebAssembly module in the browser: a build asset fetched on the first HCL import.
 * The parser inflates it unless the server already did (a host may send `.gz` with Content-Encoding).
 */
import type { LoadHclWasm } from '@/import';
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';

export const loadHclWasm: LoadHclWasm = async () => {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`The HCL parser did not load (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
};
