import { describe, expect, it } from 'vitest';
import defaultDesignData from './data/default-design.json';
import schemaDefaultsData from './data/schema-defaults.json';
import { createDefaultDesign, schemaDefaults } from './defaults';
import { defaultDesign } from './default-design';
import { designSchema } from './design';

// The JSON files are written by `npm run schema` (and checked by `npm run schema -- --check`).
describe('data generated from the schema', () => {
  it('holds the default design, handed out as a fresh copy each time', () => {
    expect(defaultDesignData).toEqual(createDefaultDesign());
    expect(designSchema.parse(defaultDesign())).toEqual(defaultDesign());
    expect(defaultDesign()).not.toBe(defaultDesign());
  });

  it('holds the defaults the schema fills in, which depend on no name or ID', () => {
    expect(schemaDefaultsData).toEqual(schemaDefaults());
    expect(schemaDefaults('another-name', 'another-id')).toEqual(schemaDefaultsData);
  });
});
