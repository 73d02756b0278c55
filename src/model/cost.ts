/**
 * Monthly cost estimates. Every figure is an estimate from approximate us-east-1 list prices (see
 * `NODE_PRICE_SOURCE`): node-hours × on-demand price, backup storage beyond the free snapshot, and
 * serverless data stored (GB-hours) plus ECPUs at the cache's expected usage. The same workload is
 * also priced the other way (serverless ↔ node-based) where serverless could run it.
 */
import { NODE_PRICE_SOURCE, NODE_TYPES, findNodeType, type Engine } from './catalog';
import type { Cache, Design, ExpectedUsage, ReplicationGroup } from './design';
import { resolveCache } from './resolve';

export const HOURS_PER_MONTH = 730;
/** Valkey node-based pricing is about 20% below Redis OSS (AWS, October 2024). */
const VALKEY_NODE_DISCOUNT = 0.8;
/** Backup storage beyond the one free snapshot per cluster, per GB-month, in every region. */
const BACKUP_USD_PER_GB_MONTH = 0.085;
/** Serverless prices: data stored per GB-hour, and per million ECPUs; smallest metered amount of data. */
const SERVERLESS_PRICES: Record<Engine, { gbHour: number; millionEcpu: number; minimumGb: number }> = {
  valkey: { gbHour: 0.084, millionEcpu: 0.0023, minimumGb: 0.1 },
  redis: { gbHour: 0.125, millionEcpu: 0.0034, minimumGb: 1 },
  memcached: { gbHour: 0.125, millionEcpu: 0.0034, minimumGb: 1 },
};
/** Node-based equivalents keep a quarter of memory free for overhead and growth, and one replica. */
const MEMORY_HEADROOM = 1.25;

export const COST_BASIS = {
  region: 'us-east-1',
  priceDate: NODE_PRICE_SOURCE.date,
  note: 'Estimates from approximate us-east-1 on-demand list prices; other regions, reserved nodes and data transfer differ.',
};
/** The most data a serverless cache holds (its `data_storage` maximum), in GB. */
const SERVERLESS_MAX_GB = 5000;

/** Which region the prices are for, and whether the design's region is another. */
export function priceRegionNote(designRegion: string): string {
  const basis = `Prices are estimates for ${COST_BASIS.region} (as of ${COST_BASIS.priceDate})`;
  return designRegion === COST_BASIS.region
    ? `${basis}; other regions differ.`
    : `${basis}; this design is in ${designRegion}, where prices differ.`;
}

export interface CostLine {
  label: string;
  /** Monthly cost in USD, or null where the catalogue has no price for that node type. */
  monthlyUsd: number | null;
}

export type WorkloadComparison =
  | {
      available: true;
      asServerlessUsd: number;
      asNodeBasedUsd: number | null;
      /** The node-based shape priced, e.g. "2 × cache.r7g.large (1 primary + 1 replica)". */
      nodeBasedShape: string;
    }
  | {
      available: false;
      /** Why serverless cannot replace this cache, e.g. "a global datastore". */
      reason: string;
    };

export interface CacheCost {
  cacheId: string;
  lines: CostLine[];
  /** Sum of the lines; null when a line's price is unknown. */
  monthlyUsd: number | null;
  comparison: WorkloadComparison;
}

export interface EnvironmentCost {
  environment: string | undefined;
  caches: CacheCost[];
  monthlyUsd: number | null;
}

const round = (usd: number) => Math.round(usd * 100) / 100;

