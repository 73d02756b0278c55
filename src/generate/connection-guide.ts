/**
 * How developers connect: which output holds which endpoint, whether TLS and auth are on, where the
 * secret comes from, and client snippets that fit the topology — cluster-mode-aware clients when
 * cluster mode is on (and for serverless), the reader endpoint for reads, auto discovery for Memcached.
 * Markdown, shared by the bundle README and the app.
 */
import type { Cache, ReplicationGroup, Serverless } from '@/model/design';
import { snake } from './context';

export interface ConnectionFacts {
  cacheId: string;
  /** `terraform output -raw <name>` names, with what each endpoint is for. */
  endpoints: { output: string; purpose: string }[];
  port: number;
  tls: boolean;
  /** How a client of this engine turns TLS on, in one sentence; empty when TLS is off. */
  tlsHow: string;
  /** How clients authenticate, in one sentence. */
  auth: string;
  clusterAware: boolean;
  snippets: { client: string; language: string; code: string }[];
}

interface Credentials {
  user?: string;
  secret?: string;
}

/** Where a cache's AUTH token is set: one per service of a stamped cache, keyed by service. */
const authTokenSecret = (cache: Cache) =>
  cache.instances.length
    ? `TF_VAR_${snake(cache.id)}_auth_tokens["<service>"]`
    : `TF_VAR_${snake(cache.id)}_auth_token`;

function credentialsOf(cache: ReplicationGroup | Serverless): Credentials {
  const id = snake(cache.id);
  if (cache.auth.mode === 'token') return { secret: authTokenSecret(cache) };
  if (cache.auth.mode === 'rbac') {
    const user = cache.auth.users.find(
      (candidate) => candidate.authentication === 'password' && candidate.userName !== 'default',
    );
    const service = cache.instances.length ? '["<service>"]' : '';
    return user
      ? { user: user.userName, secret: `TF_VAR_${id}_user_passwords${service}["${user.userId}"]` }
      : {};
  }
  return {};
}

function authSentence(cache: Cache): string {
  if (cache.kind === 'memcached')
    return 'Memcached has no authentication: only the security group keeps clients out.';
  const id = snake(cache.id);
  if (cache.auth.mode === 'token')
    return `AUTH token: the value you set in ${authTokenSecret(cache)}${cache.instances.length ? ' (each service has its own)' : ''} (keep it in a secret store such as AWS Secrets Manager and give it to the application from there).`;
  if (cache.auth.mode === 'rbac') {
    const enabled = cache.auth.users
      .filter((user) => !/^off\b/.test(user.accessString))
      .map((user) => user.userName);
    return `RBAC: log in as ${enabled.join(' or ') || 'an enabled user'}; passwords are the values of TF_VAR_${id}_user_passwords${cache.instances.length ? ' (each service has its own users and passwords, keyed by service)' : ''}.`;
  }
  return 'No authentication: anyone who can reach the endpoint can use the cache.';
}

/** Environment-variable names the snippets read: the host, port and secret come from outside the code. */
const env = { host: 'CACHE_HOST', port: 'CACHE_PORT', user: 'CACHE_USER', password: 'CACHE_PASSWORD' };

