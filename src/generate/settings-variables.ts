/**
 * The settings a replication group writes as Terraform variables when `settingsAsVariables` is on (the
 * guide's configurable example): engine version, port, both encryption flags (the backup and maintenance windows
 * are variables of every cache: caches.ts). Each defaults to the design's value; validations keep a tfvars value within
 * what the rest of the bundle was generated for (the parameter group's family, AUTH needing TLS).
 */
import { bool, num, raw, str } from '@/hcl/build';
import type { Expr } from '@/hcl/ast';
import { ENGINE_LABELS, ENGINE_VERSIONS, parameterFamily } from '@/model/catalog';
import type { Cache, ReplicationGroup } from '@/model/design';
import { fieldLimits, variableDescription } from '@/model/fields';
import { declareVariable, snake, type GeneratorContext, type VariableValidation } from './context';
import { rangeGuard } from './guards';

export interface ReplicationGroupSettings {
  engineVersion: Expr;
  port: Expr;
  atRestEncryption: Expr;
  transitEncryption: Expr;
}

const exposes = (cache: Cache): cache is ReplicationGroup =>
  cache.kind === 'replication-group' && cache.settingsAsVariables;

function setting(
  context: GeneratorContext,
  cache: ReplicationGroup,
  field: string,
  definition: { type: string; description: string; default: Expr; validations?: VariableValidation[] },
): Expr {
  return raw(declareVariable(context, { name: `${snake(cache.id)}_${field}`, ...definition }));
}

/** The port a cache listens on: its variable when the cache exposes its settings, else the number. */
export function portExpr(context: GeneratorContext, cache: Cache & { port: number }): Expr {
  if (!exposes(cache)) return num(cache.port);
  const variable = `var.${snake(cache.id)}_port`;
  return setting(context, cache, 'port', {
    type: 'number',
    description: variableDescription('caches.*.port', cache.id, 'The security group admits clients on it.'),
    default: num(cache.port),
    validations: [
      rangeGuard('port-range', variable, fieldLimits('caches.*.port')),
      { condition: `floor(${variable}) == ${variable}`, message: 'Must be a whole number.' },
    ],
  });
}

function engineVersionExpr(context: GeneratorContext, cache: ReplicationGroup): Expr {
  const family = parameterFamily(cache.engine, cache.engineVersion);
  // A version the catalogue does not know has no family (engine-version-known refuses it): it stays the only choice.
  const versions = family
    ? ENGINE_VERSIONS[cache.engine]
        .filter((candidate) => candidate.family === family)
        .map((candidate) => candidate.version)
    : [cache.engineVersion];
  const name = `${snake(cache.id)}_engine_version`;
  const label = ENGINE_LABELS[cache.engine];
  return setting(context, cache, 'engine_version', {
    type: 'string',
    description: variableDescription(
      'caches.*.engineVersion',
      cache.id,
      family
        ? `A ${label} version: its parameter group is of family ${family}, so the version stays within it.`
        : `${label} ${cache.engineVersion}.`,
    ),
    default: str(cache.engineVersion),
    validations: [
      {
        condition: `contains([${versions.map((version) => JSON.stringify(version)).join(', ')}], var.${name})`,
        message: family
          ? `Use a ${label} version of parameter group family ${family}: ${versions.join(', ')}.`
          : `Use ${label} ${cache.engineVersion}.`,
      },
    ],
  });
}

function transitExpr(context: GeneratorContext, cache: ReplicationGroup): Expr {
  const name = `${snake(cache.id)}_transit_encryption_enabled`;
  const needsTls = cache.auth.mode !== 'none';
  return setting(context, cache, 'transit_encryption_enabled', {
    type: 'bool',
    description: variableDescription(
      'caches.*.transitEncryption.enabled',
      cache.id,
      'Clients connect with TLS while it is on.',
    ),
    default: bool(cache.transitEncryption.enabled),
    validations: needsTls
      ? [
          {
            condition: `var.${name}`,
            message: `${cache.auth.mode === 'token' ? 'An AUTH token' : 'RBAC users'} need encryption in transit: keep it true.`,
          },
        ]
      : [],
  });
}

/** The replication group's settings as expressions: variables when it exposes them, else literals. */
export function replicationGroupSettings(
  context: GeneratorContext,
  cache: ReplicationGroup,
): ReplicationGroupSettings {
  if (!cache.settingsAsVariables)
    return {
      engineVersion: str(cache.engineVersion),
      port: num(cache.port),
      atRestEncryption: bool(cache.atRestEncryption.enabled),
      transitEncryption: bool(cache.transitEncryption.enabled),
    };
  return {
    engineVersion: engineVersionExpr(context, cache),
    port: portExpr(context, cache),
    atRestEncryption: setting(context, cache, 'at_rest_encryption_enabled', {
      type: 'bool',
      description: variableDescription(
        'caches.*.atRestEncryption.enabled',
        cache.id,
        'Changing it replaces the cache.',
      ),
      default: bool(cache.atRestEncryption.enabled),
    }),
    transitEncryption: transitExpr(context, cache),
  };
}
