/**
 * `npm run bench`: the generator, the share codec, the build's sizes, and the production build in
 * Chromium measured against a bare reference page (bench/reference), interleaved in the same run on
 * this shared, noisy machine; both pages are served precompressed, as a static host would
 * (scripts/bench/static-host.ts). Prints one table with each budget's PASS/FAIL and writes it to
 * bench-results/bench.json. Exits 0 even when a budget fails: timings are never a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import LZString from 'lz-string';
import { generate } from '@/generate';
import { PRESETS } from '@/model/presets';
import { createCache, defineDesign } from '@/model/defaults';
import type { CacheKind, Design } from '@/model/design';
import { decodeShareFragment, encodeShareFragment } from '@/share/codec';
import { buildSizes, type SizeReport } from './bench/build-size';
import { serveStatic } from './bench/static-host';
import { SECURITY_HEADERS } from './csp';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { measureKeystrokes, openAndMeasure, type LoadSample, type Target } from './bench/browser';
import { kb, median, ms, p95, ratio, timeIt } from './bench/stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 100);
/**
 * The first keystrokes after each load run code for the first time (in the app: the form, its
 * validation, the generator, the editor's edit path), and the budgets are about typing. Each load
 * types these first, on both pages; they are reported on a row of their own, not in the p95.
 */
const FIRST_KEYSTROKES = 3;
/**
 * Loads of the 100-cache design: each is slow (100 caches of Terraform, checks and a long form), so
 * they come in fewer rounds, with the keystrokes spread over them.
 */
const BIG_LOADS = Number(process.env.BENCH_BIG_LOADS ?? 2);
/** Configurable: helpers and e2e runs share this machine's ports. */
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4273);
const REFERENCE_PORT = Number(process.env.BENCH_REFERENCE_PORT ?? 4274);
const TYPICAL_PRESET = 'seed-production';
/** The app's own build (not dist/, which the e2e suite and others rebuild at any time). */
const APP_DIST = 'bench-results/app-dist';
const REFERENCE_DIST = 'bench-results/reference-dist';

interface Row {
  section: string;
  metric: string;
  value: string;
  reference?: string;
  ratio?: string;
  budget?: string;
  pass?: boolean;
  raw?: Record<string, unknown>;
}
const rows: Row[] = [];
const row = (entry: Row) => rows.push(entry);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function hundredCaches(): Design {
  const kinds: CacheKind[] = ['replication-group', 'replication-group', 'memcached', 'serverless'];
  return defineDesign({
    name: 'hundred-caches',
    description: 'A generated design with 100 caches of every kind.',
    tags: { Project: 'bench' },
    caches: Array.from({ length: 100 }, (_, index) =>
      createCache(kinds[index % kinds.length]!, `cache-${index + 1}`),
    ),
  });
}

// ---------------------------------------------------------------------------------------------
// Node: generator and share codec
// ---------------------------------------------------------------------------------------------

