/** The design file's JSON Schema, generated from the zod model: public API for users and pipelines. */
import { z } from 'zod';
import { designSchema } from './design';

export function designJsonSchema(): Record<string, unknown> {
  // `input`: what a file may contain — fields with defaults are optional.
  const schema = z.toJSONSchema(designSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    title: 'ElastiCache Configurator design',
    description: 'A design file: one ElastiCache deployment. Fields with defaults may be left out.',
  };
}

export const designJsonSchemaText = () => JSON.stringify(designJsonSchema(), null, 2) + '\n';
