/**
 * The bundle describes and bounds the variables of registered fields as the field registry says
 * (fields.ts `variableDescription`, `limits`): a description or a range typed in a generator again
 * fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '@/model/design';
import { FIELDS, variableDescription, type FieldEntry } from '@/model/fields';
import { PRESETS } from '@/model/presets';
import { rangeMessage } from '@/model/rule-messages';
import { snake, type Variable } from './context';
import { bundleVariables } from './index';

interface Described {
  entry: FieldEntry;
  /** What the description is of: a cache, a cache in a secondary region, or nothing (design fields). */
  subject?: string;
}

const CACHE_PREFIX = 'caches.*.';
// The variables are the cache fields'; an override's entry repeats its field's variable.
const variableFields = FIELDS.filter(
  (entry) => entry.variable && !entry.path.startsWith('environments.*.overrides.'),
);

/** The registered fields each variable name of the design stands for (a name may have several). */
function fieldsByVariable(design: Design): Map<string, Described[]> {
  const byName = new Map<string, Described[]>();
  const add = (name: string, described: Described) =>
    byName.set(name, [...(byName.get(name) ?? []), described]);
  for (const entry of variableFields) {
    const variable = entry.variable!;
    if (!entry.path.startsWith(CACHE_PREFIX)) {
      add(variable, { entry });
      continue;
    }
    for (const cache of design.caches) {
      const prefix = `${snake(cache.id)}_`;
      if (!variable.includes('<region>')) add(prefix + variable, { entry, subject: cache.id });
      else if (cache.kind === 'replication-group' && cache.globalDatastore.enabled)
        for (const { region } of cache.globalDatastore.secondaries)
          add(prefix + variable.replace('<region>', snake(region)), {
            entry,
            subject: `${cache.id} in ${region}`,
          });
    }
  }
  return byName;
}

/** A range in prose or in a condition: `0–5`, `1,000–15,000,000`. */
const RANGE_TEXT = /\d[\d,]*\s*[–-]\s*\d/;

/** The registry's description, or it followed by the generator's remark (which names no range). */
function describesAs(variable: Variable, expected: string): boolean {
  if (variable.description === expected) return true;
  const remark = variable.description.slice(expected.length + 1);
  return variable.description.startsWith(`${expected} `) && !RANGE_TEXT.test(remark);
}

/** Problems with the range validations of a variable whose field has limits. */
function rangeProblems(variable: Variable, [min, max]: readonly [number, number]): string[] {
  const name = `var.${variable.name}`;
  const validations = variable.validations ?? [];
  const bounds = new RegExp(
    `${name.replace(/\./g, '\\.')} >= (\\d+) && ${name.replace(/\./g, '\\.')} <= (\\d+)`,
  );
  const problems = validations.flatMap((validation) => {
    const checked = bounds.exec(validation.condition);
    const said = /^Must be between (\d+) and (\d+)\.$/.exec(validation.message);
    return [checked, said].flatMap((found) =>
      found && (Number(found[1]) !== min || Number(found[2]) !== max)
        ? [`${variable.name}: ${found[0]}, not the registry's ${min}–${max}`]
        : [],
    );
  });
  const ranged = validations.some(
    (validation) =>
      validation.condition.includes(`${name} >= ${min} && ${name} <= ${max}`) &&
      validation.message === rangeMessage(min, max),
  );
  return ranged ? problems : [...problems, `${variable.name}: no validation of ${min}–${max}`];
}

/** Every preset's variables of registered fields: the variable names met, and what is wrong. */
function surveyPresets() {
  const met = new Set<string>();
  const problems: string[] = [];
  for (const { id, design } of PRESETS) {
    const fields = fieldsByVariable(design);
    for (const variable of bundleVariables(design)) {
      const candidates = fields.get(variable.name);
      if (!candidates) continue;
      const match = candidates.find(({ entry, subject }) =>
        describesAs(variable, variableDescription(entry.path, subject)),
      );
      if (!match) {
        const expected = candidates.map(({ entry, subject }) => variableDescription(entry.path, subject));
        problems.push(
          `${id}: ${variable.name} is "${variable.description}", not "${expected.join('" or "')}"`,
        );
        continue;
      }
      met.add(match.entry.variable!);
      if (match.entry.limits)
        problems.push(...rangeProblems(variable, match.entry.limits).map((problem) => `${id}: ${problem}`));
    }
  }
  return { met, problems };
}

describe('variables of registered fields', () => {
  const { met, problems } = surveyPresets();

  it('are described by the registry, and bounded by its limits', () => {
    expect(problems).toEqual([]);
  });

  it('are all met in the presets', () => {
    const variables = new Set(variableFields.map((entry) => entry.variable!));
    expect([...met].sort()).toEqual([...variables].sort());
  });
});
