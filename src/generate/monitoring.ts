/**
 * monitoring.tf: CloudWatch log groups for log delivery, the SNS topic for events and alarms, and
 * CloudWatch alarms. ElastiCache publishes node metrics per member cluster (`<group>-001`,
 * `<group>-0001-001`, …), never per replication group, so alarms are made per member.
 */
import { attr, blank, block, comment, list, num, obj, raw, str } from '@/hcl/build';
import { findNodeType } from '@/model/catalog';
import type { BodyItem, Expr } from '@/hcl/ast';
import { renderExpr } from '@/hcl/layout';
import type { Cache, LogStream, Memcached, ReplicationGroup, Serverless } from '@/model/design';
import { resolveCache, secondaryIdBase } from '@/model/resolve';
import {
  declareVariable,
  hasEnvironments,
  idExpr,
  isDeclared,
  isGlobal,
  providerAttr,
  secondaryTarget,
  snake,
  type GeneratorContext,
  type RegionTarget,
} from './context';
import { cachesIn } from './security';

type LogStreamName = 'slowLog' | 'engineLog';
const logTypeOf = (stream: LogStreamName) => (stream === 'slowLog' ? 'slow-log' : 'engine-log');

const logGroupName = (cache: Cache, stream: LogStreamName, target: RegionTarget) =>
  `${snake(cache.id)}${target.suffix}_${snake(logTypeOf(stream))}`;

/** The log group a member of `cache` in `target`'s region delivers `stream` to. */
export const logGroupRef = (cache: Cache, stream: LogStreamName, target: RegionTarget) =>
  `aws_cloudwatch_log_group.${logGroupName(cache, stream, target)}.name`;

function needsTopic(design: GeneratorContext['design']): boolean {
  return design.caches.some(
    (cache) => cache.alarms.enabled || ('notifications' in cache && cache.notifications),
  );
}

/** The ARN expression of the notification topic, or undefined when the design sends none. */
export function notificationTopicRef(context: GeneratorContext): string | undefined {
  const { notifications } = context.design;
  if (notifications.topic === 'none' || !needsTopic(context.design)) return undefined;
  if (notifications.topic === 'create') return 'aws_sns_topic.alerts.arn';
  return declareVariable(context, {
    name: 'notification_topic_arn',
    type: 'string',
    description: 'ARN of the existing SNS topic that receives ElastiCache events and alarms.',
    default: str(notifications.topicArn ?? ''),
  });
}

/** Global datastore secondary regions whose caches raise alarms: each needs a topic of its own. */
function alarmedSecondaryRegions(context: GeneratorContext): RegionTarget[] {
  return context.regions.filter(
    (target) => target.alias && cachesIn(context, target).some((cache) => cache.alarms.enabled),
  );
}

/**
 * The alarm actions in a region, or undefined when the design notifies no one. CloudWatch notifies
 * only topics of its own region, so a secondary region gets its own topic (or its own existing ARN).
 */
function alarmActions(context: GeneratorContext, target: RegionTarget): Expr | undefined {
  const primaryTopic = notificationTopicRef(context);
  if (!primaryTopic) return undefined;
  if (!target.alias) return list([raw(primaryTopic)]);
  if (context.design.notifications.topic === 'create')
    return list([raw(`aws_sns_topic.alerts${target.suffix}.arn`)]);
  const topic = declareVariable(context, {
    name: `notification_topic_arn${target.suffix}`,
    type: 'string',
    description: `ARN of an existing SNS topic in ${target.region} for the alarms of the caches there (CloudWatch notifies topics of its own region only); empty: those alarms notify no one.`,
    default: str(''),
  });
  return raw(`compact([${topic}])`);
}

