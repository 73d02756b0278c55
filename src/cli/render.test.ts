import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@/generate';
import { designZip } from '@/generate/zip';
import { PRESETS, findPreset } from '@/model/presets';
import { encodeShareFragment } from '@/share/codec';
import { existingNetwork } from '@/testing/existing-network';
import { SEED_IDS } from '@/testing/seed-ids';
import { runRender } from './render';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRender(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err };
}
const tempDir = () => mkdtempSync(join(tmpdir(), 'render-test-'));
const writeTemp = (name: string, content: string) => {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
};

describe('render CLI', () => {
  it('lists the 16 guide presets and at least four more', async () => {
    const { code, out } = await run('--list-presets');
    expect(code).toBe(0);
    const ids = out.split('\n').map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual(expect.arrayContaining(SEED_IDS));
    expect(ids.length).toBeGreaterThanOrEqual(20);
  });

  it('writes exactly the generated files for a preset', async () => {
    const out = tempDir();
    const { code } = await run('seed-basic-redis', '--out', out);
    expect(code).toBe(0);
    const bundle = generate(findPreset('seed-basic-redis')!.design, { shareFragment: encodeShareFragment });
    expect(readdirSync(out).sort()).toEqual(bundle.map((file) => file.path).sort());
    for (const file of bundle) expect(readFileSync(join(out, file.path), 'utf8')).toBe(file.content);
  });

  it("writes the module layout with --layout module: the files of the app's zip, byte for byte", async () => {
    for (const id of ['global-valkey', 'seed-multi-environment']) {
      const out = tempDir();
      const { code, out: said } = await run(id, '--out', out, '--layout', 'module');
      expect(code).toBe(0);
      expect(said).toContain('(module layout)');
      const design = findPreset(id)!.design;
      const zipped = unzipSync(designZip(design, 'module', { shareFragment: encodeShareFragment }));
      const written = readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
        .sort();
      expect(written).toContain(`modules/${design.name}/elasticache.tf`);
      expect(Object.keys(zipped).sort()).toEqual(written.map((path) => `${design.name}/${path}`));
      for (const path of written)
        expect(
          Buffer.from(zipped[`${design.name}/${path}`]!).equals(readFileSync(join(out, path))),
          path,
        ).toBe(true);
      expect(strFromU8(zipped[`${design.name}/main.tf`]!)).toContain(`source = "./modules/${design.name}"`);
    }
  });

  it('refuses an unknown layout', async () => {
    const { code, err } = await run('dev-cache', '--out', tempDir(), '--layout', 'monorepo');
    expect(code).toBe(2);
    expect(err).toContain('Unknown layout "monorepo": use stack or module.');
  });

  it('reads a design file and a share link to the same bundle', async () => {
    const design = findPreset('ha-valkey')!.design;
    const fromFile = tempDir();
    const fromLink = tempDir();
    expect((await run(writeTemp('design.json', JSON.stringify(design)), '--out', fromFile)).code).toBe(0);
    expect(
      (await run(`https://example.test/app/${encodeShareFragment(design)}`, '--out', fromLink)).code,
    ).toBe(0);
    for (const file of readdirSync(fromFile))
      expect(readFileSync(join(fromLink, file), 'utf8')).toBe(readFileSync(join(fromFile, file), 'utf8'));
  });

  it('prints a design that reads back as the same design', async () => {
    const printed = await run('seed-microservices', '--print-design');
    expect(printed.code).toBe(0);
    const path = writeTemp('printed.json', printed.out);
    const again = await run(path, '--print-design');
    expect(again.out).toBe(printed.out);
    expect(JSON.parse(printed.out)).toEqual(findPreset('seed-microservices')!.design);
  });

  it('imports Terraform HCL, detected by content, and renders it', async () => {
    const tf = new URL('../import/__fixtures__/guide/seed-simple.tf', import.meta.url).pathname;
    const imported = await run(tf, '--print-design');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({
      caches: [{ id: 'simple-redis-cluster', nodeType: 'cache.t3.micro' }],
    });
    expect(imported.errLines[0]).toMatch(
      /^Imported from Terraform HCL \(literal values only\): \d+ fields mapped/,
    );
    // The guide's HCL leaves the network to references: the rules ask for it, as the app's form does.
    const withoutNetwork = await run(tf, '--out', tempDir());
    expect(withoutNetwork.code).toBe(1);
    expect(withoutNetwork.err).toContain('$.network.vpcId');
    const { vpcId, subnetIds } = existingNetwork();
    const withNetwork = writeTemp(
      'main.tf',
      `${readFileSync(tf, 'utf8')}
variable "vpc_id" {
  default = "${vpcId}"
}
variable "subnet_ids" {
  default = ${JSON.stringify(subnetIds)}
}
`,
    );
    const out = tempDir();
    expect((await run(withNetwork, '--out', out)).code).toBe(0);
    expect(readdirSync(out)).toContain('elasticache.tf');
  });

  it('imports terraform show -json and AWS CLI output, detected by content, with the report on stderr', async () => {
    const plan = new URL('../import/__fixtures__/seed-basic-redis.plan.json', import.meta.url).pathname;
    const imported = await run(plan, '--print-design');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({
      name: 'basic-redis',
      caches: [{ id: 'redis-cluster' }],
    });
    expect(imported.errLines[0]).toMatch(/^Imported from terraform show -json \(plan\): \d+ fields mapped/);
    const out = tempDir();
    expect((await run(plan, '--out', out)).code).toBe(0);
    for (const file of generate(findPreset('seed-basic-redis')!.design).filter((entry) =>
      entry.path.endsWith('.tf'),
    ))
      expect(readFileSync(join(out, file.path), 'utf8')).toBe(file.content);
    const fixtures = new URL('../import/__fixtures__/aws-cli/', import.meta.url).pathname;
    const pasted = writeTemp(
      'describe.json',
      ['describe-serverless-caches', 'describe-cache-clusters']
        .map((name) => readFileSync(join(fixtures, `${name}.json`), 'utf8'))
        .join('\n'),
    );
    const fromCli = await run(pasted, '--print-design');
    expect(fromCli.code).toBe(0);
    expect(JSON.parse(fromCli.out).caches.map((cache: { id: string }) => cache.id)).toEqual([
      'sessions-memcached',
      'catalog-cache',
    ]);
    expect(fromCli.err).toMatch(/^Imported from AWS CLI describe output/);
  });

  it.each([
    ['a missing file', () => 'does-not-exist.json', /does-not-exist\.json: no such preset or file/],
    [
      'a truncated JSON file',
      () => writeTemp('t.json', JSON.stringify(PRESETS[0]!.design).slice(0, 40)),
      /not valid JSON/,
    ],
    [
      'a wrong type',
      () => writeTemp('w.json', JSON.stringify({ ...PRESETS[0]!.design, region: 42 })),
      /\$\.region: /,
    ],
    [
      'a newer schema',
      () => writeTemp('n.json', JSON.stringify({ ...PRESETS[0]!.design, schemaVersion: 99 })),
      /newer version/,
    ],
    ['a garbled link', () => '#d1.Zm9vYmFyYmF6', /damaged/],
  ])('exits 2 with a one-line reason and writes nothing for %s', async (_, input, reason) => {
    const out = join(tempDir(), 'bundle');
    const result = await run(input(), '--out', out);
    expect(result.code).toBe(2);
    expect(result.errLines[0]).toMatch(reason);
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('names every schema problem with its JSON path, one per line', async () => {
    const bad = {
      ...PRESETS[0]!.design,
      region: 'mars-1',
      caches: [{ kind: 'replication-group', id: 'Bad_ID' }],
    };
    const result = await run(writeTemp('bad.json', JSON.stringify(bad)), '--out', tempDir());
    expect(result.code).toBe(2);
    expect(result.errLines.some((line) => line.includes('$.region:'))).toBe(true);
    expect(result.errLines.some((line) => line.includes('$.caches[0].id:'))).toBe(true);
  });

  it('exits 1 and writes nothing when the design breaks a rule', async () => {
    const design = structuredClone(findPreset('seed-basic-redis')!.design);
    const cache = design.caches[0]!;
    if (cache.kind !== 'replication-group') throw new Error('expected a replication group');
    cache.automaticFailover = false; // Multi-AZ stays on
    const out = join(tempDir(), 'bundle');
    const result = await run(writeTemp('rule.json', JSON.stringify(design)), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain('$.caches[0].automaticFailover: Multi-AZ needs automatic failover');
    expect(existsSync(out)).toBe(false);
    expect((await run(writeTemp('rule.json', JSON.stringify(design)), '--check')).code).toBe(1);
  });

  it('refuses an existing network without its IDs, or with the example IDs of an old design file', async () => {
    const base = { schemaVersion: 1, name: 'orders', caches: [{ kind: 'replication-group', id: 'orders' }] };
    const missing = await run(
      writeTemp('missing.json', JSON.stringify({ ...base, network: { mode: 'existing' } })),
      '--out',
      join(tempDir(), 'bundle'),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('$.network.vpcId: Enter the ID of the existing VPC the caches go in');
    expect(missing.err).toContain('$.network.subnetIds: Enter at least one subnet ID of the existing VPC');

    // What earlier versions printed for an untouched existing network (--print-design).
    const examples = {
      ...base,
      network: {
        mode: 'existing',
        vpcId: 'vpc-0123456789abcdef0',
        subnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
      },
    };
    const old = await run(
      writeTemp('old.json', JSON.stringify(examples)),
      '--out',
      join(tempDir(), 'bundle'),
    );
    expect(old.code).toBe(1);
    expect(old.err).toContain('$.network.vpcId: vpc-0123456789abcdef0 is an example ID, not a real one');
    expect(old.err).toContain('$.network.subnetIds[1]: subnet-0123456789abcdef1 is an example ID');

    const real = { ...examples, network: existingNetwork() };
    expect(
      (await run(writeTemp('real.json', JSON.stringify(real)), '--out', join(tempDir(), 'bundle'))).code,
    ).toBe(0);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('seed-basic-redis')).code).toBe(2);
    expect((await run('seed-basic-redis', '--out', tempDir(), '--env', 'prod')).code).toBe(2);
    expect((await run('--bogus')).code).toBe(2);
  });
});

describe('render --changes-from', () => {
  it('prints every changing resource instance as JSON, and a readable table worst first', async () => {
    const design = structuredClone(findPreset('seed-basic-redis')!.design);
    const cache = design.caches[0]!;
    if (cache.kind !== 'replication-group') throw new Error('expected a replication group');
    cache.engine = 'valkey';
    cache.engineVersion = '7.2';
    const file = writeTemp('upgraded.json', JSON.stringify(design));
    const json = await run(file, '--changes-from', 'seed-basic-redis', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual([
      {
        address: 'aws_elasticache_replication_group.redis_cluster',
        action: 'update',
        because: ['engine', 'engine_version', 'parameter_group_name'],
      },
      {
        address: 'aws_elasticache_parameter_group.redis_cluster',
        action: 'replace',
        because: ['family', 'name'],
      },
    ]);
    const table = await run(file, '--changes-from', 'seed-basic-redis');
    expect(table.out).toMatch(
      /^action\s+resource\s+because\s+what it means\nupdate\s+aws_elasticache_replication_group\.redis_cluster/,
    );
    expect(table.out).toContain('Plan: 1 to replace, 0 to destroy, 1 to update, 0 to create.');
    expect((await run('seed-basic-redis', '--changes-from', 'seed-basic-redis')).out).toMatch(/^No changes/);
  });

  it('asks which environment to review for a design with environments', async () => {
    const { code, err } = await run('seed-multi-environment', '--changes-from', 'seed-multi-environment');
    expect(code).toBe(2);
    expect(err).toContain('Say which environment');
    expect(
      (
        await run(
          'seed-multi-environment',
          '--changes-from',
          'seed-multi-environment',
          '--env',
          'prod',
          '--json',
        )
      ).out,
    ).toBe('[]');
  });
});
