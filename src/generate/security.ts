/**
 * security.tf: one security group per region whose ingress rules admit the design's clients on the
 * cache ports (rule resources, not inline blocks, so each is managed on its own), and a customer-managed
 * KMS key per region when a cache asks for one.
 */
import { attr, blank, block, list, nul, num, obj, raw, str } from '@/hcl/build';
import type { BodyItem, Expr } from '@/hcl/ast';
import { renderExpr } from '@/hcl/layout';
import type { Cache } from '@/model/design';
import { securityGroupNamePrefix } from '@/model/resolve';
import {
  declareVariable,
  idExpr,
  isGlobal,
  providerAttr,
  snake,
  type GeneratorContext,
  type RegionTarget,
} from './context';
import { networkRefs } from './network';
import { portExpr } from './settings-variables';

/** Ports a cache listens on; serverless Valkey/Redis also serve reads on the next port. */
export function cachePorts(cache: Cache): number[] {
  if (cache.kind === 'serverless') return cache.engine === 'memcached' ? [11211, 11212] : [6379, 6380];
  return [cache.port];
}

/** The ports of the caches as expressions (a port variable where a cache exposes one), sorted, unique. */
function portExprs(context: GeneratorContext, caches: readonly Cache[]): Expr[] {
  const byText = new Map<string, { order: number; expr: Expr }>();
  for (const cache of caches) {
    const ports =
      cache.kind === 'serverless'
        ? cachePorts(cache).map((port) => ({ order: port, expr: num(port) }))
        : [{ order: cache.port, expr: portExpr(context, cache) }];
    for (const port of ports) byText.set(renderExpr(port.expr), port);
  }
  return [...byText.values()].sort((a, b) => a.order - b.order).map((port) => port.expr);
}

/** The caches that have members in a region: all of them in the primary, global ones in secondaries. */
export function cachesIn(context: GeneratorContext, target: RegionTarget): Cache[] {
  if (!target.alias) return context.design.caches;
  return context.design.caches.filter(
    (cache) =>
      isGlobal(cache) &&
      cache.globalDatastore.secondaries.some((secondary) => secondary.region === target.region),
  );
}

export function usesCustomerKey(cache: Cache): boolean {
  if (cache.kind === 'replication-group')
    return cache.atRestEncryption.enabled && cache.atRestEncryption.kmsKey.mode === 'create';
  return cache.kind === 'serverless' && cache.kmsKey.mode === 'create';
}

export const securityGroupRef = (target: RegionTarget) => `aws_security_group.cache${target.suffix}.id`;
/** The security group of one service's copy of a stamped cache (`each.key` in the cache's loop). */
export const serviceSecurityGroupRef = (cache: Cache) => `aws_security_group.${snake(cache.id)}[each.key].id`;

/** Caches sharing a region's security group: stamped caches have one per service. */
const sharesGroup = (cache: Cache) => cache.instances.length === 0;
export const hasSharedGroup = (context: GeneratorContext, target: RegionTarget) =>
  cachesIn(context, target).some(sharesGroup);
export const kmsKeyRef = (target: RegionTarget) => `aws_kms_key.cache${target.suffix}.arn`;

/**
 * Clients allowed into a global datastore secondary: by default its own VPC (where that region's
 * application runs), or the CIDR blocks the caller sets.
 */
function secondaryClientCidrs(context: GeneratorContext, target: RegionTarget, vpcCidr: string): string {
  const name = `allowed_cidr_blocks${target.suffix}`;
  declareVariable(context, {
    name,
    type: 'list(string)',
    description: `IPv4 CIDR blocks of the clients allowed to connect to the caches in ${target.region}; null (the default) allows the VPC's own CIDR block.`,
    default: nul(),
    validations: [
      {
        condition: `alltrue([for cidr in coalesce(var.${name}, []) : can(cidrnetmask(cidr))])`,
        message: 'Each entry must be an IPv4 CIDR block such as 10.0.0.0/16.',
      },
    ],
  });
  return `coalesce(var.${name}, [${vpcCidr}])`;
}

