/**
 * HashiCorp's HCL parser (`@cdktf/hcl2json`: Go compiled to WebAssembly) without its Node-only bridge.
 * Reached only by dynamic `import()`: the runtime and the 1.7 MB module load when HCL is imported.
 * Where the module's bytes come from differs between the browser and Node, so the caller passes it in.
 */
import { gunzipSync } from 'fflate';
import '@cdktf/hcl2json/wasm/wasm_exec.js';

/** The module's bytes, gzipped as the package ships them or already inflated by the server. */
export type LoadHclWasm = () => Promise<Uint8Array>;

type ParseCallback = (error: string | null, json: string) => void;
interface GoBridge {
  parse?: (filename: string, contents: string, callback: ParseCallback) => void;
}
interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}
/** What the Go side registers its functions on (named by the package's bridge). */
const BRIDGE_GLOBAL = '__parse_terraform_config_wasm__';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

let started: Promise<GoBridge> | undefined;

async function start(loadWasm: LoadHclWasm): Promise<GoBridge> {
  const loaded = await loadWasm();
  const bytes = isGzip(loaded) ? gunzipSync(loaded) : loaded;
  const scope = globalThis as unknown as Record<string, unknown>;
  const Go = scope.Go as new () => GoRuntime;
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(bytes as BufferSource, go.importObject);
  const bridge: GoBridge = {};
  scope[BRIDGE_GLOBAL] = bridge;
  // The Go program finds the bridge through Node's `global`, which a browser does not define.
  scope.global ??= globalThis;
  // The Go program registers `parse` and then waits forever: run() settles only if it exits.
  void go.run(instance);
  return bridge;
}

/** Parses HCL into the JSON shape of `hcl2json`: blocks as objects of lists, expressions as `${…}`. */
export async function parseHcl(
  filename: string,
  contents: string,
  loadWasm: LoadHclWasm,
): Promise<Record<string, unknown>> {
  started ??= start(loadWasm).catch((error: unknown) => {
    started = undefined; // a failed download may succeed next time
    throw error;
  });
  const { parse } = await started;
  if (!parse) throw new Error('The HCL parser did not start.');
  const json = await new Promise<string>((resolve, reject) =>
    parse(filename, contents, (error, result) => (error ? reject(new Error(error)) : resolve(result))),
  );
  return JSON.parse(json) as Record<string, unknown>;
}
