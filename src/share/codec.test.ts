import fc from 'fast-check';
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDefaultDesign, defineDesign } from '@/model/defaults';
import { PRESETS } from '@/model/presets';
import { checkDesign } from '@/model/rules';
import { validDesignArbitrary } from '@/testing/design-arbitrary';
import { adler32, decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './codec';
import { intakeJson } from './intake';
import { LINK_DICTIONARIES } from './link-dictionary';
import { pruneDefaults } from './prune';

const payloadOf = (design: Parameters<typeof pruneDefaults>[0]) =>
  strToU8(JSON.stringify(pruneDefaults(design)));

describe('share codec', () => {
  it('round-trips every preset and random designs exactly', () => {
    for (const preset of PRESETS) {
      const decoded = decodeShareFragment(encodeShareFragment(preset.design));
      expect(decoded, preset.id).toEqual({ ok: true, design: preset.design });
    }
    fc.assert(
      fc.property(validDesignArbitrary, (design) => {
        expect(decodeShareFragment(encodeShareFragment(design))).toEqual({ ok: true, design });
      }),
      { numRuns: 100 },
    );
  });

  it('writes a versioned, URL-safe fragment that holds only what differs from the defaults', () => {
    const fragment = encodeShareFragment(createDefaultDesign());
    expect(fragment).toMatch(/^#d1z\.[A-Za-z0-9_-]+$/);
  });

  it('keeps preset links short, and designs edited from a preset too', () => {
    for (const preset of PRESETS) {
      expect(encodeShareFragment(preset.design).length, preset.id).toBeLessThanOrEqual(100);
      const edited = {
        ...preset.design,
        name: 'renamed-for-my-team',
        tags: { ...preset.design.tags, Team: 'payments' },
      };
      expect(encodeShareFragment(edited).length, preset.id).toBeLessThanOrEqual(160);
    }
  });

  it('opens the first links: raw deflate without a dictionary (#d1.)', () => {
    for (const preset of PRESETS) {
      const legacy = `#d1.${toBase64Url(deflateSync(payloadOf(preset.design), { level: 9 }))}`;
      expect(decodeShareFragment(legacy), preset.id).toEqual({ ok: true, design: preset.design });
    }
  });

  it('opens links from when an existing network came with example IDs; the rules flag what they hold', () => {
    const legacyLink = (payload: object) =>
      `#d1.${toBase64Url(deflateSync(strToU8(JSON.stringify(payload)), { level: 9 }))}`;
    const networkRuleMessages = (fragment: string) => {
      const decoded = decodeShareFragment(fragment);
      if (!decoded.ok) throw new Error(decoded.error.message);
      return checkDesign(decoded.design)
        .filter((finding) => finding.ruleId === 'existing-network-ids')
        .map((finding) => `${finding.path.join('.')}: ${finding.message}`);
    };
    // Untouched example IDs were the defaults then, so the link left them out: it opens without IDs.
    const untouched = {
      name: 'orders',
      network: { mode: 'existing' },
      caches: [{ kind: 'replication-group', id: 'a' }],
    };
    expect(networkRuleMessages(legacyLink(untouched))).toEqual([
      'network.vpcId: Enter the ID of the existing VPC the caches go in (vpc-…).',
      'network.subnetIds: Enter at least one subnet ID of the existing VPC, ideally one per Availability Zone.',
    ]);
    // A link that wrote them out (one example subnet removed, say) keeps them, and they are named as examples.
    const edited = {
      ...untouched,
      network: { mode: 'existing', vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] },
    };
    expect(networkRuleMessages(legacyLink(edited))).toEqual([
      'network.vpcId: vpc-0123456789abcdef0 is an example ID, not a real one: enter the ID from your AWS account.',
      'network.subnetIds.0: subnet-0123456789abcdef0 is an example ID, not a real one: enter the ID from your AWS account.',
    ]);
  });

  it('computes Adler-32 as zlib does, and dictionary 1 keeps the ID its links carry', () => {
    expect(adler32(strToU8('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
    // Editing a shipped dictionary would break every link made with it: add a new one instead.
    expect(adler32(strToU8(LINK_DICTIONARIES[0]!))).toBe(0x9656c0ba);
    expect(adler32(strToU8(LINK_DICTIONARIES[1]!))).toBe(0x4085ce31);
  });

  it('opens links made with dictionary 1 after dictionary 2 was added', () => {
    for (const preset of PRESETS) {
      const payload = strToU8(JSON.stringify(pruneDefaults(preset.design)));
      const compressed = zlibSync(payload, { level: 9, dictionary: strToU8(LINK_DICTIONARIES[0]!) });
      const link = `#d1z.${toBase64Url(compressed)}`;
      expect(decodeShareFragment(link), preset.id).toEqual({ ok: true, design: preset.design });
    }
  });

  it('keeps the meaning of a Memcached link without a version: 1.6.17, the default when links began', () => {
    const memcached = (engineVersion?: string) =>
      defineDesign({
        name: 'my-cache',
        caches: [{ kind: 'memcached', id: 'sessions', ...(engineVersion ? { engineVersion } : {}) }],
      });
    // A link written before the default moved to 1.6.22 leaves the version out.
    const old = `#d1z.${toBase64Url(
      zlibSync(
        strToU8(JSON.stringify({ name: 'my-cache', caches: [{ kind: 'memcached', id: 'sessions' }] })),
        {
          level: 9,
          dictionary: strToU8(LINK_DICTIONARIES[0]!),
        },
      ),
    )}`;
    const opened = decodeShareFragment(old);
    expect(opened.ok && opened.design.caches[0]).toMatchObject({ engineVersion: '1.6.17' });
    // New designs get 1.6.22, and their links say so.
    expect(memcached().caches[0]).toMatchObject({ engineVersion: '1.6.22' });
    for (const version of ['1.6.22', '1.6.17', '1.6.12']) {
      const design = memcached(version);
      expect(decodeShareFragment(encodeShareFragment(design)), version).toEqual({ ok: true, design });
    }
  });

  it('refuses a link whose checksum does not match, or whose dictionary it does not know', () => {
    const design = PRESETS[0]!.design;
    const valid = zlibSync(payloadOf(design), { level: 9, dictionary: strToU8(LINK_DICTIONARIES.at(-1)!) });
    const wrongChecksum = valid.slice();
    wrongChecksum[wrongChecksum.length - 1]! ^= 1;
    expect(decodeShareFragment(`#d1z.${toBase64Url(wrongChecksum)}`)).toMatchObject({
      ok: false,
      error: { kind: 'broken', message: expect.stringContaining('checksum') },
    });
    const otherDictionary = zlibSync(payloadOf(design), {
      level: 9,
      dictionary: strToU8('{"name":"another"}'),
    });
    expect(decodeShareFragment(`#d1z.${toBase64Url(otherDictionary)}`)).toMatchObject({
      ok: false,
      error: { kind: 'broken', message: expect.stringContaining('dictionary') },
    });
  });

  it('accepts a whole URL as well as the bare fragment', () => {
    const design = createDefaultDesign();
    const fragment = encodeShareFragment(design);
    expect(decodeShareFragment(`https://configurator.example/#${fragment.slice(1)}`)).toEqual({
      ok: true,
      design,
    });
    expect(decodeShareFragment(fragment.slice(1))).toEqual({ ok: true, design });
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['not a design link', 'https://example.com/page', 'broken'],
    ['bad base64url', '#d1.A', 'broken'],
    ['not deflate data', '#d1.Zm9vYmFyYmF6', 'broken'],
    ['not zlib data', '#d1z.Zm9vYmFyYmF6', 'broken'],
    ['a truncated link', encodeShareFragment(PRESETS[3]!.design).slice(0, 30), 'broken'],
    [
      'a link from a newer app',
      encodeShareFragment(createDefaultDesign()).replace('#d1z.', '#d7z.'),
      'too-new',
    ],
  ])('returns a typed error for %s', (_, input, kind) => {
    const result = decodeShareFragment(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it.each([
    ['no design header', 'https://example.com/#top', /part after “#” of a design link starts with “d1z\.”/],
    [
      'characters outside base64url',
      '#d1z.!!!not-a-link***',
      /after “#d1z\.”\) holds the characters “!” “\*”/,
    ],
    ['a payload cut mid-character', '#d1z.AAAAA', /cut short when copied/],
    [
      'a changed character that still decodes',
      // The second-to-last character lies in the stream's checksum, and all its bits count (the last
      // one's low bits may be padding, which decodes the same).
      encodeShareFragment(PRESETS[3]!.design).replace(
        /.(.)$/,
        (_, last) => (_[0] === 'A' ? 'B' : 'A') + last,
      ),
      /checksum does not match/,
    ],
  ])('says what is wrong with a link with %s', (_, input, message) => {
    const result = decodeShareFragment(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toMatch(/should start with/);
    }
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const prefix of ['#d1.', '#d1z.'])
          expect(typeof decodeShareFragment(`${prefix}${text}`).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('intake', () => {
  it('fills defaults into a minimal design', () => {
    const result = intakeJson(
      JSON.stringify({ schemaVersion: 1, name: 'tiny', caches: [{ kind: 'memcached', id: 'mc' }] }),
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.design.caches[0]).toMatchObject({ kind: 'memcached', nodeCount: 2, port: 11211 });
  });

  it('refuses prototype-polluting keys without touching prototypes', () => {
    const result = intakeJson('{"schemaVersion":1,"name":"x","tags":{"__proto__":{"polluted":"yes"}}}');
    expect(result).toMatchObject({ ok: false, error: { kind: 'unsafe' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names each schema problem with its JSON path', () => {
    const result = intakeJson(
      JSON.stringify({
        schemaVersion: 1,
        name: 'x',
        caches: [{ kind: 'serverless', id: 's', limits: { ecpuPerSecondMax: 5 } }],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid')
      expect(result.error.issues.map((issue) => issue.path)).toContain('$.caches[0].limits.ecpuPerSecondMax');
  });

  it('refuses oversized input before parsing', () => {
    expect(intakeJson(' '.repeat(1_000_001))).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });
});
