import { describe, expect, it } from 'vitest';
import publishedSchema from '../../public/design.schema.json';
import { cacheOverrideSchema } from './design';
import { FIELDS, OVERRIDE_FIELDS, fieldEntry } from './fields';
import { designJsonSchema, forEachProperty } from './json-schema';
import { PRESETS } from './presets';
import { updateBehaviour } from './update-behaviour';

type SchemaNode = Record<string, unknown>;

/** Every property of the design's JSON Schema, by path pattern (a field of several cache kinds once). */
function schemaProperties(schema: unknown = designJsonSchema()): Map<string, SchemaNode[]> {
  const properties = new Map<string, SchemaNode[]>();
  forEachProperty(schema, (property, path) => {
    const key = path.join('.');
    properties.set(key, [...(properties.get(key) ?? []), property]);
  });
  return properties;
}

/** Every leaf value of a design with its concrete path (`caches.0.backups.window`, `tags.Name`). */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.length ? value.flatMap((item, index) => leafPaths(item, [...path, index])) : [path];
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([key, item]) => leafPaths(item, [...path, key])) : [path];
  }
  return [path];
}

describe('the field registry', () => {
  it('declares every field of the schema, and nothing the schema does not have', () => {
    const schemaPaths = [...schemaProperties().keys()];
    expect(schemaPaths.length).toBeGreaterThan(100);
    expect(schemaPaths.filter((path) => !FIELDS.some((entry) => entry.path === path))).toEqual([]);
    expect(FIELDS.map((entry) => entry.path).filter((path) => !schemaPaths.includes(path))).toEqual([]);
    expect(new Set(FIELDS.map((entry) => entry.path)).size).toBe(FIELDS.length);
  });

  it('gives every field a label and a help text', () => {
    for (const entry of FIELDS) {
      expect(entry.text.label, entry.path).not.toBe('');
      expect(entry.text.help.length, entry.path).toBeGreaterThan(10);
    }
  });

  it('knows what changing each field of every preset does to a running cache', () => {
    const unanswered = PRESETS.flatMap(({ id, design }) =>
      leafPaths(design)
        .filter((path) => fieldEntry(path)?.inForm !== false && !updateBehaviour(design, path))
        .map((path) => `${id}: ${path.join('.')}`),
    );
    expect(unanswered).toEqual([]);
  });

  it('states the limits the schema checks', () => {
    const properties = schemaProperties();
    for (const entry of FIELDS.filter((field) => field.limits))
      for (const property of properties.get(entry.path)!) {
        const [min, max] = entry.limits!;
        const option = (property.anyOf as SchemaNode[] | undefined)?.[0] ?? property;
        expect([option.minimum, option.maximum], entry.path).toEqual([min, max]);
      }
  });

  it('has one override table, which the override schema follows', () => {
    expect(OVERRIDE_FIELDS.map((field) => field.key).sort()).toEqual(
      Object.keys(cacheOverrideSchema.shape).sort(),
    );
    expect(OVERRIDE_FIELDS.find((field) => field.key === 'backupRetentionDays')?.targets).toEqual([
      { path: 'backups.retentionDays', kinds: ['replication-group'] },
      { path: 'snapshots.retentionDays', kinds: ['serverless'] },
    ]);
  });
});

describe('public/design.schema.json', () => {
  it('has a title and a description on every property', () => {
    const schema: unknown = publishedSchema;
    let count = 0;
    const bare: string[] = [];
    forEachProperty(schema, (property, path) => {
      count++;
      if (typeof property.description !== 'string' || typeof property.title !== 'string')
        bare.push(path.join('.'));
    });
    expect(bare).toEqual([]);
    expect(count).toBeGreaterThan(150);
  });
});