/** `1234567.891` → `1,234,567.89`; by hand, because `toLocaleString` is slow on every keystroke. */
export function groupThousands(value: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
const sum = (values: (number | null)[]) =>
  values.some((value) => value === null)
    ? null
    : round(values.reduce<number>((total, value) => total + value!, 0));

export function nodeHourlyUsd(nodeType: string, engine: Engine): number | null {
  const price = findNodeType(nodeType)?.priceUsdHour ?? null;
  if (price === null) return null;
  return engine === 'valkey' ? price * VALKEY_NODE_DISCOUNT : price;
}

function nodeCount(cache: ReplicationGroup): number {
  const primaryNodes = (cache.clusterMode === 'disabled' ? 1 : cache.shards) * (cache.replicasPerShard + 1);
  const shardCount = cache.clusterMode === 'disabled' ? 1 : cache.shards;
  const secondaryNodes = cache.globalDatastore.enabled
    ? cache.globalDatastore.secondaries.reduce(
        (total, secondary) => total + shardCount * (secondary.replicasPerShard + 1),
        0,
      )
    : 0;
  return primaryNodes + secondaryNodes;
}

function backupLine(retentionDays: number, usage: ExpectedUsage): CostLine | undefined {
  const billableSnapshots = Math.max(0, retentionDays - 1);
  if (billableSnapshots === 0) return undefined;
  return {
    label: `Backups: ${billableSnapshots} snapshot(s) of ${usage.dataGb} GB beyond the free one`,
    monthlyUsd: round(billableSnapshots * usage.dataGb * BACKUP_USD_PER_GB_MONTH),
  };
}

function serverlessLines(engine: Engine, usage: ExpectedUsage): CostLine[] {
  const prices = SERVERLESS_PRICES[engine];
  const storedGb = Math.max(usage.dataGb, prices.minimumGb);
  const millionEcpus = (usage.requestsPerSecond * 3600 * HOURS_PER_MONTH) / 1_000_000;
  return [
    {
      label: `Data stored: ${storedGb} GB × ${HOURS_PER_MONTH} h at $${prices.gbHour}/GB-hour`,
      monthlyUsd: round(storedGb * prices.gbHour * HOURS_PER_MONTH),
    },
    {
      label: `ECPUs: ${groupThousands(usage.requestsPerSecond)}/s ≈ ${groupThousands(Math.round(millionEcpus))} million at $${prices.millionEcpu}/million`,
      monthlyUsd: round(millionEcpus * prices.millionEcpu),
    },
  ];
}

/** The smallest current-generation node that holds the data with headroom, as a primary and a replica. */
function nodeBasedEquivalent(engine: Engine, usage: ExpectedUsage): { usd: number | null; shape: string } {
  const candidates = NODE_TYPES.filter(
    (nodeType) =>
      nodeType.engines.includes(engine) &&
      /^(t4g|m7g|r7g)$/.test(nodeType.family) &&
      nodeType.priceUsdHour !== null,
  ).sort((a, b) => a.priceUsdHour! - b.priceUsdHour!);
  const needed = usage.dataGb * MEMORY_HEADROOM;
  const fitting = candidates.find((nodeType) => nodeType.memoryGiB >= needed);
  const largest = candidates.reduce(
    (best, nodeType) => (nodeType.memoryGiB > best.memoryGiB ? nodeType : best),
    candidates[0]!,
  );
  const nodeType = fitting ?? largest;
  const shards = fitting ? 1 : Math.ceil(needed / largest.memoryGiB);
  const nodes = shards * 2;
  const hourly = nodeHourlyUsd(nodeType.type, engine);
  return {
    usd: hourly === null ? null : round(nodes * hourly * HOURS_PER_MONTH),
    shape: `${nodes} × ${nodeType.type} (${shards > 1 ? `${shards} shards, ` : ''}1 primary + 1 replica${shards > 1 ? ' each' : ''})`,
  };
}

function cacheCost(cache: Cache): CacheCost {
  const engine: Engine = cache.kind === 'memcached' ? 'memcached' : cache.engine;
  const copies = Math.max(1, cache.instances.length);
  const perCopy = copies > 1 ? ` (× ${copies} services)` : '';
  let lines: CostLine[];
  if (cache.kind === 'serverless') {
    lines = [
      ...serverlessLines(engine, cache.expectedUsage),
      backupLine(cache.snapshots.retentionDays, cache.expectedUsage),
    ].filter((line): line is CostLine => line !== undefined);
  } else {
    const nodes = cache.kind === 'memcached' ? cache.nodeCount : nodeCount(cache);
    const hourly = nodeHourlyUsd(cache.nodeType, engine);
    lines = [
      {
        label: `${nodes} × ${cache.nodeType} × ${HOURS_PER_MONTH} h${hourly === null ? ' (no price in the catalogue)' : ` at $${hourly.toFixed(4)}/h`}`,
        monthlyUsd: hourly === null ? null : round(nodes * hourly * HOURS_PER_MONTH),
      },
    ];
    const backup =
      cache.kind === 'replication-group'
        ? backupLine(cache.backups.retentionDays, cache.expectedUsage)
        : undefined;
    if (backup) lines.push(backup);
  }
  lines = lines.map((line) => ({
    label: line.label + perCopy,
    monthlyUsd: line.monthlyUsd === null ? null : round(line.monthlyUsd * copies),
  }));
  return {
    cacheId: cache.id,
    lines,
    monthlyUsd: sum(lines.map((line) => line.monthlyUsd)),
    comparison: comparison(cache, engine, lines[0]!.monthlyUsd, copies),
  };
}

/** What a node-based cache uses that serverless does not offer; undefined when serverless could replace it. */
export function serverlessCannotReplace(cache: Cache): string | undefined {
  if (cache.kind === 'replication-group' && cache.globalDatastore.enabled)
    return 'It is part of a global datastore, which serverless caches cannot join.';
  if (cache.kind !== 'serverless' && cache.expectedUsage.dataGb > SERVERLESS_MAX_GB)
    return `Its expected data (${groupThousands(cache.expectedUsage.dataGb)} GB) is more than a serverless cache holds (${groupThousands(SERVERLESS_MAX_GB)} GB).`;
  return undefined;
}

/** The same workload priced both ways; `nodesUsd` is the cache's own node line (node-based kinds). */
function comparison(
  cache: Cache,
  engine: Engine,
  nodesUsd: number | null,
  copies: number,
): WorkloadComparison {
  const reason = serverlessCannotReplace(cache);
  if (reason) return { available: false, reason };
  const serverless = sum(serverlessLines(engine, cache.expectedUsage).map((line) => line.monthlyUsd))!;
  if (cache.kind !== 'serverless')
    return {
      available: true,
      asServerlessUsd: round(serverless * copies),
      asNodeBasedUsd: nodesUsd,
      nodeBasedShape: 'this design',
    };
  const nodeBased = nodeBasedEquivalent(engine, cache.expectedUsage);
  return {
    available: true,
    asServerlessUsd: round(serverless * copies),
    asNodeBasedUsd: nodeBased.usd === null ? null : round(nodeBased.usd * copies),
    nodeBasedShape: nodeBased.shape,
  };
}

/** The estimate per environment (one entry with `environment: undefined` when the design has none). */
export function estimateCost(design: Design): EnvironmentCost[] {
  const environments = design.environments.length ? design.environments.map((env) => env.name) : [undefined];
  return environments.map((environment) => {
    const caches = design.caches.map((cache) => cacheCost(resolveCache(design, cache, environment)));
    return { environment, caches, monthlyUsd: sum(caches.map((cache) => cache.monthlyUsd)) };
  });
}

export const formatUsd = (usd: number | null) => (usd === null ? 'unknown' : `$${groupThousands(usd, 2)}`);

/** The estimate as plain text lines, for the CLI and the bundle README. */
export function costReport(design: Design): string[] {
  const lines = [
    `Monthly cost estimate. ${priceRegionNote(design.region)} Reserved nodes and data transfer differ too.`,
  ];
  for (const environment of estimateCost(design)) {
    if (environment.environment)
      lines.push('', `Environment ${environment.environment}: ${formatUsd(environment.monthlyUsd)} / month`);
    for (const cache of environment.caches) {
      lines.push(`  ${cache.cacheId}: ${formatUsd(cache.monthlyUsd)} / month`);
      for (const line of cache.lines) lines.push(`    ${line.label}: ${formatUsd(line.monthlyUsd)}`);
      const { comparison } = cache;
      lines.push(
        comparison.available
          ? `    Same workload as serverless: ${formatUsd(comparison.asServerlessUsd)}; node-based (${comparison.nodeBasedShape}): ${formatUsd(comparison.asNodeBasedUsd)}`
          : `    No serverless comparison: ${comparison.reason}`,
      );
    }
    if (!environment.environment) lines.push(`Total: ${formatUsd(environment.monthlyUsd)} / month`);
  }
  return lines;
}
