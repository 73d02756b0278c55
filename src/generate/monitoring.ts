/**
 * monitoring.tf: CloudWatch log groups for log delivery, the SNS topic for events and alarms, and
 * CloudWatch alarms. ElastiCache publishes node metrics per member cluster (`<group>-001`,
 * `<group>-0001-001`, …), never per replication group, so alarms are made per member.
 */
import { attr, blank, block, comment, list, num, obj, raw, str } from '@/hcl/build';
import { findNodeType } from '@/model/catalog';
import type { BodyItem, Expr } from '@/hcl/ast';
import type { Cache, LogStream, Memcached, ReplicationGroup, Serverless } from '@/model/design';
import {
  declareVariable,
  hasEnvironments,
  idExpr,
  isDeclared,
  snake,
  type GeneratorContext,
} from './context';

type LogStreamName = 'slowLog' | 'engineLog';
const logTypeOf = (stream: LogStreamName) => (stream === 'slowLog' ? 'slow-log' : 'engine-log');

export const logGroupRef = (cache: Cache, stream: LogStreamName) =>
  `aws_cloudwatch_log_group.${snake(cache.id)}_${snake(logTypeOf(stream))}.name`;

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

function logGroups(context: GeneratorContext, cache: ReplicationGroup): BodyItem[] {
  return (['slowLog', 'engineLog'] as const).flatMap((stream) => {
    const settings: LogStream = cache.logs[stream];
    if (!settings.enabled || settings.destination !== 'cloudwatch-logs') return [];
    return [
      block(
        'resource',
        ['aws_cloudwatch_log_group', `${snake(cache.id)}_${snake(logTypeOf(stream))}`],
        [
          attr(
            'name',
            idExpr(context.design, `${cache.id}/${logTypeOf(stream)}`, { leading: '/aws/elasticache/' }),
          ),
          attr('retention_in_days', raw(retentionVariable(context, cache, stream, settings.retentionDays))),
        ],
      ),
      blank(),
    ];
  });
}

/** HCL text of a cache's AWS ID for use inside expressions, with `instance` naming the loop variable. */
function idText(context: GeneratorContext, cache: Cache, instance?: string): string {
  const environment = hasEnvironments(context.design) ? '${var.environment}-' : '';
  return `"${environment}${instance ? `\${${instance}}-` : ''}${cache.id}"`;
}

/**
 * An expression listing the member cluster IDs of a replication group: every member from node 1,
 * or only the replicas from node 2 (the first member of each shard starts as its primary).
 */
function memberIds(context: GeneratorContext, cache: ReplicationGroup, firstNode: 1 | 2): string {
  const id = snake(cache.id);
  const nodes = `range(${firstNode}, var.${id}_replicas_per_shard + 2)`;
  const membersOf = (groupId: string) =>
    cache.clusterMode === 'disabled'
      ? `[for node in ${nodes} : format("%s-%03d", ${groupId}, node)]`
      : `[for pair in setproduct(range(1, var.${id}_shards + 1), ${nodes}) : format("%s-%04d-%03d", ${groupId}, pair[0], pair[1])]`;
  if (cache.instances.length === 0) return membersOf(idText(context, cache));
  return `flatten([for instance in var.${id}_instances : ${membersOf(idText(context, cache, 'instance'))}])`;
}

/** An expression mapping `<cluster>-<node>` to the cluster and node IDs of every Memcached node. */
function memcachedNodes(context: GeneratorContext, cache: Memcached): string {
  const id = snake(cache.id);
  const clusters = cache.instances.length
    ? `[for instance in var.${id}_instances : ${idText(context, cache, 'instance')}]`
    : `[${idText(context, cache)}]`;
  return `{ for pair in setproduct(${clusters}, range(1, var.${id}_num_cache_nodes + 1)) : format("%s-%04d", pair[0], pair[1]) => { cluster = pair[0], node = format("%04d", pair[1]) } }`;
}

/** One CloudWatch alarm resource, repeated over the members, nodes or caches of `forEach`. */
interface AlarmSpec {
  /** Resource name suffix and alarm name suffix, e.g. `engine_cpu` → `<member>-engine-cpu`. */
  name: string;
  metric: string;
  statistic: 'Average' | 'Sum' | 'Maximum';
  threshold: Expr;
  description: string;
  /** Defaults to every member or node of the cache. */
  forEach?: string;
}

interface AlarmTarget {
  forEach: string;
  dimensions: Expr;
}