function nodeBenchmarks(big: Design) {
  const typical = PRESETS.find((preset) => preset.id === TYPICAL_PRESET)!.design;
  for (const [label, design, iterations] of [
    [`typical preset (${TYPICAL_PRESET})`, typical, 300],
    ['100-cache design', big, 40],
  ] as const) {
    const times = timeIt(() => generate(design), iterations);
    row({
      section: 'generator',
      metric: `generate(): ${label}`,
      value: `median ${ms(median(times))}, p95 ${ms(p95(times))}`,
      raw: { medianMs: median(times), p95Ms: p95(times), iterations },
    });
    const fragment = encodeShareFragment(design);
    const encode = timeIt(() => encodeShareFragment(design), iterations);
    const decode = timeIt(() => decodeShareFragment(fragment), iterations);
    row({
      section: 'share codec',
      metric: `encode / decode: ${label}`,
      value: `encode median ${ms(median(encode))} p95 ${ms(p95(encode))}; decode median ${ms(median(decode))} p95 ${ms(p95(decode))}`,
      raw: {
        encodeMedianMs: median(encode),
        encodeP95Ms: p95(encode),
        decodeMedianMs: median(decode),
        decodeP95Ms: p95(decode),
        linkLength: fragment.length,
      },
    });
  }
  for (const preset of PRESETS) {
    const link = encodeShareFragment(preset.design).length;
    const lz = LZString.compressToEncodedURIComponent(JSON.stringify(preset.design)).length;
    const seed = preset.id.startsWith('seed-');
    row({
      section: 'share codec',
      metric: `link length: ${preset.id}`,
      value: `${link} chars`,
      reference: `lz-string ${lz}`,
      ratio: ratio(link / lz),
      budget: seed ? '≤ 600 and ≤ 0.5 × lz-string' : '(not a seed preset)',
      pass: seed ? link <= 600 && link <= lz / 2 : undefined,
      raw: { link, lzString: lz },
    });
  }
  const bigLink = encodeShareFragment(big).length;
  row({
    section: 'share codec',
    metric: 'link length: 100-cache design',
    value: `${bigLink} chars`,
    reference: `lz-string ${LZString.compressToEncodedURIComponent(JSON.stringify(big)).length}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Build sizes
// ---------------------------------------------------------------------------------------------

function buildBenchmarks() {
  const app = buildSizes(APP_DIST, /MonacoCodeView\.tsx$/);
  const reference = buildSizes(REFERENCE_DIST, /Editor\.tsx$/);
  const budgets = [
    { metric: 'initial JS+CSS (gzip)', gzip: (sizes: SizeReport) => sizes.initialGzip, limitKb: 230 },
    {
      metric: 'Monaco chunk (gzip, lazily loaded)',
      gzip: (sizes: SizeReport) => sizes.lazyGzip,
      limitKb: 720,
    },
  ];
  for (const { metric, gzip, limitKb } of budgets)
    row({
      section: 'build',
      metric,
      value: kb(gzip(app)),
      reference: kb(gzip(reference)),
      ratio: ratio(gzip(app) / gzip(reference)),
      budget: `≤ ${limitKb} KB`,
      pass: gzip(app) <= limitKb * 1024,
      raw: { app, reference },
    });
}

// ---------------------------------------------------------------------------------------------
// Chromium: app vs reference, interleaved
// ---------------------------------------------------------------------------------------------

async function browserBenchmarks(big: Design) {
  const servers = await Promise.all([
    serveStatic(APP_DIST, APP_PORT, SECURITY_HEADERS),
    serveStatic(REFERENCE_DIST, REFERENCE_PORT),
  ]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const appUrl = `http://127.0.0.1:${APP_PORT}/`;
    const referenceUrl = `http://127.0.0.1:${REFERENCE_PORT}/`;
    const appField = '[name="caches.0.description"]';
    const targets: Record<'app' | 'reference' | 'app100', Target> = {
      app: { name: 'app', url: appUrl, field: appField, preview: '#file-panel' },
      reference: {
        name: 'reference',
        url: referenceUrl,
        field: '[name="description"]',
        preview: '#reference-preview',
      },
      app100: {
        name: 'app, 100 caches',
        url: `${appUrl}${encodeShareFragment(big)}`,
        field: appField,
        preview: '#file-panel',
      },
    };
    const loads: Record<keyof typeof targets, LoadSample[]> = { app: [], reference: [], app100: [] };
    const keys: Record<keyof typeof targets, number[]> = { app: [], reference: [], app100: [] };
    const firstKeys: Record<keyof typeof targets, number[]> = { app: [], reference: [], app100: [] };
    const perRound = Math.ceil(KEYSTROKES / ROUNDS);
    // One unmeasured warm-up of each (disk cache of the OS, Chromium's first start).
    for (const target of [targets.app, targets.reference])
      await (await openAndMeasure(browser, target)).close();
    const bigRounds = new Set(
      Array.from({ length: BIG_LOADS }, (_, index) => Math.floor((index * ROUNDS) / BIG_LOADS)),
    );
    for (let round = 0; round < ROUNDS; round++) {
      const order: (keyof typeof targets)[] =
        round % 2 ? ['reference', 'app', 'app100'] : ['app', 'app100', 'reference'];
      for (const name of order) {
        if (name === 'app100' && !bigRounds.has(round)) continue;
        const { page, sample, close } = await openAndMeasure(browser, targets[name]);
        loads[name].push(sample);
        const count = name === 'app100' ? Math.ceil(KEYSTROKES / BIG_LOADS) : perRound;
        const latencies = await measureKeystrokes(page, targets[name], FIRST_KEYSTROKES + count);
        firstKeys[name].push(latencies[0]!);
        keys[name].push(...latencies.slice(FIRST_KEYSTROKES));
        await close();
      }
      process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
    }

    const med = (samples: LoadSample[], pick: (sample: LoadSample) => number) => median(samples.map(pick));
    const appFirst = med(loads.app, (sample) => sample.firstText);
    const referenceText = med(loads.reference, (sample) => sample.monacoReady);
    row({
      section: 'browser',
      metric: 'first HCL visible (median of loads)',
      value: ms(appFirst),
      reference: `${ms(referenceText)} (Monaco text)`,
      ratio: ratio(appFirst / referenceText),
      budget: '≤ 0.5 × reference',
      pass: appFirst <= 0.5 * referenceText,
      raw: {
        app: loads.app.map((sample) => sample.firstText),
        reference: loads.reference.map((sample) => sample.monacoReady),
      },
    });
    const appMonaco = med(loads.app, (sample) => sample.monacoReady);
    row({
      section: 'browser',
      metric: 'Monaco ready (median of loads)',
      value: ms(appMonaco),
      reference: ms(referenceText),
      ratio: ratio(appMonaco / referenceText),
      budget: '≤ 1.15 × reference',
      pass: appMonaco <= 1.15 * referenceText,
      raw: { app: loads.app.map((sample) => sample.monacoReady) },
    });
    for (const [name, label, limit] of [
      ['app', 'typical design', 1.25],
      ['app100', '100-cache design', 2],
    ] as const) {
      const appP95 = p95(keys[name]);
      const referenceP95 = p95(keys.reference);
      row({
        section: 'browser',
        metric: `keystroke → preview, ${label} (${keys[name].length} keys)`,
        value: `p50 ${ms(median(keys[name]))}, p95 ${ms(appP95)}`,
        reference: `p50 ${ms(median(keys.reference))}, p95 ${ms(referenceP95)} (${keys.reference.length} keys)`,
        ratio: `p95 ${ratio(appP95 / referenceP95)}`,
        budget: `p95 ≤ ${limit} × reference`,
        pass: appP95 <= limit * referenceP95,
        raw: { app: keys[name], reference: keys.reference },
      });
    }
    row({
      section: 'browser',
      metric: `first keystroke after load, typical design (median of ${firstKeys.app.length} loads)`,
      value: ms(median(firstKeys.app)),
      reference: ms(median(firstKeys.reference)),
      ratio: ratio(median(firstKeys.app) / median(firstKeys.reference)),
      raw: { app: firstKeys.app, reference: firstKeys.reference, app100: firstKeys.app100 },
    });
    const appJs = med(loads.app, (sample) => sample.jsTransferred);
    const referenceJs = med(loads.reference, (sample) => sample.jsTransferred);
    row({
      section: 'browser',
      metric: 'JS transferred (with Monaco; gzip)',
      value: kb(appJs),
      reference: kb(referenceJs),
      ratio: ratio(appJs / referenceJs),
    });
    const fonts = new Set(loads.app.flatMap((sample) => sample.fonts));
    const workers = new Set(loads.app.flatMap((sample) => sample.workers));
    row({
      section: 'browser',
      metric: 'fonts / workers fetched by the read-only preview',
      value: `${fonts.size} fonts, ${workers.size} workers`,
      budget: 'none',
      pass: fonts.size === 0 && workers.size === 0,
      raw: { fonts: [...fonts], workers: [...workers] },
    });
  } finally {
    await browser.close();
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------

function printTable() {
  const header = ['section', 'metric', 'app', 'reference', 'ratio', 'budget', 'result'];
  const cells = rows.map((entry) => [
    entry.section,
    entry.metric,
    entry.value,
    entry.reference ?? '',
    entry.ratio ?? '',
    entry.budget ?? '',
    entry.pass === undefined ? '' : entry.pass ? 'PASS' : '*** FAIL ***',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('-|-')}`);
  for (const line of cells) console.log(format(line));
  const failed = rows.filter((entry) => entry.pass === false);
  console.log(
    failed.length
      ? `\nFAIL: ${failed.length} budget(s): ${failed.map((entry) => entry.metric).join('; ')}`
      : '\nAll budgets pass.',
  );
}

async function main() {
  const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
  if (!skipBuild) {
    console.log('Building the app and the reference page…');
    run('npx', ['vite', 'build', '--manifest', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn']);
    run('npx', ['vite', 'build', '-c', 'bench/vite.reference.config.ts', '--manifest']);
  }
  const big = hundredCaches();
  console.log('Generator and share codec…');
  nodeBenchmarks(big);
  buildBenchmarks();
  console.log(
    `Chromium: ${ROUNDS} interleaved rounds, ${KEYSTROKES} measured keystrokes each (after ${FIRST_KEYSTROKES} first ones per load)…`,
  );
  await browserBenchmarks(big);
  printTable();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, keystrokes: KEYSTROKES, rows }, null, 2)}\n`,
  );
  console.log('Written to bench-results/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
