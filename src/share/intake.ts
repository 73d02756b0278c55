/**
 * The one way in for outside data — a share link, a design file, local storage, a CLI argument:
 * decode → migrate → validate → fill defaults. Nothing reaches the model without passing here, and
 * nothing here throws: every failure is a typed error with a message a person can act on.
 */
import type { z } from 'zod';
import { designSchema, SCHEMA_VERSION, type Design } from '@/model/design';
import { MAX_DESIGN_BYTES } from './limits';

export type IntakeError =
  /** Not decodable at all: bad encoding, bad compression, not JSON, not an object. */
  | { kind: 'broken'; message: string }
  /** Decodes, but carries keys that could pollute prototypes: treated as tampered. */
  | { kind: 'unsafe'; message: string }
  /** Made by a newer version of the app. */
  | { kind: 'too-new'; version: number; message: string }
  | { kind: 'too-large'; message: string }
  /** A design, but one that breaks the schema: one entry per problem, with its JSON path. */
  | { kind: 'invalid'; message: string; issues: { path: string; message: string }[] };

export type IntakeResult = { ok: true; design: Design } | { ok: false; error: IntakeError };

const MAX_DEPTH = 32;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Migrations from each old schema version to the next; empty while version 1 is the only one. */
const MIGRATIONS: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {};

const fail = (error: IntakeError): IntakeResult => ({ ok: false, error });

/** `['caches', 0, 'nodeType']` → `$.caches[0].nodeType` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number'
        ? `${text}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${text}.${String(key)}`
          : `${text}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

/** Walks the parsed JSON once: a key that could reach a prototype, or nesting no design has. */
function findHazard(value: unknown, depth = 0): IntakeError | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH)
    return { kind: 'broken', message: `The design is nested deeper than ${MAX_DEPTH} levels; no design is.` };
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key))
      return {
        kind: 'unsafe',
        message: `The design contains the forbidden key "${key}"; it may have been tampered with.`,
      };
    const found = findHazard((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function formatIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Migrates and validates an already-parsed JSON value. */
export function intakeValue(value: unknown): IntakeResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail({ kind: 'broken', message: 'The design is not a JSON object.' });
  const hazard = findHazard(value);
  if (hazard) return fail(hazard);
  let document = value as Record<string, unknown>;
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({
      kind: 'invalid',
      message: 'The design has no valid schemaVersion.',
      issues: [{ path: '$.schemaVersion', message: `Expected the number ${SCHEMA_VERSION}` }],
    });
  if (version > SCHEMA_VERSION)
    return fail({
      kind: 'too-new',
      version,
      message: `The design was made by a newer version of ElastiCache Configurator (schema ${version}; this one reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
    });
  for (let from = version; from < SCHEMA_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (!migrate)
      return fail({ kind: 'invalid', message: `Schema version ${from} cannot be migrated.`, issues: [] });
    document = { ...migrate(document), schemaVersion: from + 1 };
  }
  const parsed = designSchema.safeParse(document);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    return fail({
      kind: 'invalid',
      message: `The design breaks the schema: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    });
  }
  return { ok: true, design: parsed.data };
}

/** Parses, migrates and validates design JSON text (a design file or a stored draft). */
export function intakeJson(text: string): IntakeResult {
  if (text.length > MAX_DESIGN_BYTES)
    return fail({
      kind: 'too-large',
      message: `The design is larger than ${MAX_DESIGN_BYTES / 1_000_000} MB.`,
    });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ kind: 'broken', message: `The design is not valid JSON (${(error as Error).message}).` });
  }
  return intakeValue(value);
}
