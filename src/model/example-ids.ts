/**
 * The example AWS IDs the form shows as hints in empty ID fields. They are hints only: no default,
 * preset or generated file holds them as values. Earlier versions did fill them in as the defaults of
 * an existing network, so a design file or link may still carry them; the rules flag them there.
 * Free of zod: the form and the generator read them without the schema library.
 */
export const EXAMPLE_IDS = {
  vpc: 'vpc-0123456789abcdef0',
  subnets: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
  securityGroup: 'sg-0123456789abcdef0',
} as const;

const KNOWN_EXAMPLES: ReadonlySet<string> = new Set([
  EXAMPLE_IDS.vpc,
  ...EXAMPLE_IDS.subnets,
  EXAMPLE_IDS.securityGroup,
]);

/** True for an ID that is one of our examples, not a resource that can exist in an account. */
export const isExampleId = (id: string) => KNOWN_EXAMPLES.has(id);