function regionSecurity(context: GeneratorContext, target: RegionTarget): BodyItem[] {
  const { design } = context;
  const caches = cachesIn(context, target);
  if (caches.length === 0) return [];
  const refs = networkRefs(context, target);
  const primary = !target.alias;
  const cidrs = primary
    ? declareVariable(context, {
        name: 'allowed_cidr_blocks',
        type: 'list(string)',
        description: 'IPv4 CIDR blocks of the clients allowed to connect to the caches.',
        default: list(
          (design.clients.cidrBlocks.length ? design.clients.cidrBlocks : [design.network.vpcCidr]).map(
            (cidr) => str(cidr),
          ),
        ),
        validations: [
          {
            condition: 'alltrue([for cidr in var.allowed_cidr_blocks : can(cidrnetmask(cidr))])',
            message: 'Each entry must be an IPv4 CIDR block such as 10.0.0.0/16.',
          },
        ],
      })
    : secondaryClientCidrs(context, target, refs.vpcCidr);
  const groups = primary
    ? declareVariable(context, {
        name: 'allowed_security_group_ids',
        type: 'list(string)',
        description:
          'Security groups (for example of the application) whose members may connect to the caches.',
        default: list(design.clients.securityGroupIds.map((id) => str(id))),
      })
    : undefined;
  const provider = providerAttr(target);
  const providerLine = provider ? [attr('provider', raw(provider)), blank()] : [];
  const portsLocal = `cache_ports${target.suffix}`;
  const ingress = (name: string, sources: string, sourceAttribute: string, label: string): BodyItem =>
    block(
      'resource',
      ['aws_vpc_security_group_ingress_rule', `${name}${target.suffix}`],
      [
        ...providerLine,
        attr(
          'for_each',
          raw(
            `{ for pair in setproduct(local.${portsLocal}, ${sources}) : "${'${pair[0]}'}-${'${pair[1]}'}" => pair }`,
          ),
        ),
        blank(),
        attr('security_group_id', raw(securityGroupRef(target))),
        attr('description', raw(`"${label} ${'${each.value[1]}'} on port ${'${each.value[0]}'}"`)),
        attr('ip_protocol', str('tcp')),
        attr('from_port', raw('each.value[0]')),
        attr('to_port', raw('each.value[0]')),
        attr(sourceAttribute, raw('each.value[1]')),
      ],
    );
  const shared = caches.filter(sharesGroup);
  const items: BodyItem[] = shared.length
    ? [
        block('locals', [], [attr(portsLocal, list(portExprs(context, shared)))]),
        blank(),
        block(
          'resource',
          ['aws_security_group', `cache${target.suffix}`],
          [
            ...providerLine,
            attr('name_prefix', str(securityGroupNamePrefix(design))),
            attr('description', str(`ElastiCache ${design.name}: only the listed clients may connect`)),
            attr('vpc_id', raw(refs.vpcId)),
            blank(),
            attr('tags', obj({ Name: str(`${design.name}-cache`) })),
            blank(),
            // A replacement group must exist before the caches let go of the old one.
            block('lifecycle', [], [attr('create_before_destroy', raw('true'))]),
          ],
        ),
        blank(),
        ingress('clients_cidr', cidrs, 'cidr_ipv4', 'Clients in'),
        ...(groups
          ? [blank(), ingress('clients_sg', groups, 'referenced_security_group_id', 'Members of')]
          : []),
      ]
    : [];
  // Stamped caches exist only in the primary region: a global datastore has no instances (its rule says
  // so), and the preview of such a design still renders one service group per cache, not one per region.
  for (const cache of primary ? caches.filter((candidate) => !sharesGroup(candidate)) : [])
    items.push(
      ...(items.length ? [blank()] : []),
      ...serviceSecurity(context, cache, refs.vpcId, cidrs, groups),
    );
  if (caches.some(usesCustomerKey)) {
    items.push(
      blank(),
      block(
        'resource',
        ['aws_kms_key', `cache${target.suffix}`],
        [
          ...providerLine,
          attr('description', str(`Encrypts the ElastiCache data of ${design.name} at rest`)),
          attr('deletion_window_in_days', num(30)),
          attr('enable_key_rotation', raw('true')),
        ],
      ),
      blank(),
      block(
        'resource',
        ['aws_kms_alias', `cache${target.suffix}`],
        [
          ...providerLine,
          attr('name', idExpr(design, `${design.name}-elasticache`, { leading: 'alias/' })),
          attr('target_key_id', raw(`aws_kms_key.cache${target.suffix}.key_id`)),
        ],
      ),
    );
  }
  return items;
}

