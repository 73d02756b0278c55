/**
 * Rules checked once on the whole design: AWS IDs as they will really be built (environment,
 * instance and region parts included), the network the bundle creates, who may connect, and
 * design-wide consistency.
 */
import { GLOBAL_DATASTORE_REGIONS, availabilityZones, type Region } from './catalog';
import type { Design } from './design';
import { isExampleId } from './example-ids';
import { effectiveCacheIds, parameterGroupNameBase, secondaryIdBase } from './resolve';
import {
  designRule,
  fix,
  isNetworkAddress,
  networkOf,
  none,
  parseCidr,
  violation,
  type DesignRule,
  type Violation,
} from './rule-kit';
import { RULE_MESSAGES } from './rule-messages';

/** How the bundle turns an ID into a Terraform name: `app-cache` → `app_cache`. */
const snakeName = (id: string) => id.replace(/-/g, '_');

/** The replication group ID of each global datastore secondary, with its environment prefixes. */
export function secondaryIds(
  design: Design,
): { index: number; id: string; region: string; path: (string | number)[] }[] {
  const prefixes = environmentPrefixes(design);
  return design.caches.flatMap((cache, index) =>
    cache.kind === 'replication-group' && cache.globalDatastore.enabled
      ? cache.globalDatastore.secondaries.flatMap((secondary, secondaryIndex) =>
          prefixes.map((prefix) => ({
            index,
            id: `${prefix}${secondaryIdBase(cache, secondary)}`,
            region: secondary.region,
            // A chosen ID is the secondary's own field; a derived one comes from the cache ID.
            path: secondary.replicationGroupId
              ? ['caches', index, 'globalDatastore', 'secondaries', secondaryIndex, 'replicationGroupId']
              : ['caches', index, 'id'],
          })),
        )
      : [],
  );
}

const environmentPrefixes = (design: Design) =>
  design.environments.length ? design.environments.map((env) => `${env.name}-`) : [''];

/** Reports the second and later uses of each name (or any use of a name already `taken`), at its path. */
function duplicateNames(
  uses: readonly { name: string; path: (string | number)[] }[],
  message: (name: string) => string,
  taken: Iterable<string> = [],
): Violation[] {
  const seen = new Set<string>(taken);
  return uses.flatMap(({ name, path }) => {
    const duplicate = seen.has(name);
    seen.add(name);
    return duplicate ? violation(path, message(name)) : [];
  });
}

/** Replication group IDs: letters, digits and single hyphens, starting with a letter (rules §1.1). */
const idProblem = (id: string): string | undefined => {
  if (!/^[a-z0-9-]+$/i.test(id)) return 'may hold only letters, digits and hyphens';
  if (!/^[a-z]/i.test(id)) return 'must begin with a letter';
  if (id.includes('--')) return 'cannot contain two consecutive hyphens';
  if (id.endsWith('-')) return 'cannot end with a hyphen';
  return undefined;
};

/** The regions a design deploys networks into: its own and every global datastore secondary's. */
const deployedRegions = (design: Design): Region[] => [
  design.region,
  ...design.caches.flatMap((cache) =>
    cache.kind === 'replication-group' && cache.globalDatastore.enabled
      ? cache.globalDatastore.secondaries.map((secondary) => secondary.region)
      : [],
  ),
];

