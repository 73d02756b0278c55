/**
 * Writes the files generated from the zod model: public/design.schema.json (the JSON Schema of the
 * design file), and, so that the first screen and the share link need no zod, the design a first
 * visit starts with and the defaults a link leaves out (src/model/data/). `--check` fails when a
 * committed file is out of date (run in CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createDefaultDesign, schemaDefaults } from '../src/model/defaults';
import { designJsonSchemaText } from '../src/model/json-schema';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const generated = [
  { path: 'public/design.schema.json', text: designJsonSchemaText() },
  { path: 'src/model/data/default-design.json', text: json(createDefaultDesign()) },
  { path: 'src/model/data/schema-defaults.json', text: json(schemaDefaults()) },
];

const check = process.argv.includes('--check');
let stale = false;
for (const { path, text } of generated) {
  const target = new URL(`../${path}`, import.meta.url);
  if (!check) {
    writeFileSync(target, text);
    console.log(`Wrote ${path}`);
  } else if (readFileSync(target, 'utf8') !== text) {
    console.error(`${path} is out of date: run npm run schema`);
    stale = true;
  } else console.log(`${path} is up to date`);
}
if (stale) process.exit(1);
