/**
 * Writes public/design.schema.json, the JSON Schema of the design file, from the zod model.
 * `--check` fails when the committed file is out of date (run in CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { designJsonSchemaText } from '../src/model/json-schema';

const target = new URL('../public/design.schema.json', import.meta.url);
const text = designJsonSchemaText();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('public/design.schema.json is out of date: run npm run schema');
    process.exit(1);
  }
  console.log('public/design.schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log('Wrote public/design.schema.json');
}
