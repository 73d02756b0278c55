/**
 * The vocabulary of the rules: what a rule is (data plus a check), what a finding is, and the helpers
 * that rules and their one-click fixes share. Pure: no React, no DOM.
 */
import { designSchema, type Cache, type CacheKind, type CacheOverride, type Design } from './design';
import type { ResolvedCache } from './resolve';
import type { FieldPath } from './field-path';

export type Severity = 'error' | 'warning';
export type { FieldPath };

/**
 * Where a rule comes from. `provider`: terraform-provider-aws 5.100.0 (or Terraform itself) rejects
 * the value at validate or plan time. `aws-api`: AWS rejects it at apply time (the provider does not
 * check). `best-practice`: legal, but risky; with the checkov / tfsec check that flags it, if any.
 */
export type RuleSourceKind = 'provider' | 'aws-api' | 'best-practice';

export interface RuleSource {
  kind: RuleSourceKind;
  /** Where the fact is documented, e.g. `rules §1.1: replicationGroupValidateMultiAZAutomaticFailover`. */
  reference: string;
  checkov?: string;
  tfsec?: string;
}

/** A one-click remedy: the UI shows `label` as a button and replaces the design with `apply`'s result. */
export interface Fix {
  label: string;
  /** Pure: returns a new design and leaves the given one untouched. */
  apply(design: Design, finding: Finding): Design;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Path of the field the finding marks, from the design root: `['caches', 0, 'automaticFailover']`. */
  path: FieldPath;
  message: string;
  /** Why the rule exists, in one sentence (the same for every finding of the rule). */
  why: string;
  source: RuleSource;
  fix?: Fix;
  /** Index in `design.caches` of the cache the finding belongs to; absent for design-wide findings. */
  cacheIndex?: number;
  /** Environment the finding applies to, when only that environment's overrides break the rule. */
  environment?: string;
}

/** One violation of a rule, as a check reports it. */
export interface Violation {
  path: FieldPath;
  message: string;
  fix?: Fix;
}

export interface CacheRuleContext<C extends Cache = Cache> {
  design: Design;
  /** The cache with the environment's overrides applied. */
  cache: ResolvedCache<C>;
  /** Index of the cache in `design.caches`. */
  index: number;
  /** Path of the cache in the design: `['caches', 2]`. */
  at: FieldPath;
  /** The environment whose overrides `cache` carries, if any. */
  environment: string | undefined;
}

interface RuleBase {
  id: string;
  severity: Severity;
  source: RuleSource;
  /** One sentence shown to users: why the rule exists. */
  why: string;
  /** The model fields the rule marks, as path patterns (`*` matches one segment): `caches.*.multiAz`. */
  fields: readonly string[];
}

/** A rule checked on every cache of the given kinds, once per environment. */
export interface CacheRule<C extends Cache = Cache> extends RuleBase {
  scope: 'cache';
  kinds: readonly C['kind'][];
  check(context: CacheRuleContext<C>): Violation[];
}

/** A rule checked once on the whole design. */
export interface DesignRule extends RuleBase {
  scope: 'design';
  check(design: Design): Violation[];
}

/**
 * A limit the zod schema (design.ts) enforces: a value outside it never parses. The rule names the
 * limit's source and why, and `fields` attributes schema issues to it.
 */
export interface SchemaRule extends RuleBase {
  scope: 'schema';
}

export type Rule = CacheRule | DesignRule | SchemaRule;

export const none: Violation[] = [];
export const violation = (path: FieldPath, message: string, fix?: Fix): Violation[] => [
  fix ? { path, message, fix } : { path, message },
];

/** Declares a cache rule for some kinds; the check sees those kinds only. */
export function cacheRule<K extends CacheKind>(
  definition: Omit<CacheRule<Extract<Cache, { kind: K }>>, 'scope' | 'kinds'> & { kinds: readonly K[] },
): CacheRule {
  return { ...definition, scope: 'cache' } as unknown as CacheRule;
}

export const designRule = (definition: Omit<DesignRule, 'scope'>): DesignRule => ({
  ...definition,
  scope: 'design',
});
export const schemaRule = (definition: Omit<SchemaRule, 'scope'>): SchemaRule => ({
  ...definition,
  scope: 'schema',
});

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

export { matchesPattern, pathText } from './field-path';

