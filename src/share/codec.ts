/**
 * Share links: the URL fragment `#d<schemaVersion>.<payload>`, where the payload is the design's
 * differences from the defaults, as JSON, deflated and base64url-encoded. Decoding goes through
 * `intake`, so a link is migrated, validated and filled with defaults like any other input.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { designSchema, SCHEMA_VERSION, type Design } from '@/model/design';
import { intakeValue, MAX_DESIGN_BYTES, type IntakeResult } from './intake';
import { pruneDefaults } from './prune';

const PREFIX = /^#?d(\d{1,6})\.([A-Za-z0-9_-]*)$/;
/** A link longer than this is refused before decoding (browsers cap URLs near 2 MB). */
export const MAX_FRAGMENT_LENGTH = 1_000_000;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_INDEX = new Map([...BASE64URL].map((char, index) => [char, index]));

// Hand-rolled so the core runs alike in Node and the browser, without btoa/Buffer.
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = index + 1 >= bytes.length ? 2 : index + 2 >= bytes.length ? 3 : 4;
    for (let position = 0; position < chars; position++) text += BASE64URL[(chunk >> (18 - position * 6)) & 63];
  }
  return text;
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (const char of text) {
    const value = BASE64URL_INDEX.get(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 255;
    }
  }
  return bytes.subarray(0, length);
}

/** The fragment (with its `#`) that reopens this design. Holds no secrets: the model has none. */
export function encodeShareFragment(design: Design): string {
  const payload = pruneDefaults(designSchema.parse(design));
  const compressed = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 });
  return `#d${SCHEMA_VERSION}.${toBase64Url(compressed)}`;
}

export function isShareFragment(text: string): boolean {
  return PREFIX.test(text);
}

/** Decodes a fragment (with or without `#`, or a whole URL) into a design, or a typed error. */
export function decodeShareFragment(input: string): IntakeResult {
  const hashAt = input.indexOf('#');
  const fragment = hashAt >= 0 ? input.slice(hashAt) : input;
  if (fragment.length > MAX_FRAGMENT_LENGTH)
    return { ok: false, error: { kind: 'too-large', message: 'The link is too long to be a design link.' } };
  const match = PREFIX.exec(fragment);
  if (!match)
    return { ok: false, error: { kind: 'broken', message: 'The link does not hold a design (it should end in #d1.…).' } };
  const version = Number(match[1]);
  const bytes = fromBase64Url(match[2]!);
  if (!bytes) return { ok: false, error: { kind: 'broken', message: 'The link is damaged: its design part is not valid base64url.' } };
  let json: string;
  try {
    // A fixed output buffer bounds the memory a decompression bomb can claim; fflate truncates to it.
    const inflated = inflateSync(bytes, { out: new Uint8Array(MAX_DESIGN_BYTES + 1) });
    if (inflated.length > MAX_DESIGN_BYTES)
      return { ok: false, error: { kind: 'too-large', message: 'The design in the link is larger than 1 MB.' } };
    json = strFromU8(inflated);
  } catch {
    return { ok: false, error: { kind: 'broken', message: 'The link is damaged or incomplete: its design cannot be decompressed.' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { kind: 'broken', message: 'The link is damaged: its design is not valid JSON.' } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: { kind: 'broken', message: 'The link is damaged: it does not hold a design object.' } };
  return intakeValue({ ...(value as Record<string, unknown>), schemaVersion: version });
}
