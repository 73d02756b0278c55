import { describe, expect, it } from 'vitest';
import { capabilityMinimum, versionSupports } from './catalog';

describe('version capabilities', () => {
  it('holds each capability from its first version on, and up to its last where AWS stopped it', () => {
    expect(versionSupports('dataTiering', 'redis', '6.0')).toBe(false);
    expect(versionSupports('dataTiering', 'redis', '6.2')).toBe(true);
    expect(versionSupports('dataTiering', 'valkey', '7.2')).toBe(true);
    expect(versionSupports('dataTiering', 'memcached', '1.6.22')).toBe(false);
    expect(versionSupports('ipv6', 'redis', '6.0')).toBe(false);
    expect(versionSupports('ipv6', 'redis', '7.1')).toBe(true);
    expect(versionSupports('ipv6', 'redis', '7.2')).toBe(false);
    expect(versionSupports('ipv6', 'memcached', '1.6.6')).toBe(true);
    // `6.x` is the newest 6: past 6.2, so it has what 6.2 has.
    expect(versionSupports('engineLog', 'redis', '6.x')).toBe(true);
    expect(capabilityMinimum('globalDatastore', 'redis')).toBe('5.0.6');
    expect(capabilityMinimum('globalDatastore', 'valkey')).toBeUndefined();
  });
});
