/** The design file's JSON Schema, generated from the zod model: public API for users and pipelines. */
import { z } from 'zod';
import { designSchema } from './design';
import { fieldEntry } from './fields';

type SchemaNode = Record<string, unknown>;

/**
 * Calls `visit` with every property of the schema and its path pattern (`caches.*.port`): through
 * objects, array items, record values and the options of unions.
 */
export function forEachProperty(
  node: unknown,
  visit: (property: SchemaNode, path: string[]) => void,
  path: string[] = [],
) {
  if (!node || typeof node !== 'object') return;
  const schema = node as SchemaNode;
  for (const [key, property] of Object.entries((schema.properties as Record<string, SchemaNode>) ?? {})) {
    visit(property, [...path, key]);
    forEachProperty(property, visit, [...path, key]);
  }
  forEachProperty(schema.items, visit, [...path, '*']);
  forEachProperty(schema.additionalProperties, visit, [...path, '*']);
  for (const options of [schema.anyOf, schema.oneOf, schema.allOf])
    if (Array.isArray(options)) for (const option of options) forEachProperty(option, visit, path);
}

export function designJsonSchema(): Record<string, unknown> {
  // `input`: what a file may contain — fields with defaults are optional.
  const schema = z.toJSONSchema(designSchema, { io: 'input', target: 'draft-2020-12' });
  // Titles and descriptions come from the field registry.
  forEachProperty(schema, (property, path) => {
    const text = fieldEntry(path.join('.'))?.text;
    if (!text) return;
    property.title = text.label;
    property.description = text.docs ? `${text.help} See ${text.docs}` : text.help;
  });
  return {
    ...schema,
    title: 'ElastiCache Configurator design',
    description: 'A design file: one ElastiCache deployment. Fields with defaults may be left out.',
  };
}

export const designJsonSchemaText = () => JSON.stringify(designJsonSchema(), null, 2) + '\n';
