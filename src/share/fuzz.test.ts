/**
 * Share-link fuzzing: links from chat get truncated, mangled and tampered with. Whatever arrives,
 * decoding returns — never throws — a design the schema accepts or a typed error, and never touches
 * a prototype. Seeded (FC_SEED replays), with the case count of each family printed.
 */
import fc from 'fast-check';
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { designSchema } from '@/model/design';
import { PRESETS } from '@/model/presets';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from './codec';
import type { IntakeResult } from './intake';
import { LINK_DICTIONARIES } from './link-dictionary';

const seed = Number(process.env.FC_SEED ?? 20261126);
const counts = new Map<string, number>();
const ERROR_KINDS = new Set(['broken', 'unsafe', 'too-new', 'too-large', 'invalid']);
const validFragments = PRESETS.map((preset) => encodeShareFragment(preset.design));
const dictionary = strToU8(LINK_DICTIONARIES.at(-1)!);
/** A link holding `json` as the app writes it (zlib with the link dictionary), or as the first links did (raw deflate). */
const linkOf = (json: string, { version = 1, legacy = false } = {}) =>
  legacy
    ? `#d${version}.${toBase64Url(deflateSync(strToU8(json)))}`
    : `#d${version}z.${toBase64Url(zlibSync(strToU8(json), { dictionary }))}`;
const fragmentOf = (value: unknown, version = 1) => linkOf(JSON.stringify(value), { version });

