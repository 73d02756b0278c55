/**
 * Numeric limits the model and the bundle's guards share. Free of zod: the generator, which the first
 * screen loads, reads them without the schema library.
 */
import { versionSupports } from './catalog';
import type { ReplicationGroup } from './design';

/**
 * Limits of the sizing fields a tfvars file can change. The schema reads them here; the field registry
 * (fields.ts `limits`) gives them to the bundle's variable descriptions and validations, which check
 * the same ranges with the same message (src/generate/guards.ts).
 */
export const SIZING_LIMITS = {
  shards: [1, 500],
  replicasPerShard: [0, 5],
  nodeCount: [1, 40],
  retentionDays: [0, 35],
  dataStorageGb: [1, 5000],
  ecpuPerSecond: [1000, 15_000_000],
} as const satisfies Record<string, readonly [number, number]>;

/** The cache port: a TCP port the security group opens; the ones below 1024 are reserved. */
export const PORT_LIMITS = [1024, 65535] as const;

/** Availability Zones a created VPC spans: Multi-AZ needs two, and six is as many as a region offers. */
export const AZ_COUNT_LIMITS = [2, 6] as const;

/**
 * A range as prose, `0–35`. Bounds of six digits or more are grouped (`1,000–15,000,000`); ports and
 * counts below that read as they are typed (`1024–65535`).
 */
export function rangeText([min, max]: readonly [number, number]): string {
  const grouped = max >= 100_000;
  const text = (bound: number) => (grouped ? bound.toLocaleString('en-US') : String(bound));
  return `${text(min)}–${text(max)}`;
}

/** Most nodes one cluster-mode group may hold: 250 on Redis OSS before 5.0.6, else 500. */
export const clusterNodeLimit = (cache: ReplicationGroup) =>
  versionSupports('fiveHundredNodes', cache.engine, cache.engineVersion) ? 500 : 250;