function redisSnippets(
  clusterAware: boolean,
  tls: boolean,
  credentials: Credentials,
): ConnectionFacts['snippets'] {
  const pyAuth = [
    credentials.user ? `username=os.environ["${env.user}"]` : '',
    credentials.secret ? `password=os.environ["${env.password}"]` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const py = `import os\nfrom redis.${clusterAware ? 'cluster import RedisCluster' : 'client import Redis'}\n\nclient = ${clusterAware ? 'RedisCluster' : 'Redis'}(host=os.environ["${env.host}"], port=int(os.environ["${env.port}"]), ssl=${tls ? 'True' : 'False'}${pyAuth ? `, ${pyAuth}` : ''}, decode_responses=True)\nclient.set("greeting", "hello")`;
  const nodeOptions = [
    tls ? 'tls: {}' : '',
    credentials.user ? `username: process.env.${env.user}` : '',
    credentials.secret ? `password: process.env.${env.password}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const address = `host: process.env.${env.host}, port: Number(process.env.${env.port})`;
  const ioredis = clusterAware
    ? `import { Cluster } from 'ioredis';\n\n// ElastiCache answers with node IPs behind TLS certificates for its DNS names: keep the names.\nconst client = new Cluster([{ ${address} }], {\n  dnsLookup: (address, callback) => callback(null, address),\n  redisOptions: { ${nodeOptions} },\n});`
    : `import Redis from 'ioredis';\n\nconst client = new Redis({ ${[address, nodeOptions].filter(Boolean).join(', ')} });`;
  const goAuth = [
    credentials.user ? `Username: os.Getenv("${env.user}"),` : '',
    credentials.secret ? `Password: os.Getenv("${env.password}"),` : '',
  ].filter(Boolean);
  const goTls = tls ? ['TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},'] : [];
  const goFields = [
    clusterAware
      ? `Addrs: []string{os.Getenv("${env.host}") + ":" + os.Getenv("${env.port}")},`
      : `Addr: os.Getenv("${env.host}") + ":" + os.Getenv("${env.port}"),`,
    ...goTls,
    ...goAuth,
  ]
    .map((line) => `\t${line}`)
    .join('\n');
  const go = `client := redis.${clusterAware ? 'NewClusterClient(&redis.ClusterOptions' : 'NewClient(&redis.Options'}{\n${goFields}\n})`;
  const lettuceAuth = credentials.secret
    ? `\n    .withAuthentication(${credentials.user ? `System.getenv("${env.user}")` : '"default"'}, System.getenv("${env.password}"))`
    : '';
  const lettuceUri = `RedisURI uri = RedisURI.builder()\n    .withHost(System.getenv("${env.host}"))\n    .withPort(Integer.parseInt(System.getenv("${env.port}")))\n    .withSsl(${tls})${lettuceAuth}\n    .build();`;
  const lettuce = `${lettuceUri}\n${clusterAware ? 'RedisClusterClient client = RedisClusterClient.create(uri);' : 'RedisClient client = RedisClient.create(uri);'}`;
  return [
    { client: 'redis-py', language: 'python', code: py },
    { client: 'ioredis', language: 'javascript', code: ioredis },
    { client: 'go-redis', language: 'go', code: go },
    { client: 'Lettuce', language: 'java', code: lettuce },
  ];
}

/** The Java cluster client's set-up; with TLS, the SSL context its README gives (JVM's default trust store). */
function javaClusterClient(tls: boolean): string {
  const address = `System.getenv("${env.host}") + ":" + System.getenv("${env.port}")`;
  if (!tls)
    return `// com.amazonaws:elasticache-java-cluster-client discovers the nodes from the configuration endpoint.\nMemcachedClient client = new MemcachedClient(AddrUtil.getAddresses(${address}));`;
  return [
    '// com.amazonaws:elasticache-java-cluster-client discovers the nodes from the configuration endpoint.',
    "// TLS: trust the JVM's default certificate authorities; the client verifies the host name.",
    'TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());',
    'trustManagers.init((KeyStore) null);',
    'SSLContext sslContext = SSLContext.getInstance("TLS");',
    'sslContext.init(null, trustManagers.getTrustManagers(), null);',
    'ConnectionFactoryBuilder connectionFactory = new ConnectionFactoryBuilder();',
    'connectionFactory.setSSLContext(sslContext);',
    `MemcachedClient client = new MemcachedClient(connectionFactory.build(), AddrUtil.getAddresses(${address}));`,
  ].join('\n');
}

function memcachedSnippets(tls: boolean): ConnectionFacts['snippets'] {
  const java = {
    client: 'ElastiCache Cluster Client for Java (auto discovery)',
    language: 'java',
    code: javaClusterClient(tls),
  };
  // memcache-plus opens plain TCP sockets: it has no TLS option.
  if (tls) return [java];
  return [
    java,
    {
      client: 'memcache-plus (Node.js, auto discovery)',
      language: 'javascript',
      code: `import MemcachePlus from 'memcache-plus';\n\nconst client = new MemcachePlus({ hosts: [\`\${process.env.${env.host}}:\${process.env.${env.port}}\`], autodiscover: true });`,
    },
  ];
}

const REDIS_TLS_HOW = "use a rediss:// URL or the client's TLS option";
const MEMCACHED_TLS_HOW =
  "turn on the client's TLS option (an SSL context in Java); memcache-plus for Node.js has none, so no Node.js snippet is given";

export function connectionFacts(cache: Cache): ConnectionFacts {
  const id = snake(cache.id);
  const plural = cache.instances.length ? 's' : '';
  const byService = cache.instances.length ? ' (a map by service)' : '';
  if (cache.kind === 'memcached') {
    return {
      cacheId: cache.id,
      endpoints: [
        {
          output: `${id}_configuration_endpoint${plural}`,
          purpose: `configuration endpoint for auto-discovering clients${byService}`,
        },
      ],
      port: cache.port,
      tls: cache.transitEncryption.enabled,
      tlsHow: cache.transitEncryption.enabled ? MEMCACHED_TLS_HOW : '',
      auth: authSentence(cache),
      clusterAware: false,
      snippets: memcachedSnippets(cache.transitEncryption.enabled),
    };
  }
  if (cache.kind === 'serverless') {
    const tls = true;
    return {
      cacheId: cache.id,
      endpoints: [
        { output: `${id}_endpoint${plural}`, purpose: `reads and writes${byService}` },
        {
          output: `${id}_reader_endpoint${plural}`,
          purpose: `reads that may be slightly stale, on the next port${byService}`,
        },
      ],
      port: cache.engine === 'memcached' ? 11211 : 6379,
      tls,
      tlsHow: cache.engine === 'memcached' ? MEMCACHED_TLS_HOW : REDIS_TLS_HOW,
      auth: authSentence(cache),
      clusterAware: cache.engine !== 'memcached',
      snippets:
        cache.engine === 'memcached'
          ? memcachedSnippets(tls)
          : redisSnippets(true, tls, credentialsOf(cache)),
    };
  }
  const clusterAware = cache.clusterMode !== 'disabled';
  // A global datastore's secondary regions serve local reads; their outputs are named by region.
  const secondaryEndpoints = cache.globalDatastore.enabled
    ? cache.globalDatastore.secondaries.map(({ region }) => ({
        output: `${id}_${snake(region)}_endpoint`,
        purpose: `reads from applications in ${region} (writes go to the primary region until a failover promotes ${region})`,
      }))
    : [];
  return {
    cacheId: cache.id,
    endpoints: [
      ...(clusterAware
        ? [
            {
              output: `${id}_configuration_endpoint${plural}`,
              purpose: `cluster-mode-aware clients discover every shard from it${byService}`,
            },
          ]
        : [
            {
              output: `${id}_primary_endpoint${plural}`,
              purpose: `writes (and reads that must be current)${byService}`,
            },
            {
              output: `${id}_reader_endpoint${plural}`,
              purpose: `reads, spread over the replicas${byService}`,
            },
          ]),
      ...secondaryEndpoints,
    ],
    port: cache.port,
    tls: cache.transitEncryption.enabled,
    tlsHow: cache.transitEncryption.enabled ? REDIS_TLS_HOW : '',
    auth: authSentence(cache),
    clusterAware,
    snippets: redisSnippets(clusterAware, cache.transitEncryption.enabled, credentialsOf(cache)),
  };
}

export function connectionGuideMarkdown(caches: readonly Cache[]): string {
  return caches
    .map((cache) => {
      const facts = connectionFacts(cache);
      const endpoints = facts.endpoints
        .map((endpoint) => `- \`terraform output -raw ${endpoint.output}\` — ${endpoint.purpose}`)
        .join('\n');
      const snippets = facts.snippets
        .map((snippet) => `${snippet.client}:\n\n\`\`\`${snippet.language}\n${snippet.code}\n\`\`\``)
        .join('\n\n');
      return [
        `### ${cache.id}`,
        endpoints,
        `Port ${facts.port}; TLS ${facts.tls ? `on — clients must connect with TLS: ${facts.tlsHow}` : 'off'}${facts.clusterAware ? '; use a cluster-mode-aware client' : ''}. ${facts.auth}`,
        `The snippets read ${Object.values(env).join(', ')} from the environment.`,
        snippets,
      ].join('\n\n');
    })
    .join('\n\n');
}