export const DESIGN_RULES: readonly DesignRule[] = [
  designRule({
    id: 'unique-cache-ids',
    severity: 'error',
    source: {
      kind: 'provider',
      reference: 'Terraform: resource names (derived from cache IDs) must be unique',
    },
    why: 'Each cache becomes Terraform resources and AWS IDs named after its ID, so two caches cannot share one.',
    fields: ['caches.*.id'],
    check: (design) => {
      const seen = new Set<string>();
      return design.caches.flatMap((cache, index) => {
        const duplicate = seen.has(cache.id);
        seen.add(cache.id);
        return duplicate ? violation(['caches', index, 'id'], `Cache ID "${cache.id}" is used twice.`) : [];
      });
    },
  }),
  designRule({
    id: 'cache-id-prefix',
    severity: 'error',
    source: {
      kind: 'provider',
      reference:
        'Terraform: block names are unique per type in a module ("Duplicate resource", "Duplicate output definition" at init/validate); AWS IDs are unique per account and region',
    },
    why: 'The bundle names a cache’s resources, variables, outputs and AWS IDs “<cache ID>_<part>” (its users, secondary regions, alarms, endpoints), so a cache whose ID is another’s followed by a hyphen can get the same names: cache app with user cache-reader and cache app-cache with user reader both make aws_elasticache_user.app_cache_reader and user ID app-cache-reader.',
    fields: ['caches.*.id'],
    check: (design) =>
      design.caches.flatMap((cache, index) => {
        // AWS IDs ignore case; Terraform names do not, but a clash in one is enough.
        const name = snakeName(String(cache.id)).toLowerCase();
        const shorter = design.caches.find((other) =>
          name.startsWith(`${snakeName(String(other.id)).toLowerCase()}_`),
        );
        return shorter
          ? violation(
              ['caches', index, 'id'],
              `Caches "${shorter.id}" and "${cache.id}" can get the same names in the bundle: it names a cache's resources, outputs and AWS IDs after its ID and a part, so "${shorter.id}" with a part beginning "${String(cache.id).slice(String(shorter.id).length + 1)}-" (a user, an alarm, an endpoint) clashes with "${cache.id}". Give "${cache.id}" an ID that does not begin with "${shorter.id}-".`,
            )
          : [];
      }),
  }),
  designRule({
    id: 'cache-id-length',
    severity: 'error',
    source: {
      kind: 'provider',
      reference: 'rules §1.1/§1.3: replication_group_id 1–40 characters, cluster_id 1–50 (validate time)',
    },
    why: 'AWS IDs are the cache ID with environment, instance and region parts added, and replication group IDs allow 40 characters, Memcached cluster IDs 50.',
    fields: [
      'caches.*.id',
      'caches.*.instances',
      'environments.*.name',
      'caches.*.globalDatastore.secondaries.*.region',
    ],
    check: (design) => {
      const findings: Violation[] = [];
      const shorten = (index: number) =>
        RULE_MESSAGES.shortenHint(
          design.environments.length > 0,
          (design.caches[index]?.instances.length ?? 0) > 0,
        );
      design.caches.forEach((cache, index) => {
        if (cache.kind === 'serverless') return;
        for (const { id, limit } of effectiveCacheIds(design, cache))
          if (id.length > limit)
            findings.push({
              path: ['caches', index, 'id'],
              message: RULE_MESSAGES.idLength(id, String(id.length), limit, shorten(index)),
            });
      });
      for (const { index, id, path } of secondaryIds(design))
        if (id.length > 40)
          findings.push({
            path,
            message: `The secondary's replication group ID "${id}" is ${id.length} characters long; at most 40 are allowed. ${shorten(index)}`,
          });
      return findings;
    },
  }),
  designRule({
    id: 'serverless-name-length',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.14: serverless cache names follow the replication group ID rules (console; unverified in the API model)',
    },
    why: 'Serverless cache names, environment and instance parts included, follow the 40-character replication group ID rules.',
    fields: ['caches.*.id', 'caches.*.instances', 'environments.*.name'],
    check: (design) =>
      design.caches.flatMap((cache, index) =>
        cache.kind !== 'serverless'
          ? []
          : effectiveCacheIds(design, cache).flatMap(({ id, limit }) =>
              id.length > limit
                ? violation(
                    ['caches', index, 'id'],
                    RULE_MESSAGES.serverlessNameLength(id, String(id.length), limit),
                  )
                : [],
            ),
      ),
  }),
  designRule({
    id: 'unique-replication-group-ids',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §1.1: replication group IDs are unique per account and region (CreateReplicationGroup)',
    },
    why: 'A global datastore secondary is a replication group of its own, so its ID may not be one another cache or secondary of the bundle already uses.',
    fields: ['caches.*.globalDatastore.secondaries.*.replicationGroupId', 'caches.*.id'],
    check: (design) => {
      // Two caches sharing an ID are the unique-cache-ids rule's finding; here only secondaries count.
      const cacheIds = design.caches.flatMap((cache) =>
        cache.kind === 'serverless' ? [] : effectiveCacheIds(design, cache).map(({ id }) => id),
      );
      return duplicateNames(
        secondaryIds(design).map(({ id, path }) => ({ name: id, path })),
        (name) => `The replication group ID "${name}" is already used in this bundle; choose another.`,
        cacheIds,
      );
    },
  }),
  designRule({
    id: 'unique-parameter-group-names',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.2: parameter group names are unique per account and region (CreateCacheParameterGroup)',
    },
    why: 'Each cache with its own parameter group creates one under this name, and AWS refuses a second group of the same name.',
    fields: ['caches.*.parameterGroup.name', 'caches.*.id'],
    check: (design) => {
      const prefixes = environmentPrefixes(design);
      const uses = design.caches.flatMap((cache, index) =>
        cache.kind !== 'serverless' && cache.parameterGroup.mode === 'custom'
          ? prefixes.map((prefix) => ({
              name: `${prefix}${parameterGroupNameBase(cache)}`,
              path: cache.parameterGroup.name
                ? ['caches', index, 'parameterGroup', 'name']
                : ['caches', index, 'id'],
            }))
          : [],
      );
      return duplicateNames(
        uses,
        (name) => `Two caches would each create the parameter group "${name}"; give one another name.`,
      );
    },
  }),
  designRule({
    id: 'global-suffix',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.11/§2.14: the global ID is a 5-letter region prefix, "-" and the suffix; it follows the replication group ID rules (unverified)',
    },
    why: 'AWS builds the global datastore ID from a 5-letter region prefix and the suffix, so the suffix must keep it a valid 40-character ID.',
    fields: ['caches.*.globalDatastore.suffix'],
    check: (design) => {
      const prefixes = design.environments.length ? design.environments.map((env) => `${env.name}-`) : [''];
      return design.caches.flatMap((cache, index) => {
        if (cache.kind !== 'replication-group' || !cache.globalDatastore.enabled) return [];
        const path = ['caches', index, 'globalDatastore', 'suffix'];
        for (const prefix of prefixes) {
          const suffix = `${prefix}${cache.globalDatastore.suffix}`;
          const problem = idProblem(`abcde-${suffix}`);
          if (problem) return violation(path, `The global datastore ID "xxxxx-${suffix}" ${problem}.`);
          if (suffix.length > 34)
            return violation(
              path,
              `The suffix "${suffix}" is ${suffix.length} characters long; with the region prefix at most 34 fit.`,
            );
        }
        return [];
      });
    },
  }),
  designRule({
    id: 'unique-environments',
    severity: 'error',
    source: {
      kind: 'provider',
      reference: 'Terraform: each environment is one <env>.tfvars file with its own state',
    },
    why: 'Each environment is rendered to one tfvars file with its own state, so names must be unique.',
    fields: ['environments.*.name'],
    check: (design) => {
      const seen = new Set<string>();
      return design.environments.flatMap((environment, index) => {
        const duplicate = seen.has(environment.name);
        seen.add(environment.name);
        return duplicate
          ? violation(['environments', index, 'name'], `Environment "${environment.name}" is defined twice.`)
          : [];
      });
    },
  }),
  designRule({
    id: 'override-unknown-cache',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'Design consistency: the generator ignores overrides of caches that do not exist',
    },
    why: 'An override for a cache that does not exist changes nothing, which usually means a cache was renamed.',
    fields: ['environments.*.overrides.*'],
    check: (design) =>
      design.environments.flatMap((environment, index) =>
        Object.keys(environment.overrides)
          .filter((cacheId) => !design.caches.some((cache) => cache.id === cacheId))
          .flatMap((cacheId) =>
            violation(
              ['environments', index, 'overrides', cacheId],
              `No cache has the ID "${cacheId}"; this override does nothing.`,
              fix('Remove the override', (draft) => {
                delete draft.environments[index]?.overrides[cacheId];
              }),
            ),
          ),
      ),
  }),
  designRule({
    id: 'sns-topic-arn',
    severity: 'error',
    source: { kind: 'aws-api', reference: 'AWS API: NotificationTopicArn must name an existing topic' },
    why: 'Events and alarms can only go to an existing SNS topic that is named by its ARN.',
    fields: ['notifications.topicArn'],
    check: (design) =>
      design.notifications.topic === 'existing' && !design.notifications.topicArn
        ? violation(
            ['notifications', 'topicArn'],
            'Give the ARN of the existing SNS topic.',
            fix('Let the bundle create a topic', (draft) => {
              draft.notifications.topic = 'create';
            }),
          )
        : none,
  }),
  designRule({
    id: 'vpc-cidr-range',
    severity: 'error',
    source: {
      kind: 'provider',
      reference: 'aws_vpc cidr_block: a network address with a /16–/28 prefix (plan time)',
    },
    why: 'A VPC’s CIDR block must be a network address (host bits zero) with a prefix between /16 and /28.',
    fields: ['network.vpcCidr'],
    check: (design) => {
      if (design.network.mode !== 'create') return none;
      const cidr = parseCidr(design.network.vpcCidr);
      if (!cidr) return none; // a schema issue
      if (cidr.prefix < 16 || cidr.prefix > 28)
        return violation(
          ['network', 'vpcCidr'],
          `A VPC block needs a prefix between /16 and /28, not /${cidr.prefix}.`,
          useVpcCidr('10.0.0.0/16'),
        );
      if (!isNetworkAddress(cidr)) {
        const network = networkOf(design.network.vpcCidr);
        return violation(
          ['network', 'vpcCidr'],
          `${design.network.vpcCidr} is not a network address; did you mean ${network}?`,
          useVpcCidr(network),
        );
      }
      return none;
    },
  }),
  designRule({
    id: 'vpc-cidr-subnet-room',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'AWS VPC: subnets are /16–/28; the bundle cuts one subnet per zone with cidrsubnet(vpc, 4, n)',
    },
    why: 'Each private subnet is a sixteenth of the VPC block and AWS subnets are at least /28, so the VPC needs a /24 or larger block.',
    fields: ['network.vpcCidr'],
    check: (design) => {
      if (design.network.mode !== 'create') return none;
      const cidr = parseCidr(design.network.vpcCidr);
      return cidr && cidr.prefix > 24 && cidr.prefix <= 28
        ? violation(
            ['network', 'vpcCidr'],
            `A /${cidr.prefix} VPC leaves /${cidr.prefix + 4} subnets, smaller than the /28 minimum: use /24 or larger.`,
            useVpcCidr('10.0.0.0/16'),
          )
        : none;
    },
  }),
  designRule({
    id: 'client-cidr-network-address',
    severity: 'error',
    source: {
      kind: 'provider',
      reference:
        'aws_vpc_security_group_ingress_rule cidr_ipv4: "a valid IPv4 CIDR that represents a network address" (plan time)',
    },
    why: 'Security group rules take network addresses only: 10.1.0.0/16, not 10.1.2.3/16.',
    fields: ['clients.cidrBlocks.*', 'network.vpcCidr'],
    check: (design) => {
      // The VPC block admits clients when no other blocks are listed, and always in secondary regions.
      const vpcAdmits =
        design.network.mode === 'existing' &&
        (!design.clients.cidrBlocks.length || deployedRegions(design).length > 1);
      const blocks: [(string | number)[], string][] = [
        ...design.clients.cidrBlocks.map((block, index): [(string | number)[], string] => [
          ['clients', 'cidrBlocks', index],
          block,
        ]),
        ...(vpcAdmits
          ? [[['network', 'vpcCidr'], design.network.vpcCidr] as [(string | number)[], string]]
          : []),
      ];
      return blocks.flatMap(([path, block]) => {
        const cidr = parseCidr(block);
        if (!cidr || isNetworkAddress(cidr)) return [];
        const network = networkOf(block);
        return violation(
          path,
          `${block} is not a network address; did you mean ${network}?`,
          fix(`Use ${network}`, (draft) => {
            if (path[0] === 'clients') draft.clients.cidrBlocks[path[2] as number] = network;
            else draft.network.vpcCidr = network;
          }),
        );
      });
    },
  }),
  designRule({
    id: 'existing-network-ids',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'CreateCacheSubnetGroup / CreateSecurityGroup: the VPC, subnets and security groups must exist (InvalidSubnet, InvalidVpcID.NotFound)',
    },
    why: 'An existing network is named by its real AWS IDs; without them, or with our example IDs, the bundle points at resources that do not exist.',
    fields: ['network.vpcId', 'network.subnetIds', 'network.subnetIds.*', 'clients.securityGroupIds.*'],
    check: (design) => {
      const examples = design.clients.securityGroupIds.flatMap((id, index) =>
        isExampleId(id) ? violation(['clients', 'securityGroupIds', index], RULE_MESSAGES.exampleId(id)) : [],
      );
      if (design.network.mode !== 'existing') return examples;
      const { vpcId, subnetIds } = design.network;
      return [
        ...(vpcId === undefined
          ? violation(['network', 'vpcId'], RULE_MESSAGES.vpcIdMissing)
          : isExampleId(vpcId)
            ? violation(['network', 'vpcId'], RULE_MESSAGES.exampleId(vpcId))
            : none),
        ...(subnetIds.length === 0
          ? violation(['network', 'subnetIds'], RULE_MESSAGES.subnetIdsMissing)
          : none),
        ...subnetIds.flatMap((id, index) =>
          isExampleId(id) ? violation(['network', 'subnetIds', index], RULE_MESSAGES.exampleId(id)) : [],
        ),
        ...examples,
      ];
    },
  }),
  designRule({
    id: 'secondary-network-ids',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'The design holds existing network IDs for its own region only',
    },
    why: 'With an existing network, each global datastore region needs its own VPC and subnets, and the design names only the primary region’s.',
    fields: ['network.mode', 'caches.*.globalDatastore.secondaries.*.region'],
    check: (design) =>
      design.network.mode !== 'existing'
        ? none
        : design.caches.flatMap((cache, index) =>
            cache.kind === 'replication-group' && cache.globalDatastore.enabled
              ? cache.globalDatastore.secondaries.flatMap((secondary, secondaryIndex) =>
                  violation(
                    ['caches', index, 'globalDatastore', 'secondaries', secondaryIndex, 'region'],
                    RULE_MESSAGES.secondaryNetworkIds(secondary.region),
                  ),
                )
              : [],
          ),
  }),
  designRule({
    id: 'az-count-region',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'AWS: a region has a fixed set of Availability Zones (catalog availabilityZones)',
    },
    why: 'The bundle puts one subnet in each of the first N Availability Zones of a region, and some regions have only two or three.',
    fields: ['network.azCount'],
    check: (design) => {
      if (design.network.mode !== 'create') return none;
      const { azCount } = design.network;
      const short = deployedRegions(design).find((region) => availabilityZones(region).length < azCount);
      if (!short) return none;
      const available = availabilityZones(short).length;
      return violation(
        ['network', 'azCount'],
        `${short} has ${available} Availability Zones for this design, fewer than ${azCount}.`,
        fix(`Use ${available} zones`, (draft) => {
          if (draft.network.mode === 'create') draft.network.azCount = available;
        }),
      );
    },
  }),
  designRule({
    id: 'global-regions-supported',
    severity: 'error',
    source: { kind: 'aws-api', reference: 'rules §2.11: regions that host global datastores' },
    why: 'Only some regions host global datastore members.',
    fields: ['region'],
    check: (design) =>
      design.caches.some((cache) => cache.kind === 'replication-group' && cache.globalDatastore.enabled) &&
      !GLOBAL_DATASTORE_REGIONS.includes(design.region)
        ? violation(['region'], RULE_MESSAGES.regionWithoutGlobalDatastores(design.region))
        : none,
  }),
  designRule({
    id: 'ingress-open-to-world',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS Security Hub EC2.18/EC2.19 (unrestricted ingress)',
      tfsec: 'aws-ec2-no-public-ingress-sgr',
    },
    why: 'A cache open to 0.0.0.0/0 can be reached by anything that can route to the VPC, which is rarely intended.',
    fields: ['clients.cidrBlocks.*'],
    check: (design) =>
      design.clients.cidrBlocks.flatMap((block, index) =>
        parseCidr(block)?.prefix === 0
          ? violation(
              ['clients', 'cidrBlocks', index],
              `${block} lets any address connect; list the application's subnets or security groups instead.`,
              fix(`Remove ${block}`, (draft) => {
                draft.clients.cidrBlocks.splice(index, 1);
              }),
            )
          : [],
      ),
  }),
];

function useVpcCidr(cidr: string) {
  return fix(`Use ${cidr}`, (draft) => {
    draft.network.vpcCidr = cidr;
  });
}