/** Decodes and checks the contract; returns the result for family-specific assertions. */
function decodeSafely(family: string, input: string): IntakeResult {
  counts.set(family, (counts.get(family) ?? 0) + 1);
  let result: IntakeResult;
  try {
    result = decodeShareFragment(input);
  } catch (error) {
    throw new Error(
      `${family}: decoding threw ${(error as Error).message} for ${JSON.stringify(input.slice(0, 200))}`,
    );
  }
  if (result.ok) expect(designSchema.safeParse(result.design).success).toBe(true);
  else {
    expect(ERROR_KINDS.has(result.error.kind)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(10);
  }
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}

const runs = (numRuns: number) => ({ seed, numRuns });

describe('share link fuzzing', () => {
  afterAll(() => {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `share-link fuzz: ${total} cases (seed ${seed}): ${[...counts].map(([family, count]) => `${family} ${count}`).join(', ')}`,
    );
  });

  it('random text and random bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => void decodeSafely('random text', text)),
      runs(1500),
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('#d1.', '#d1z.'),
        (bytes, prefix) => void decodeSafely('random bytes', `${prefix}${toBase64Url(bytes)}`),
      ),
      runs(1500),
    );
    // Random bytes behind a valid zlib header naming the link dictionary: only the checksum can tell.
    const header = [...fromBase64Url(validFragments[0]!.slice(5))!.subarray(0, 6)];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 600 }), (bytes) => {
        const result = decodeSafely(
          'random bytes behind a valid header',
          `#d1z.${toBase64Url(new Uint8Array([...header, ...bytes]))}`,
        );
        expect(result.ok).toBe(false);
      }),
      runs(1000),
    );
  });

  it('truncations and bit flips of valid links', () => {
    const fragment = fc.constantFrom(...validFragments);
    fc.assert(
      fc.property(fragment, fc.nat(), (valid, cut) => {
        const result = decodeSafely('truncation', valid.slice(0, cut % valid.length));
        expect(result.ok).toBe(false);
      }),
      runs(2000),
    );
    fc.assert(
      fc.property(fragment, fc.nat(), fc.integer({ min: 0, max: 5 }), (valid, position, bit) => {
        const index = 4 + (position % (valid.length - 4));
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const flipped = alphabet[(alphabet.indexOf(valid[index]!) ^ (1 << bit)) & 63]!;
        decodeSafely('bit flip', valid.slice(0, index) + flipped + valid.slice(index + 1));
      }),
      runs(2000),
    );
  });

  it('a valid prefix followed by garbage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validFragments),
        fc.string({ minLength: 1, maxLength: 50 }),
        (valid, garbage) => {
          decodeSafely('prefix + garbage', valid + garbage);
        },
      ),
      runs(1000),
    );
  });

  it('oversized payloads and decompression bombs', () => {
    const bomb = JSON.stringify({ schemaVersion: 1, name: 'bomb', notes: 'x'.repeat(3_000_000) });
    for (const legacy of [false, true])
      expect(decodeSafely('oversized', linkOf(bomb, { legacy }))).toMatchObject({
        ok: false,
        error: { kind: 'too-large' },
      });
    expect(decodeSafely('oversized', `#d1.${'A'.repeat(1_100_000)}`)).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    fc.assert(
      fc.property(fc.integer({ min: 1_000_001, max: 2_000_000 }), (size) => {
        const result = decodeSafely(
          'oversized',
          fragmentOf({ schemaVersion: 1, name: 'big', description: 'y'.repeat(size) }),
        );
        expect(result.ok).toBe(false);
      }),
      runs(20),
    );
  });

  it('deeply nested JSON', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 20_000 }),
        fc.constantFrom('{"a":', '['),
        fc.boolean(),
        (depth, opener, legacy) => {
          const closer = opener === '[' ? ']' : '}';
          const json = `{"schemaVersion":1,"name":"deep","tags":${opener.repeat(depth)}1${closer.repeat(depth)}}`;
          expect(decodeSafely('deep nesting', linkOf(json, { legacy })).ok).toBe(false);
        },
      ),
      runs(300),
    );
  });

  it('prototype keys anywhere', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    // Top level, or inside the first cache: JSON text, since JS objects cannot hold "__proto__" as data.
    const anchor = fc.constantFrom('{', '"kind":');
    fc.assert(
      fc.property(
        key,
        anchor,
        fc.constantFrom(...PRESETS.map((preset) => preset.design)),
        fc.boolean(),
        (unsafeKey, at, design, legacy) => {
          const json = JSON.stringify(design).replace(
            at,
            at === '{' ? `{"${unsafeKey}":{"polluted":"yes"},` : `"${unsafeKey}":{"polluted":"yes"},"kind":`,
          );
          expect(decodeSafely('prototype keys', linkOf(json, { legacy }))).toMatchObject({
            ok: false,
            error: { kind: 'unsafe' },
          });
        },
      ),
      runs(600),
    );
  });

  it('a wrong type in every field', () => {
    const design = PRESETS.find((preset) => preset.id === 'ha-valkey')!.design;
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value !== null && typeof value === 'object')
        Object.entries(value).forEach(([key, inner]) =>
          walk(inner, [...path, Array.isArray(value) ? Number(key) : key]),
        );
      else leaves.push(path);
    };
    walk(design, []);
    const wrongValues = [null, 42, 'text', true, [], {}];
    for (const path of leaves)
      for (const wrong of wrongValues) {
        const copy = structuredClone(design) as unknown as Record<string, unknown>;
        let target = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        const original = target[path.at(-1)!];
        if (typeof original === typeof wrong && !Array.isArray(wrong) && wrong !== null) continue;
        target[path.at(-1)!] = wrong;
        const result = decodeSafely('wrong types', fragmentOf(copy));
        // The schema version travels in the prefix, so a wrong value there is ignored.
        if (path[0] !== 'schemaVersion')
          expect(result.ok, `${path.join('.')} = ${JSON.stringify(wrong)}`).toBe(false);
      }
  });

  it('unknown fields, newer and older schema versions', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-zA-Z]{2,12}$/), fc.jsonValue(), (key, value) => {
        const design = { ...PRESETS[0]!.design, [`x${key}`]: value };
        expect(decodeSafely('unknown fields', fragmentOf(design))).toMatchObject({
          ok: false,
          error: { kind: 'invalid' },
        });
      }),
      runs(500),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999 }), (version) => {
        expect(decodeSafely('newer version', fragmentOf(PRESETS[0]!.design, version))).toMatchObject({
          ok: false,
          error: { kind: 'too-new' },
        });
      }),
      runs(300),
    );
    expect(decodeSafely('older version', fragmentOf(PRESETS[0]!.design, 0)).ok).toBe(false);
  });

  it('ran at least 10,000 cases', () => {
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(10_000);
  });
});