/** The cache a path belongs to: `caches.N…`, or an environment override keyed by cache ID. */
export function cacheIndexOf(design: Design, path: readonly (string | number)[]): number | undefined {
  if (path[0] === 'caches' && typeof path[1] === 'number') return path[1];
  if (path[0] === 'environments' && path[2] === 'overrides' && typeof path[3] === 'string') {
    const caches: unknown = design.caches;
    const index = Array.isArray(caches)
      ? caches.findIndex((cache: { id?: unknown }) => cache?.id === path[3])
      : -1;
    return index >= 0 ? index : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Fixes
// ---------------------------------------------------------------------------------------------

/** A fix that edits a copy of the design. */
export function fix(label: string, edit: (draft: Design, finding: Finding) => void): Fix {
  return {
    label,
    apply: (design, finding) => {
      const draft = structuredClone(design);
      edit(draft, finding);
      // Parsed like every design the app holds: its keys in the schema's order, which the share link
      // relies on (the same design, the same link).
      return designSchema.parse(draft);
    },
  };
}

/** A fix that edits the finding's cache (when it is of the given kind). */
export function cacheFix<K extends CacheKind>(
  label: string,
  kinds: readonly K[],
  edit: (cache: Extract<Cache, { kind: K }>, draft: Design, finding: Finding) => void,
): Fix {
  return fix(label, (draft, finding) => {
    const cache = finding.cacheIndex === undefined ? undefined : draft.caches[finding.cacheIndex];
    if (cache && (kinds as readonly CacheKind[]).includes(cache.kind))
      edit(cache as Extract<Cache, { kind: K }>, draft, finding);
  });
}

/**
 * Sets a field an environment may override. When the finding came from an environment whose
 * override sets the field, the override changes; otherwise the cache itself does (and any
 * environment override of the field is left alone only when it already holds a valid value).
 */
export function setOverridable<K extends keyof CacheOverride>(
  draft: Design,
  finding: Finding,
  cache: Cache,
  key: K,
  value: NonNullable<CacheOverride[K]>,
  setBase: () => void,
): void {
  const environment = draft.environments.find((env) => env.name === finding.environment);
  const override = environment?.overrides[cache.id];
  if (override && override[key] !== undefined) override[key] = value;
  else setBase();
}

// ---------------------------------------------------------------------------------------------
// Windows
// ---------------------------------------------------------------------------------------------

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = 1440;
const WEEK = 7 * DAY;

/** Minutes since Sunday 00:00 for `ddd:hh:mm`, or since midnight for `hh:mm`; NaN when malformed. */
function minutesOf(point: string): number {
  const match = /^(?:([a-z]{3}):)?([01]\d|2[0-3]):([0-5]\d)$/.exec(point.toLowerCase());
  const day = match?.[1] === undefined ? 0 : DAYS.indexOf(match[1]);
  if (!match || day < 0) return NaN;
  return day * DAY + Number(match[2]) * 60 + Number(match[3]);
}

/** A window as a [start, end) minute interval on a cycle of `period` minutes (end may pass the period). */
export function windowInterval(window: string, period: number): [number, number] {
  const dash = window.indexOf('-');
  const start = minutesOf(window.slice(0, dash));
  let end = minutesOf(window.slice(dash + 1));
  if (end <= start) end += period;
  return [start, end];
}

/** Length in minutes of a daily (`period` 1440) or weekly (10080) window; NaN when malformed. */
export function windowLength(window: string, period: number): number {
  const [start, end] = windowInterval(window, period);
  return end - start;
}

/** True when the daily snapshot window overlaps the weekly maintenance window on any day. */
export function windowsOverlap(snapshotWindow: string, maintenanceWindow: string): boolean {
  const [mStart, mEnd] = windowInterval(maintenanceWindow, WEEK);
  const [sStart, sEnd] = windowInterval(snapshotWindow, DAY);
  // Each day's copy of the snapshot window, against the maintenance window and its copy a week on.
  for (let day = -1; day <= 7; day++) {
    const start = sStart + day * DAY;
    const end = sEnd + day * DAY;
    if (start < mEnd && mStart < end) return true;
    if (start < mEnd - WEEK && mStart - WEEK < end) return true;
  }
  return false;
}

const clock = (minutes: number) => {
  const wrapped = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
};

/** The same window start, lasting `minutes`: `03:00-03:30` → `03:00-04:00`. */
export function lengthenWindow(window: string, minutes: number, weekly: boolean): string {
  const [start] = windowInterval(window, weekly ? WEEK : DAY);
  const end = start + minutes;
  const point = (value: number) => {
    const inWeek = ((value % WEEK) + WEEK) % WEEK;
    return weekly ? `${DAYS[Math.floor(inWeek / DAY)]}:${clock(inWeek)}` : clock(value);
  };
  return `${point(start)}-${point(end)}`;
}

/** A daily window of the same length that does not overlap the maintenance window. */
export function backupWindowClearOf(maintenanceWindow: string, current: string): string {
  const length = Math.max(60, Math.min(windowLength(current, DAY) || 60, 8 * 60));
  for (let startHour = 0; startHour < 24; startHour++) {
    const candidate = `${clock(startHour * 60)}-${clock(startHour * 60 + length)}`;
    if (!windowsOverlap(candidate, maintenanceWindow)) return candidate;
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// IPv4 CIDR blocks
// ---------------------------------------------------------------------------------------------

export interface Cidr {
  address: number;
  prefix: number;
}

export function parseCidr(text: string): Cidr | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((octet) => octet > 255) || prefix > 32) return undefined;
  return { address: octets.reduce((sum, octet) => sum * 256 + octet, 0), prefix };
}

const hostBits = ({ address, prefix }: Cidr) => address % 2 ** (32 - prefix);

/** True when the block's host bits are zero, e.g. `10.0.0.0/16` but not `10.0.0.1/16`. */
export const isNetworkAddress = (cidr: Cidr) => hostBits(cidr) === 0;

/** The network address of a block: `10.0.0.1/16` → `10.0.0.0/16`. */
export function networkOf(text: string): string {
  const cidr = parseCidr(text);
  if (!cidr) return text;
  const network = cidr.address - hostBits(cidr);
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256);
  return `${octets.join('.')}/${cidr.prefix}`;
}

// ---------------------------------------------------------------------------------------------
// Production
// ---------------------------------------------------------------------------------------------

const PRODUCTION_NAMES = /^(prod|production|prd|live)$/i;

/** Production is what the tags or the environment name say: `Environment = production`, env `prod`. */
export function isProduction(design: Design, cache: Cache, environment: string | undefined): boolean {
  const environmentTags = design.environments.find((env) => env.name === environment)?.tags ?? {};
  const tags = { ...design.tags, ...environmentTags, ...cache.tags };
  return (
    (environment !== undefined && PRODUCTION_NAMES.test(environment)) ||
    Object.entries(tags).some(
      ([key, value]) => /^(env|environment|stage)$/i.test(key) && PRODUCTION_NAMES.test(value),
    )
  );
}
