import { describe, expect, it } from 'vitest';
import { createCache } from '@/model/defaults';
import type { Cache } from '@/model/design';
import { connectionFacts, connectionGuideMarkdown } from './connection-guide';

const withTls = <C extends Cache>(cache: C, enabled: boolean): C =>
  'transitEncryption' in cache
    ? { ...cache, transitEncryption: { ...cache.transitEncryption, enabled } }
    : cache;

describe('connection guide', () => {
  it('tells Memcached clients to turn on TLS their own way, never with a Redis URL', () => {
    const memcached = withTls(createCache('memcached', 'sessions'), true);
    const guide = connectionGuideMarkdown([memcached]);
    expect(guide).not.toContain('rediss://');
    expect(guide).toContain('TLS on — clients must connect with TLS: turn on the client');
    const [java, ...others] = connectionFacts(memcached).snippets;
    // The cluster client's README: an SSL context on the connection factory.
    expect(java!.code).toContain('connectionFactory.setSSLContext(sslContext);');
    expect(java!.code).toContain('new MemcachedClient(connectionFactory.build(), AddrUtil.getAddresses(');
    // memcache-plus has no TLS: no snippet that would connect in plain text.
    expect(others).toEqual([]);
  });

  it('gives Memcached without TLS the plain auto-discovery clients', () => {
    const memcached = withTls(createCache('memcached', 'sessions'), false);
    const snippets = connectionFacts(memcached).snippets;
    expect(snippets.map((snippet) => snippet.client)).toEqual([
      'ElastiCache Cluster Client for Java (auto discovery)',
      'memcache-plus (Node.js, auto discovery)',
    ]);
    expect(snippets[0]!.code).not.toContain('SSLContext');
    expect(snippets[1]!.code).not.toContain('tls');
  });

  it('writes the ioredis options without an empty entry, with and without TLS', () => {
    for (const tls of [false, true]) {
      const cache = withTls(createCache('replication-group', 'app'), tls);
      if (cache.kind === 'replication-group') cache.clusterMode = 'disabled';
      const ioredis = connectionFacts(cache).snippets.find((snippet) => snippet.client === 'ioredis')!.code;
      expect(ioredis).not.toMatch(/,\s*\}/);
      expect(ioredis.includes('tls: {}')).toBe(tls);
      expect(connectionGuideMarkdown([cache]).includes('rediss://')).toBe(tls);
    }
  });
});
