/** The presets issue #2 asks for, one per example of the seed guide: the tests' own copy of the spec. */
export const SEED_IDS = [
  'seed-basic-redis',
  'seed-basic-memcached',
  'seed-redis-backup',
  'seed-redis-encrypted',
  'seed-global-datastore',
  'seed-configurable',
  'seed-advanced',
  'seed-simple',
  'seed-production',
  'seed-multi-environment',
  'seed-monitoring',
  'seed-secure',
  'seed-cost-optimized',
  'seed-backup-optimized',
  'seed-ecommerce',
  'seed-microservices',
];