/**
 * A stamped cache's own security group per service, with its own rules: the service's clients, which
 * default to the design's. So one service's network access does not reach another service's copy.
 */
function serviceSecurity(
  context: GeneratorContext,
  cache: Cache,
  vpcId: string,
  cidrs: string,
  groups: string | undefined,
): BodyItem[] {
  const { design } = context;
  const id = snake(cache.id);
  const instances = `var.${id}_instances`;
  const clientsVariable = (field: string, what: string, fallback: string) =>
    declareVariable(context, {
      name: `${id}_service_${field}`,
      type: 'map(list(string))',
      description: `${what} allowed to connect to each service's ${cache.id}, keyed by service; a service not listed allows ${fallback}.`,
      default: obj([]),
    });
  const ports = renderExpr(list(portExprs(context, [cache])));
  const ingress = (name: string, sourcesOf: string, sourceAttribute: string, label: string): BodyItem[] => [
    blank(),
    block(
      'resource',
      ['aws_vpc_security_group_ingress_rule', `${id}_${name}`],
      [
        attr(
          'for_each',
          raw(
            `{ for rule in flatten([for service in ${instances} : [for pair in setproduct(${ports}, ${sourcesOf}) : { service = service, port = pair[0], source = pair[1] }]]) : "${'${rule.service}'}-${'${rule.port}'}-${'${rule.source}'}" => rule }`,
          ),
        ),
        blank(),
        attr('security_group_id', raw(`aws_security_group.${id}[each.value.service].id`)),
        attr('description', raw(`"${label} ${'${each.value.source}'} on port ${'${each.value.port}'}"`)),
        attr('ip_protocol', str('tcp')),
        attr('from_port', raw('each.value.port')),
        attr('to_port', raw('each.value.port')),
        attr(sourceAttribute, raw('each.value.source')),
      ],
    ),
  ];
  const serviceCidrs = clientsVariable('cidr_blocks', 'IPv4 CIDR blocks', 'those of allowed_cidr_blocks');
  const items: BodyItem[] = [
    block(
      'resource',
      ['aws_security_group', id],
      [
        attr('for_each', raw(`toset(${instances})`)),
        blank(),
        attr('name_prefix', raw(`"${securityGroupNamePrefix(design)}${'${each.key}'}-"`)),
        attr(
          'description',
          raw(
            `"ElastiCache ${design.name}: only the clients of ${'${each.key}'} may connect to its ${cache.id}"`,
          ),
        ),
        attr('vpc_id', raw(vpcId)),
        blank(),
        attr('tags', obj({ Name: raw(`"${'${each.key}'}-${cache.id}"`) })),
        blank(),
        block('lifecycle', [], [attr('create_before_destroy', raw('true'))]),
      ],
    ),
    ...ingress('clients_cidr', `lookup(${serviceCidrs}, service, ${cidrs})`, 'cidr_ipv4', 'Clients in'),
  ];
  if (groups) {
    const serviceGroups = clientsVariable(
      'security_group_ids',
      'Security groups',
      'those of allowed_security_group_ids',
    );
    items.push(
      ...ingress(
        'clients_sg',
        `lookup(${serviceGroups}, service, ${groups})`,
        'referenced_security_group_id',
        'Members of',
      ),
    );
  }
  return items;
}

export function securityFile(context: GeneratorContext): BodyItem[] {
  return context.regions.flatMap((target, index) => {
    const items = regionSecurity(context, target);
    return index && items.length ? [blank(), ...items] : items;
  });
}