function alarmResource(
  context: GeneratorContext,
  cache: Cache,
  target: AlarmTarget,
  spec: AlarmSpec,
): BodyItem[] {
  const topic = notificationTopicRef(context);
  return [
    block(
      'resource',
      ['aws_cloudwatch_metric_alarm', `${snake(cache.id)}_${spec.name}`],
      [
        attr('for_each', raw(spec.forEach ?? target.forEach)),
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
        attr('threshold', thresholdOf(context, cache, spec)),
        attr('comparison_operator', str('GreaterThanThreshold')),
        attr('treat_missing_data', str(cache.alarms.treatMissingData)),
        ...(topic ? [attr('alarm_actions', list([raw(topic)])), attr('ok_actions', list([raw(topic)]))] : []),
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
  return raw(
    declareVariable(context, {
      name,
      type: 'number',
      description: `Threshold of the ${spec.metric} alarm of ${cache.id} (${spec.statistic} over ${ALARM_PERIOD_SECONDS} s).`,
      default: spec.threshold,
      validations: [{ condition: `var.${name} >= 0`, message: 'Must be 0 or more.' }],
    }),
  );
}

/** Alarms whose threshold is 0 are switched off. */
const enabledSpecs = (specs: (AlarmSpec | false)[]) =>
  specs.filter(
    (spec): spec is AlarmSpec =>
      spec !== false && !(spec.threshold.kind === 'number' && spec.threshold.value <= 0),
  );

/**
 * AWS: Valkey and Redis OSS run commands on one thread, so on nodes with 2 vCPUs or fewer the host CPU
 * (CPUUtilization) is the signal to watch, at 90% divided by the vCPUs.
 */
function hostCpuThreshold(nodeType: string): number | undefined {
  const vcpu = findNodeType(nodeType)?.vcpu;
  return vcpu !== undefined && vcpu <= 2 ? Math.round(90 / vcpu) : undefined;
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

function replicationGroupAlarms(context: GeneratorContext, cache: ReplicationGroup): BodyItem[] {
  const id = snake(cache.id);
  const { cpuPercent, memoryPercent, replicationLagSeconds } = cache.alarms;
  const hostCpu = hostCpuThreshold(cache.nodeType);
  const target = {
    forEach: `toset(local.${id}_members)`,
    dimensions: obj({ CacheClusterId: raw('each.key') }),
  };
  const specs = enabledSpecs([
    {
      name: 'engine_cpu',
      metric: 'EngineCPUUtilization',
      statistic: 'Average',
      threshold: num(cpuPercent),
      description: `Engine CPU above ${cpuPercent}% on a node of ${cache.id}`,
    },
    hostCpu !== undefined && {
      name: 'host_cpu',
      metric: 'CPUUtilization',
      statistic: 'Average',
      threshold: num(hostCpu),
      description: `Host CPU above ${hostCpu}% (90% divided by the vCPUs) on a node of ${cache.id}`,
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
      // Only replicas publish ReplicationLag; with no replicas (in some environment) the set is empty.
      name: 'replication_lag',
      metric: 'ReplicationLag',
      statistic: 'Maximum',
      threshold: num(replicationLagSeconds),
      description: `A replica of ${cache.id} lags its primary by more than ${replicationLagSeconds} s`,
      forEach: `toset(local.${id}_replicas)`,
    },
  ]);
  const replicaLocal = specs.some((spec) => spec.name === 'replication_lag')
    ? [attr(`${id}_replicas`, raw(memberIds(context, cache, 2)))]
    : [];
  return [
    comment(
      `ElastiCache publishes node metrics per member cluster (${cache.id}-001, …), not per replication group.`,
    ),
    block('locals', [], [attr(`${id}_members`, raw(memberIds(context, cache, 1))), ...replicaLocal]),
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
  const specs = enabledSpecs([
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
    ? `[for instance in var.${id}_instances : ${idText(context, cache, 'instance')}]`
    : `[${idText(context, cache)}]`;
  const target = { forEach: `toset(${clusterIds})`, dimensions: obj({ clusterId: raw('each.key') }) };
  const declared = (name: string) => isDeclared(context, `${id}_${name}`);
  const fraction = (percent: number) => String(percent / 100);
  const specs = enabledSpecs([
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

function cacheAlarms(context: GeneratorContext, cache: Cache): BodyItem[] {
  if (!cache.alarms.enabled) return [];
  if (cache.kind === 'replication-group') return replicationGroupAlarms(context, cache);
  if (cache.kind === 'memcached') return memcachedAlarms(context, cache);
  return serverlessAlarms(context, cache);
}

function topicResources(context: GeneratorContext): BodyItem[] {
  const { design } = context;
  if (design.notifications.topic !== 'create' || !needsTopic(design)) return [];
  const email = design.notifications.email;
  return [
    // ElastiCache and CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
    block('resource', ['aws_sns_topic', 'alerts'], [attr('name', idExpr(design, `${design.name}-alerts`))]),
    blank(),
    ...(email
      ? [
          block(
            'resource',
            ['aws_sns_topic_subscription', 'alerts_email'],
            [
              attr('topic_arn', raw('aws_sns_topic.alerts.arn')),
              attr('protocol', str('email')),
              attr(
                'endpoint',
                raw(
                  declareVariable(context, {
                    name: 'alert_email',
                    type: 'string',
                    description:
                      'Email address that receives ElastiCache events and alarms (AWS asks it to confirm).',
                    default: str(email),
                  }),
                ),
              ),
            ],
          ),
          blank(),
        ]
      : []),
  ];
}

export function monitoringFile(context: GeneratorContext): BodyItem[] {
  const items: BodyItem[] = [
    ...topicResources(context),
    ...context.design.caches.flatMap((cache) => [
      ...(cache.kind === 'replication-group' ? logGroups(context, cache) : []),
      ...cacheAlarms(context, cache),
    ]),
  ];
  while (items.at(-1)?.kind === 'blank') items.pop();
  return items;
}