/** The values CloudWatch Logs (and the provider's plan-time check) accept; 0 keeps entries forever. */
const LOG_RETENTION_DAYS = [
  0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

const retentionVariable = (context: GeneratorContext, cache: Cache, stream: LogStreamName, days: number) => {
  const name = `${snake(cache.id)}_${snake(logTypeOf(stream))}_retention_in_days`;
  return declareVariable(context, {
    name,
    type: 'number',
    description: `Days the ${logTypeOf(stream)} log group of ${cache.id} keeps entries (0: forever).`,
    default: num(days),
    validations: [
      {
        condition: `contains([${LOG_RETENTION_DAYS.join(', ')}], var.${name})`,
        message: `Must be one of the retention periods CloudWatch Logs offers: ${LOG_RETENTION_DAYS.join(', ')}.`,
      },
    ],
  });
};

function logGroups(context: GeneratorContext, cache: ReplicationGroup, site: MemberSite): BodyItem[] {
  const provider = providerAttr(site.target);
  return (['slowLog', 'engineLog'] as const).flatMap((stream) => {
    const settings: LogStream = cache.logs[stream];
    if (!settings.enabled || settings.destination !== 'cloudwatch-logs') return [];
    return [
      block(
        'resource',
        ['aws_cloudwatch_log_group', logGroupName(cache, stream, site.target)],
        [
          ...(provider ? [attr('provider', raw(provider)), blank()] : []),
          attr(
            'name',
            idExpr(context.design, `${site.idBase}/${logTypeOf(stream)}`, { leading: '/aws/elasticache/' }),
          ),
          attr('retention_in_days', raw(retentionVariable(context, cache, stream, settings.retentionDays))),
        ],
      ),
      blank(),
    ];
  });
}

/** HCL text of the AWS ID `base` for use inside expressions, with `instance` naming the loop variable. */
function idText(context: GeneratorContext, base: string, instance?: string): string {
  const environment = hasEnvironments(context.design) ? '${var.environment}-' : '';
  return `"${environment}${instance ? `\${${instance}}-` : ''}${base}"`;
}

/**
 * Where members of a replication group run: the primary group in the design's region, or a global
 * datastore secondary (its own ID and replica count, the global datastore's shards) in its region.
 */
interface MemberSite {
  target: RegionTarget;
  /** The group's AWS ID before environment and instance prefixes. */
  idBase: string;
  /** The expression counting replicas per shard there. */
  replicas: string;
}

function memberSites(context: GeneratorContext, cache: ReplicationGroup): MemberSite[] {
  const id = snake(cache.id);
  const primary = { target: context.regions[0]!, idBase: cache.id, replicas: `var.${id}_replicas_per_shard` };
  if (!isGlobal(cache)) return [primary];
  return [
    primary,
    ...cache.globalDatastore.secondaries.map((secondary) => {
      const target = secondaryTarget(context, secondary.region);
      return {
        target,
        idBase: secondaryIdBase(cache, secondary),
        replicas: `var.${id}_replicas_per_shard${target.suffix}`,
      };
    }),
  ];
}

/**
 * An expression listing the member cluster IDs of a replication group at a site. Every member, not
 * only the first replicas: a failover makes a primary of a replica and a replica of the old primary.
 */
function memberIds(context: GeneratorContext, cache: ReplicationGroup, site: MemberSite): string {
  const id = snake(cache.id);
  const nodes = `range(1, ${site.replicas} + 2)`;
  const membersOf = (groupId: string) =>
    cache.clusterMode === 'disabled'
      ? `[for node in ${nodes} : format("%s-%03d", ${groupId}, node)]`
      : `[for pair in setproduct(range(1, var.${id}_shards + 1), ${nodes}) : format("%s-%04d-%03d", ${groupId}, pair[0], pair[1])]`;
  if (cache.instances.length === 0) return membersOf(idText(context, site.idBase));
  return `flatten([for instance in var.${id}_instances : ${membersOf(idText(context, site.idBase, 'instance'))}])`;
}

/** An expression mapping `<cluster>-<node>` to the cluster and node IDs of every Memcached node. */
function memcachedNodes(context: GeneratorContext, cache: Memcached): string {
  const id = snake(cache.id);
  const clusters = cache.instances.length
    ? `[for instance in var.${id}_instances : ${idText(context, cache.id, 'instance')}]`
    : `[${idText(context, cache.id)}]`;
  return `{ for pair in setproduct(${clusters}, range(1, var.${id}_num_cache_nodes + 1)) : format("%s-%04d", pair[0], pair[1]) => { cluster = pair[0], node = format("%04d", pair[1]) } }`;
}

/** One CloudWatch alarm resource, repeated over the members, nodes or caches of `forEach`. */
interface AlarmSpec {
  /** Resource name suffix and alarm name suffix, e.g. `engine_cpu` → `<member>-engine-cpu`. */
  name: string;
  metric: string;
  statistic: 'Average' | 'Sum' | 'Maximum';
  threshold: Expr;
  /** The threshold in each environment's tfvars, where it follows the environment's sizing (0: off). */
  thresholdIn?: (environment: string) => number;
  description: string;
  /** Overrides the cache's choice, for a metric some members never publish. */
  treatMissingData?: 'notBreaching';
}

interface AlarmTarget {
  forEach: string;
  dimensions: Expr;
  /** The region of the alarmed members; the design's own when undefined. */
  region?: RegionTarget;
}

function alarmResource(
  context: GeneratorContext,
  cache: Cache,
  target: AlarmTarget,
  spec: AlarmSpec,
): BodyItem[] {
  const region = target.region ?? context.regions[0]!;
  const actions = alarmActions(context, region);
  const provider = providerAttr(region);
  const threshold = thresholdOf(context, cache, spec);
  return [
    block(
      'resource',
      ['aws_cloudwatch_metric_alarm', `${snake(cache.id)}${region.suffix}_${spec.name}`],
      [
        ...(provider ? [attr('provider', raw(provider)), blank()] : []),
        attr(
          'for_each',
          raw(
            spec.thresholdIn
              ? `${renderExpr(threshold)} > 0 ? ${target.forEach} : toset([])`
              : target.forEach,
          ),
        ),
        blank(),
        attr('alarm_name', {
          kind: 'template',
          parts: [{ interpolate: 'each.key' }, { literal: `-${spec.name.replace(/_/g, '-')}` }],
        }),
        attr('alarm_description', str(spec.description)),
        attr('namespace', str('AWS/ElastiCache')),
        attr('metric_name', str(spec.metric)),
        attr('dimensions', target.dimensions),
        attr('statistic', str(spec.statistic)),
        attr('period', num(ALARM_PERIOD_SECONDS)),
        attr('evaluation_periods', num(cache.alarms.evaluationPeriods)),
        attr('threshold', threshold),
        attr('comparison_operator', str('GreaterThanThreshold')),
        attr('treat_missing_data', str(spec.treatMissingData ?? cache.alarms.treatMissingData)),
        ...(actions ? [attr('alarm_actions', actions), attr('ok_actions', actions)] : []),
      ],
    ),
    blank(),
  ];
}

const ALARM_PERIOD_SECONDS = 300;

/** A fixed threshold becomes a variable with the design's value as its default; a derived one stays. */
function thresholdOf(context: GeneratorContext, cache: Cache, spec: AlarmSpec): Expr {
  if (spec.threshold.kind !== 'number') return spec.threshold;
  const name = `${snake(cache.id)}_${spec.name}_threshold`;
  const { thresholdIn } = spec;
  return raw(
    declareVariable(context, {
      name,
      type: 'number',
      description: `Threshold of the ${spec.metric} alarm of ${cache.id} (${spec.statistic} over ${ALARM_PERIOD_SECONDS} s)${thresholdIn ? '; 0 turns it off' : ''}.`,
      default: spec.threshold,
      validations: [{ condition: `var.${name} >= 0`, message: 'Must be 0 or more.' }],
      ...(thresholdIn && {
        tfvarsValue: (environment: string | undefined) =>
          environment === undefined ? undefined : num(thresholdIn(environment)),
      }),
    }),
  );
}

/** Alarms whose threshold is 0 are switched off (in every environment, for one that varies). */
const enabledSpecs = (context: GeneratorContext, specs: (AlarmSpec | false)[]) =>
  specs.filter((spec): spec is AlarmSpec => {
    if (spec === false) return false;
    const thresholds = [
      spec.threshold.kind === 'number' ? spec.threshold.value : 1,
      ...(spec.thresholdIn ? context.design.environments.map((env) => spec.thresholdIn!(env.name)) : []),
    ];
    return thresholds.some((threshold) => threshold > 0);
  });

/**
 * AWS: Valkey and Redis OSS run commands on one thread, so on nodes with 2 vCPUs or fewer the host CPU
 * (CPUUtilization) is the signal to watch, at 90% divided by the vCPUs; 0 (no alarm) on bigger nodes.
 */
function hostCpuThreshold(nodeType: string): number {
  const vcpu = findNodeType(nodeType)?.vcpu;
  return vcpu !== undefined && vcpu <= 2 ? Math.round(90 / vcpu) : 0;
}

/** Evictions and connections: watched alike on Valkey, Redis OSS and Memcached nodes. */
function loadSpecs(cache: ReplicationGroup | Memcached): AlarmSpec[] {
  const { evictions, connections } = cache.alarms;
  return [
    {
      name: 'evictions',
      metric: 'Evictions',
      statistic: 'Sum',
      threshold: num(evictions),
      description: `More than ${evictions} evictions in 5 minutes on a node of ${cache.id}`,
    },
    {
      name: 'connections',
      metric: 'CurrConnections',
      statistic: 'Maximum',
      threshold: num(connections),
      description: `More than ${connections} client connections on a node of ${cache.id}`,
    },
  ];
}

function replicationGroupAlarms(
  context: GeneratorContext,
  cache: ReplicationGroup,
  site: MemberSite,
): BodyItem[] {
  const members = `${snake(cache.id)}${site.target.suffix}_members`;
  const { cpuPercent, memoryPercent, replicationLagSeconds } = cache.alarms;
  const target = {
    forEach: `toset(local.${members})`,
    dimensions: obj({ CacheClusterId: raw('each.key') }),
    region: site.target,
  };
  const specs = enabledSpecs(context, [
    {
      name: 'engine_cpu',
      metric: 'EngineCPUUtilization',
      statistic: 'Average',
      threshold: num(cpuPercent),
      description: `Engine CPU above ${cpuPercent}% on a node of ${cache.id}`,
    },
    {
      name: 'host_cpu',
      metric: 'CPUUtilization',
      statistic: 'Average',
      threshold: num(hostCpuThreshold(cache.nodeType)),
      // Environments may size the cache differently (global datastores have none: one node type).
      ...(hasEnvironments(context.design) && {
        thresholdIn: (environment: string) =>
          hostCpuThreshold(resolveCache(context.design, cache, environment).nodeType),
      }),
      description: `Host CPU above 90% divided by the vCPUs (2 or fewer) of a node of ${cache.id}`,
    },
    {
      name: 'memory',
      metric: 'DatabaseMemoryUsagePercentage',
      statistic: 'Average',
      threshold: num(memoryPercent),
      description: `Memory use above ${memoryPercent}% on a node of ${cache.id}`,
    },
    ...loadSpecs(cache),
    {
      // Only replicas publish ReplicationLag, and which members are replicas changes with each failover.
      name: 'replication_lag',
      metric: 'ReplicationLag',
      statistic: 'Maximum',
      threshold: num(replicationLagSeconds),
      treatMissingData: 'notBreaching',
      description: `A replica of ${cache.id} lags its primary by more than ${replicationLagSeconds} s`,
    },
  ]);
  return [
    comment(
      `ElastiCache publishes node metrics per member cluster (${site.idBase}-001, …), not per replication group.`,
    ),
    block('locals', [], [attr(members, raw(memberIds(context, cache, site)))]),
    blank(),
    ...specs.flatMap((spec) => alarmResource(context, cache, target, spec)),
  ];
}

function memcachedAlarms(context: GeneratorContext, cache: Memcached): BodyItem[] {
  const id = snake(cache.id);
  const { cpuPercent } = cache.alarms;
  const target = {
    forEach: `local.${id}_nodes`,
    dimensions: obj({ CacheClusterId: raw('each.value.cluster'), CacheNodeId: raw('each.value.node') }),
  };
  const specs = enabledSpecs(context, [
    {
      name: 'cpu',
      metric: 'CPUUtilization',
      statistic: 'Average',
      threshold: num(cpuPercent),
      description: `CPU above ${cpuPercent}% on a node of ${cache.id}`,
    },
    ...loadSpecs(cache),
  ]);
  return [
    comment('Memcached metrics are published per node: cluster ID plus node ID (0001, 0002, …).'),
    block('locals', [], [attr(`${id}_nodes`, raw(memcachedNodes(context, cache)))]),
    blank(),
    ...specs.flatMap((spec) => alarmResource(context, cache, target, spec)),
  ];
}

function serverlessAlarms(context: GeneratorContext, cache: Serverless): BodyItem[] {
  const id = snake(cache.id);
  const { cpuPercent, memoryPercent } = cache.alarms;
  const clusterIds = cache.instances.length
    ? `[for instance in var.${id}_instances : ${idText(context, cache.id, 'instance')}]`
    : `[${idText(context, cache.id)}]`;
  const target = { forEach: `toset(${clusterIds})`, dimensions: obj({ clusterId: raw('each.key') }) };
  const declared = (name: string) => isDeclared(context, `${id}_${name}`);
  const fraction = (percent: number) => String(percent / 100);
  const specs = enabledSpecs(context, [
    {
      name: 'throttled',
      metric: 'ThrottledCmds',
      statistic: 'Sum',
      threshold: num(0.5),
      description: `Requests to ${cache.id} throttled: it reached its ECPU or storage limit`,
    },
    declared('max_ecpu_per_second') && {
      name: 'ecpu',
      metric: 'ElastiCacheProcessingUnits',
      statistic: 'Sum',
      // ECPUs consumed in a period, against the per-second limit over the same period.
      threshold: raw(`var.${id}_max_ecpu_per_second * ${ALARM_PERIOD_SECONDS} * ${fraction(cpuPercent)}`),
      description: `${cache.id} uses more than ${cpuPercent}% of its ECPU limit`,
    },
    declared('max_data_storage_gb') && {
      name: 'storage',
      metric: 'BytesUsedForCache',
      statistic: 'Maximum',
      threshold: raw(`var.${id}_max_data_storage_gb * 1000000000 * ${fraction(memoryPercent)}`),
      description: `${cache.id} holds more than ${memoryPercent}% of its storage limit`,
    },
  ]);
  return specs.flatMap((spec) => alarmResource(context, cache, target, spec));
}

function cacheMonitoring(context: GeneratorContext, cache: Cache): BodyItem[] {
  if (cache.kind === 'replication-group')
    return memberSites(context, cache).flatMap((site) => [
      ...logGroups(context, cache, site),
      ...(cache.alarms.enabled ? replicationGroupAlarms(context, cache, site) : []),
    ]);
  if (!cache.alarms.enabled) return [];
  if (cache.kind === 'memcached') return memcachedAlarms(context, cache);
  return serverlessAlarms(context, cache);
}

/** Deliberately loose: AWS checks an address by mailing it; this catches a name or a list typed as one. */
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const ALARM_EMAILS_VARIABLE = 'alarm_email_addresses';

/** The topic a region's alarms notify, subscribed by the alarm email addresses. */
function regionTopic(context: GeneratorContext, target: RegionTarget, addresses: string): BodyItem[] {
  const provider = providerAttr(target);
  const providerLine = provider ? [attr('provider', raw(provider)), blank()] : [];
  return [
    block(
      'resource',
      ['aws_sns_topic', `alerts${target.suffix}`],
      [...providerLine, attr('name', idExpr(context.design, `${context.design.name}-alerts`))],
    ),
    blank(),
    block(
      'resource',
      ['aws_sns_topic_subscription', `alerts_email${target.suffix}`],
      [
        ...providerLine,
        attr('for_each', raw(`toset(${addresses})`)),
        blank(),
        attr('topic_arn', raw(`aws_sns_topic.alerts${target.suffix}.arn`)),
        attr('protocol', str('email')),
        attr('endpoint', raw('each.key')),
      ],
    ),
    blank(),
  ];
}

function topicResources(context: GeneratorContext): BodyItem[] {
  const { design } = context;
  if (design.notifications.topic !== 'create' || !needsTopic(design)) return [];
  const email = design.notifications.email;
  const addresses = declareVariable(context, {
    name: ALARM_EMAILS_VARIABLE,
    type: 'list(string)',
    description:
      'Email addresses subscribed to the ElastiCache events and alarms; AWS mails each a link to confirm first.',
    default: list(email ? [str(email)] : []),
    validations: [
      {
        condition: `alltrue([for address in var.${ALARM_EMAILS_VARIABLE} : can(regex(${JSON.stringify(EMAIL_PATTERN.source)}, address))])`,
        message: 'Each entry must be an email address such as ops@example.com.',
      },
    ],
  });
  // ElastiCache and CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
  return [context.regions[0]!, ...alarmedSecondaryRegions(context)].flatMap((target) =>
    regionTopic(context, target, addresses),
  );
}

/** The ARN of the topic each secondary region's alarms notify, by region suffix, for outputs.tf. */
export function secondaryTopicRefs(context: GeneratorContext): { target: RegionTarget; ref: string }[] {
  if (context.design.notifications.topic !== 'create' || !needsTopic(context.design)) return [];
  return alarmedSecondaryRegions(context).map((target) => ({
    target,
    ref: `aws_sns_topic.alerts${target.suffix}.arn`,
  }));
}

export function monitoringFile(context: GeneratorContext): BodyItem[] {
  const items: BodyItem[] = [
    ...topicResources(context),
    ...context.design.caches.flatMap((cache) => cacheMonitoring(context, cache)),
  ];
  while (items.at(-1)?.kind === 'blank') items.pop();
  return items;
}
