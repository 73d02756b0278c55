/**
 * An existing network with IDs shaped like real ones, for tests that need `network.mode: 'existing'`
 * without tripping the existing-network-ids rule (which flags missing IDs and our example IDs).
 */
export const existingNetwork = (): { mode: 'existing'; vpcId: string; subnetIds: string[] } => ({
  mode: 'existing',
  vpcId: 'vpc-0f3a9c1e7b2d46a58',
  subnetIds: ['subnet-04e1b7a9c3d5f2e61', 'subnet-0b8d2f6a1c9e37d40'],
});
