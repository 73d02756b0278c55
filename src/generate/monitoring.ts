/**
 * monitoring.tf: CloudWatch log groups for log delivery, the SNS topic for events and alarms, and
 * CloudWatch alarms. ElastiCache publishes node metrics per member cluster (`<group>-001`,
 * `<group>-0001-001`, …), never per replication group, so alarms are made per member.
 */
import { attr, blank, block, list, num, obj, raw, str } from '@/hcl/build';
import type { BodyItem, Expr } from '@/hcl/ast';
import type { Cache, LogStream, Memcached, ReplicationGroup } from '@/model/design';
import { declareVariable, hasEnvironments, idExpr, snake, type GeneratorContext } from './context';

type LogStreamName = 'slowLog' | 'engineLog';
const logTypeOf = (stream: LogStreamName) => (stream === 'slowLog' ? 'slow-log' : 'engine-log');

export const logGroupRef = (cache: Cache, stream: LogStreamName) =>
  `aws_cloudwatch_log_group.${snake(cache.id)}_${snake(logTypeOf(stream))}.name`;

function needsTopic(design: GeneratorContext['design']): boolean {
  return design.caches.some((cache) => cache.alarms.enabled || ('notifications' in cache && cache.notifications));
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

function logGroups(context: GeneratorContext, cache: ReplicationGroup): BodyItem[] {
  return (['slowLog', 'engineLog'] as const).flatMap((stream) => {
    const settings: LogStream = cache.logs[stream];
    if (!settings.enabled || settings.destination !== 'cloudwatch-logs') return [];
    return [
      block('resource', ['aws_cloudwatch_log_group', `${snake(cache.id)}_${snake(logTypeOf(stream))}`], [
        attr('name', idExpr(context.design, `${cache.id}/${logTypeOf(stream)}`, { leading: '/aws/elasticache/' })),
        attr('retention_in_days', num(settings.retentionDays)),
      ]),
      blank(),
    ];
  });
}

/** HCL text of a cache's AWS ID for use inside expressions, with `instance` naming the loop variable. */
function idText(context: GeneratorContext, cache: Cache, instance?: string): string {
  const environment = hasEnvironments(context.design) ? '${var.environment}-' : '';
  return `"${environment}${instance ? `\${${instance}}-` : ''}${cache.id}"`;
}

/** An expression listing every member cluster ID of a replication group. */
function memberIds(context: GeneratorContext, cache: ReplicationGroup): string {
  const id = snake(cache.id);
  const nodes = `range(1, var.${id}_replicas_per_shard + 2)`;
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

interface AlarmSpec {
  resource: string;
  forEach: string;
  description: string;
  metric: string;
  statistic: 'Average' | 'Sum' | 'Maximum';
  threshold: number;
  dimensions: Expr;
  alarmName: Expr;
}

function alarm(context: GeneratorContext, cache: Cache, spec: AlarmSpec): BodyItem[] {
  const topic = notificationTopicRef(context);
  return [
    block('resource', ['aws_cloudwatch_metric_alarm', spec.resource], [
      attr('for_each', raw(spec.forEach)),
      blank(),
      attr('alarm_name', spec.alarmName),
      attr('alarm_description', str(spec.description)),
      attr('namespace', str('AWS/ElastiCache')),
      attr('metric_name', str(spec.metric)),
      attr('dimensions', spec.dimensions),
      attr('statistic', str(spec.statistic)),
      attr('period', num(300)),
      attr('evaluation_periods', num(cache.alarms.evaluationPeriods)),
      attr('threshold', num(spec.threshold)),
      attr('comparison_operator', str('GreaterThanThreshold')),
      attr('treat_missing_data', str('missing')),
      ...(topic ? [attr('alarm_actions', list([raw(topic)])), attr('ok_actions', list([raw(topic)]))] : []),
    ]),
    blank(),
  ];
}

const eachKeyName = (suffix: string): Expr => ({ kind: 'template', parts: [{ interpolate: 'each.key' }, { literal: suffix }] });

function cacheAlarms(context: GeneratorContext, cache: Cache): BodyItem[] {
  if (!cache.alarms.enabled) return [];
  const id = snake(cache.id);
  const { cpuPercent, memoryPercent, evictions } = cache.alarms;
  if (cache.kind === 'replication-group') {
    const forEach = `toset(local.${id}_members)`;
    const perMember = (resource: string, suffix: string, metric: string, statistic: AlarmSpec['statistic'], threshold: number, description: string) =>
      alarm(context, cache, {
        resource: `${id}_${resource}`,
        forEach,
        description,
        metric,
        statistic,
        threshold,
        dimensions: obj({ CacheClusterId: raw('each.key') }),
        alarmName: eachKeyName(suffix),
      });
    return [
      block('locals', [], [attr(`${id}_members`, raw(memberIds(context, cache)))]),
      blank(),
      ...perMember('engine_cpu', '-engine-cpu', 'EngineCPUUtilization', 'Average', cpuPercent, `Engine CPU of a ${cache.id} node above ${cpuPercent}%`),
      ...perMember('memory', '-memory', 'DatabaseMemoryUsagePercentage', 'Average', memoryPercent, `Memory use of a ${cache.id} node above ${memoryPercent}%`),
      ...(evictions > 0
        ? perMember('evictions', '-evictions', 'Evictions', 'Sum', evictions, `More than ${evictions} evictions in 5 minutes on a ${cache.id} node`)
        : []),
    ];
  }
  if (cache.kind === 'memcached') {
    const perNode = (resource: string, suffix: string, metric: string, statistic: AlarmSpec['statistic'], threshold: number, description: string) =>
      alarm(context, cache, {
        resource: `${id}_${resource}`,
        forEach: `local.${id}_nodes`,
        description,
        metric,
        statistic,
        threshold,
        dimensions: obj({ CacheClusterId: raw('each.value.cluster'), CacheNodeId: raw('each.value.node') }),
        alarmName: eachKeyName(suffix),
      });
    return [
      block('locals', [], [attr(`${id}_nodes`, raw(memcachedNodes(context, cache)))]),
      blank(),
      ...perNode('cpu', '-cpu', 'CPUUtilization', 'Average', cpuPercent, `CPU of a ${cache.id} node above ${cpuPercent}%`),
      ...(evictions > 0
        ? perNode('evictions', '-evictions', 'Evictions', 'Sum', evictions, `More than ${evictions} evictions in 5 minutes on a ${cache.id} node`)
        : []),
    ];
  }
  const clusterIds = cache.instances.length
    ? `[for instance in var.${id}_instances : ${idText(context, cache, 'instance')}]`
    : `[${idText(context, cache)}]`;
  return alarm(context, cache, {
    resource: `${id}_throttled`,
    forEach: `toset(${clusterIds})`,
    description: `Requests to ${cache.id} throttled: it reached its ECPU or storage limit`,
    metric: 'ThrottledCmds',
    statistic: 'Sum',
    threshold: 0,
    dimensions: obj({ clusterId: raw('each.key') }),
    alarmName: eachKeyName('-throttled'),
  });
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
          block('resource', ['aws_sns_topic_subscription', 'alerts_email'], [
            attr('topic_arn', raw('aws_sns_topic.alerts.arn')),
            attr('protocol', str('email')),
            attr(
              'endpoint',
              raw(
                declareVariable(context, {
                  name: 'alert_email',
                  type: 'string',
                  description: 'Email address that receives ElastiCache events and alarms (AWS asks it to confirm).',
                  default: str(email),
                }),
              ),
            ),
          ]),
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
