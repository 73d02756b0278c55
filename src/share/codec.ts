/**
 * Share links, both ways: `./link-format.ts` writes and unpacks the fragment; decoding then goes
 * through `intake`, so a link is migrated, validated and filled with defaults like any other input.
 */
import { intakeValue, type IntakeResult } from './intake';
import { unpackShareFragment } from './link-format';
import { restoreLinkDefaults } from './prune';

export { adler32, encodeShareFragment, fromBase64Url, isShareFragment, toBase64Url } from './link-format';

/** Decodes a fragment (with or without `#`, or a whole URL) into a design, or a typed error. */
export function decodeShareFragment(input: string): IntakeResult {
  const unpacked = unpackShareFragment(input);
  if (!unpacked.ok) return unpacked;
  return intakeValue({ ...restoreLinkDefaults(unpacked.value), schemaVersion: unpacked.version });
}
