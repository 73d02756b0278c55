/**
 * network.tf: a VPC with one private subnet per Availability Zone when the design creates its own
 * network; otherwise the VPC and subnet IDs are variables. Each global datastore region gets the same.
 */
import { attr, blank, block, call, list, num, obj, raw, str, tpl } from '@/hcl/build';
import type { BodyItem } from '@/hcl/ast';
import { REGIONS, availabilityZones, type Region } from '@/model/catalog';
import { EXAMPLE_IDS } from '@/model/example-ids';
import { fieldLimits } from '@/model/fields';
import {
  declareVariable,
  providerAttr,
  type GeneratorContext,
  type RegionTarget,
  type VariableValidation,
} from './context';

/** Expressions other modules use to place resources in a region's network. */
export interface NetworkRefs {
  vpcId: string;
  subnetIds: string;
  vpcCidr: string;
}

/**
 * Secondary regions get their own address space so the VPCs could be peered later. The offset is
 * fixed per region (its place in the region catalog), not its place among the design's secondaries:
 * adding a secondary region must not move another one's VPC, which would replace it under its cache.
 */
function secondaryCidr(primaryCidr: string, target: RegionTarget, context: GeneratorContext): string {
  const catalogIndex = REGIONS.indexOf(target.region as (typeof REGIONS)[number]);
  const offset = !target.alias ? 0 : catalogIndex >= 0 ? catalogIndex + 1 : context.regions.indexOf(target);
  const [first, second, ...rest] = primaryCidr.split('.');
  return [first, (Number(second) + offset) % 256, ...rest].join('.');
}

export function networkRefs(context: GeneratorContext, target: RegionTarget): NetworkRefs {
  const { design } = context;
  const cidrDefault = secondaryCidr(design.network.vpcCidr, target, context);
  const vpcCidr = declareVariable(context, {
    name: `vpc_cidr${target.suffix}`,
    type: 'string',
    description: `IPv4 CIDR block of the VPC in ${target.region}.`,
    default: str(cidrDefault),
    validations: [
      {
        condition: `can(cidrnetmask(var.vpc_cidr${target.suffix}))`,
        message: 'Must be an IPv4 CIDR block such as 10.0.0.0/16.',
      },
    ],
  });
  if (design.network.mode === 'create') {
    return {
      vpcId: `aws_vpc.this${target.suffix}.id`,
      subnetIds: `aws_subnet.private${target.suffix}[*].id`,
      vpcCidr,
    };
  }
  const existing = design.network;
  const primary = target.suffix === '';
  const vpcId = declareVariable(context, {
    name: `vpc_id${target.suffix}`,
    type: 'string',
    description: `ID of the existing VPC in ${target.region} that the caches live in.`,
    validations: [
      {
        condition: `can(regex("^vpc-[0-9a-f]+$", var.vpc_id${target.suffix}))`,
        message: `Must be a VPC ID such as ${EXAMPLE_IDS.vpc}.`,
      },
    ],
    // A design without the IDs breaks a rule (existing-network-ids); its tfvars leave them out rather
    // than name resources that do not exist. Secondary regions' IDs are not in the model (yet): their
    // example values stay in the example file, and the secondary-network-ids warning says so.
    tfvarsValue: () => {
      if (!primary) return str(EXAMPLE_IDS.vpc);
      return existing.vpcId === undefined ? undefined : str(existing.vpcId);
    },
  });
  const subnetIds = declareVariable(context, {
    name: `subnet_ids${target.suffix}`,
    type: 'list(string)',
    description: `IDs of the existing private subnets in ${target.region}, ideally one per Availability Zone.`,
    validations: [
      { condition: `length(var.subnet_ids${target.suffix}) > 0`, message: 'Give at least one subnet ID.' },
    ],
    tfvarsValue: () => {
      const ids = primary ? existing.subnetIds : EXAMPLE_IDS.subnets;
      return ids.length ? list(ids.map((id) => str(id))) : undefined;
    },
  });
  return { vpcId, subnetIds, vpcCidr };
}

/** The zone list spans as many Availability Zones as the design's AZ count may (az-count-range). */
function availabilityZoneCount(count: string): VariableValidation {
  const [min, max] = fieldLimits('network.azCount');
  return {
    rules: ['az-count-range'],
    condition: `${count} >= ${min} && ${count} <= ${max}`,
    message: `List ${min} to ${max} Availability Zones: Multi-AZ needs at least two.`,
  };
}

function regionNetwork(context: GeneratorContext, target: RegionTarget): BodyItem[] {
  const { design } = context;
  if (design.network.mode !== 'create') return [];
  const refs = networkRefs(context, target);
  const zones = availabilityZones(target.region as Region).slice(0, design.network.azCount);
  const azVariable = declareVariable(context, {
    name: `availability_zones${target.suffix}`,
    type: 'list(string)',
    description: `Availability Zones in ${target.region} for the private subnets, one subnet each.`,
    default: list(zones.map((zone) => str(zone))),
    validations: [availabilityZoneCount(`length(var.availability_zones${target.suffix})`)],
  });
  const provider = providerAttr(target);
  const providerLine = provider ? [attr('provider', raw(provider)), blank()] : [];
  return [
    block(
      'resource',
      ['aws_vpc', `this${target.suffix}`],
      [
        ...providerLine,
        attr('cidr_block', raw(refs.vpcCidr)),
        attr('enable_dns_support', raw('true')),
        attr('enable_dns_hostnames', raw('true')),
        blank(),
        attr('tags', obj({ Name: str(`${design.name}-vpc`) })),
      ],
    ),
    blank(),
    block(
      'resource',
      ['aws_subnet', `private${target.suffix}`],
      [
        ...providerLine,
        attr('count', call('length', raw(azVariable))),
        blank(),
        attr('vpc_id', raw(`aws_vpc.this${target.suffix}.id`)),
        attr('availability_zone', raw(`${azVariable}[count.index]`)),
        // /20 subnets leave room for 16 zones and thousands of nodes per zone.
        attr('cidr_block', call('cidrsubnet', raw(refs.vpcCidr), num(4), raw('count.index'))),
        blank(),
        attr('tags', obj({ Name: tpl(`${design.name}-private-`, raw('count.index + 1')) })),
      ],
    ),
  ];
}

/** The network.tf items for every region, or none when the design uses existing networks. */
export function networkFile(context: GeneratorContext): BodyItem[] {
  return context.regions.flatMap((target, index) => [
    ...(index ? [blank()] : []),
    ...regionNetwork(context, target),
  ]);
}
