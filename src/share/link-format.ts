/**
 * The share link's format: the URL fragment `#d<schemaVersion>z.<payload>`, where the payload is the
 * design's differences from the defaults, as JSON, compressed as a zlib stream with a preset
 * dictionary (./link-dictionary.ts) and base64url-encoded. The zlib header names the dictionary and its
 * trailer's checksum catches damage that still inflates. The first links, `#d<schemaVersion>.<payload>`,
 * held raw deflate without a dictionary; they still open.
 *
 * Writing a link and unpacking one need no zod, so the generator (the README's link) and the first
 * screen do without it; `./codec.ts` validates what a link holds through the intake.
 */
import { inflateSync, strFromU8, strToU8, zlibSync } from 'fflate';
import type { Design } from '@/model/design';
import { SCHEMA_VERSION } from '@/model/schema-version';
import type { IntakeError } from './intake';
import { MAX_DESIGN_BYTES } from './limits';
import { LINK_DICTIONARIES } from './link-dictionary';
import { pruneDefaults } from './prune';

/** `d<schema version>`, then `z` for zlib with a dictionary (absent in the first, raw-deflate links). */
const PREFIX = /^#?d(\d{1,6})(z?)\.([A-Za-z0-9_-]*)$/;
/** The same header with any payload: tells a damaged payload from a fragment that is no design link. */
const HEADER = /^#?d(\d{1,6})(z?)\.(.*)$/s;
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
    for (let position = 0; position < chars; position++)
      text += BASE64URL[(chunk >> (18 - position * 6)) & 63];
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

/** zlib's Adler-32: the checksum in its trailer, and the ID of a preset dictionary in its header. */
export function adler32(bytes: Uint8Array): number {
  let low = 1;
  let high = 0;
  // 3,800 bytes cannot overflow the sums before the modulo (zlib's NMAX is 5,552).
  for (let start = 0; start < bytes.length; start += 3800) {
    const end = Math.min(start + 3800, bytes.length);
    for (let index = start; index < end; index++) {
      low += bytes[index]!;
      high += low;
    }
    low %= 65521;
    high %= 65521;
  }
  return ((high << 16) | low) >>> 0;
}

/** The dictionaries by their Adler-32, which a link names; prepared when first needed, not at startup. */
let dictionaries: ReadonlyMap<number, Uint8Array> | undefined;
const dictionaryTable = () =>
  (dictionaries ??= new Map(
    LINK_DICTIONARIES.map((text) => {
      const bytes = strToU8(text);
      return [adler32(bytes), bytes] as const;
    }),
  ));

const readUint32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

const broken = (message: string): { ok: false; error: IntakeError } => ({
  ok: false,
  error: { kind: 'broken', message },
});

/** Inflates into a fixed buffer, which bounds what a decompression bomb can claim (fflate truncates to it). */
function inflateBounded(data: Uint8Array, dictionary?: Uint8Array): Uint8Array {
  return inflateSync(data, { out: new Uint8Array(MAX_DESIGN_BYTES + 1), ...(dictionary && { dictionary }) });
}

/** The JSON bytes of a zlib link payload, or why there are none. */
function unzlibWithDictionary(
  bytes: Uint8Array,
): { ok: true; data: Uint8Array } | { ok: false; error: IntakeError } {
  const [method = 0, flags = 0] = bytes;
  if (bytes.length < 12 || (method & 15) !== 8 || ((method << 8) | flags) % 31 !== 0 || !(flags & 0x20))
    return broken('The link is damaged: its design part is not a compressed design.');
  const dictionary = dictionaryTable().get(readUint32(bytes, 2));
  if (!dictionary)
    return broken(
      'The link was compressed with a dictionary this version of the app does not know; it may come from a newer version.',
    );
  const data = inflateBounded(bytes.subarray(6, -4), dictionary);
  if (data.length <= MAX_DESIGN_BYTES && adler32(data) !== readUint32(bytes, bytes.length - 4))
    return broken('The link is damaged: its checksum does not match its content.');
  return { ok: true, data };
}

/**
 * The fragment (with its `#`) that reopens this design. Holds no secrets: the model has none. The
 * design must be one the schema parsed (every design in the app and the CLI is): its keys are then in
 * the schema's order, and the same design always gives the same link.
 */
export function encodeShareFragment(design: Design): string {
  const payload = strToU8(JSON.stringify(pruneDefaults(design)));
  // fflate writes the dictionary's ID into the zlib header and the checksum into the trailer. The
  // shortest result wins, the older dictionary on a tie, so adding a dictionary keeps earlier links.
  let shortest: Uint8Array | undefined;
  for (const dictionary of dictionaryTable().values()) {
    const compressed = zlibSync(payload, { level: 9, dictionary });
    if (!shortest || compressed.length < shortest.length) shortest = compressed;
  }
  return `#d${SCHEMA_VERSION}z.${toBase64Url(shortest!)}`;
}

/** The characters outside base64url in `payload`, quoted for a message (the first few), if any. */
function foreignCharacters(payload: string): string | undefined {
  const found = [...new Set(payload.replace(/[A-Za-z0-9_-]/g, ''))];
  if (!found.length) return undefined;
  const shown = found.slice(0, 5).map((char) => (char.trim() ? `“${char}”` : 'a space'));
  return `${found.length === 1 ? 'the character' : 'the characters'} ${shown.join(' ')}${found.length > 5 ? ' and others' : ''}`;
}

export function isShareFragment(text: string): boolean {
  return PREFIX.test(text);
}

/**
 * What a fragment (with or without `#`, or a whole URL) holds: its schema version and its JSON object,
 * not yet validated; or why it holds nothing.
 */
export function unpackShareFragment(
  input: string,
): { ok: true; version: number; value: Record<string, unknown> } | { ok: false; error: IntakeError } {
  const hashAt = input.indexOf('#');
  const fragment = hashAt >= 0 ? input.slice(hashAt) : input;
  if (fragment.length > MAX_FRAGMENT_LENGTH)
    return { ok: false, error: { kind: 'too-large', message: 'The link is too long to be a design link.' } };
  const match = HEADER.exec(fragment);
  if (!match)
    return broken(
      `The link does not hold a design: the part after “#” of a design link starts with “d${SCHEMA_VERSION}z.”.`,
    );
  const foreign = foreignCharacters(match[3]!);
  if (foreign)
    return broken(
      `The link is damaged: its design part (after “${fragment.slice(0, fragment.indexOf('.') + 1)}”) holds ${foreign}, which a design link never has; it may have been edited, or changed by the program it was copied through.`,
    );
  const version = Number(match[1]);
  const bytes = fromBase64Url(match[3]!);
  if (!bytes)
    return broken(
      'The link is incomplete: its design part ends mid-character, so it was probably cut short when copied.',
    );
  let json: string;
  try {
    let inflated: Uint8Array;
    if (match[2]) {
      const unpacked = unzlibWithDictionary(bytes);
      if (!unpacked.ok) return unpacked;
      inflated = unpacked.data;
    } else inflated = inflateBounded(bytes);
    if (inflated.length > MAX_DESIGN_BYTES)
      return {
        ok: false,
        error: { kind: 'too-large', message: 'The design in the link is larger than 1 MB.' },
      };
    json = strFromU8(inflated);
  } catch {
    return broken('The link is damaged or incomplete: its design cannot be decompressed.');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return broken('The link is damaged: its design is not valid JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return broken('The link is damaged: it does not hold a design object.');
  return { ok: true, version, value: value as Record<string, unknown> };
}
