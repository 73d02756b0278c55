import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultDesign } from '@/model/defaults';
import { PRESETS } from '@/model/presets';
import { validDesignArbitrary } from '@/testing/design-arbitrary';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './codec';
import { intakeJson } from './intake';

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
    expect(fragment).toMatch(/^#d1\.[A-Za-z0-9_-]+$/);
    for (const preset of PRESETS) expect(encodeShareFragment(preset.design).length, preset.id).toBeLessThan(1200);
  });

  it('accepts a whole URL as well as the bare fragment', () => {
    const design = createDefaultDesign();
    const fragment = encodeShareFragment(design);
    expect(decodeShareFragment(`https://configurator.example/#${fragment.slice(1)}`)).toEqual({ ok: true, design });
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
    ['a truncated link', encodeShareFragment(PRESETS[3]!.design).slice(0, 30), 'broken'],
    ['a link from a newer app', encodeShareFragment(createDefaultDesign()).replace('#d1.', '#d7.'), 'too-new'],
  ])('returns a typed error for %s', (_, input, kind) => {
    const result = decodeShareFragment(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeShareFragment(`#d1.${text}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('intake', () => {
  it('fills defaults into a minimal design', () => {
    const result = intakeJson(JSON.stringify({ schemaVersion: 1, name: 'tiny', caches: [{ kind: 'memcached', id: 'mc' }] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.design.caches[0]).toMatchObject({ kind: 'memcached', nodeCount: 2, port: 11211 });
  });

  it('refuses prototype-polluting keys without touching prototypes', () => {
    const result = intakeJson('{"schemaVersion":1,"name":"x","tags":{"__proto__":{"polluted":"yes"}}}');
    expect(result).toMatchObject({ ok: false, error: { kind: 'unsafe' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names each schema problem with its JSON path', () => {
    const result = intakeJson(JSON.stringify({ schemaVersion: 1, name: 'x', caches: [{ kind: 'serverless', id: 's', limits: { ecpuPerSecondMax: 5 } }] }));
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid')
      expect(result.error.issues.map((issue) => issue.path)).toContain('$.caches[0].limits.ecpuPerSecondMax');
  });

  it('refuses oversized input before parsing', () => {
    expect(intakeJson(' '.repeat(1_000_001))).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });
});
