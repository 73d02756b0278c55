/**
 * Per-environment sizing of one cache: every environment may override the cache's sizing and
 * resilience fields; an empty field means "same as the cache".
 *
 * Overrides are keyed by cache ID, which the user edits. So the fields here edit each environment's
 * `overrides` record as a whole rather than binding form paths that contain the ID: such paths would
 * register (and leave behind) empty entries under every ID typed on the way.
 */
import Typography from '@mui/material/Typography';
import { useController, useWatch } from 'react-hook-form';
import type { Engine } from '@/model/catalog';
import type { Cache, CacheOverride, Environment } from '@/model/design';
import type { NodeTypeNeeds } from '@/model/node-type-fit';
import { overridesForKind, valueAtPath } from '@/model/fields';
import { fieldDomId } from '../field-paths';
import { nodeTypeOptions } from '../node-type-options';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { NodeTypePickerInDesign } from './NodeTypeField';
import { FieldGrid, SubHeading } from './FormSection';
import type { CacheBase } from './cache-fields';

type Override = ReturnType<typeof overridesForKind>[number];

interface Overridable {
  nodeType?: string;
  numbers: [Override, number | undefined][];
  booleans: [Override, boolean][];
}

/**
 * What a cache lets an environment change, with the cache's own value: the override table's fields of
 * its kind (shards only with cluster mode on). Limited fields are numbers, the others switches.
 */
function overridable(cache: Cache): Overridable {
  const fields = overridesForKind(cache.kind).filter(
    (field) =>
      field.key !== 'shards' || (cache.kind === 'replication-group' && cache.clusterMode !== 'disabled'),
  );
  const valued = (field: Override) => [field, valueAtPath(cache, field.path)] as const;
  return {
    nodeType: fields.some((field) => field.key === 'nodeType')
      ? (valueAtPath(cache, 'nodeType') as string)
      : undefined,
    numbers: fields.filter((field) => field.limits).map(valued) as [Override, number | undefined][],
    booleans: fields.filter((field) => !field.limits && field.key !== 'nodeType').map(valued) as [
      Override,
      boolean,
    ][],
  };
}

/** What of the cache decides the node types an environment may give it. */
const nodeTypeNeeds = (cache: Cache, engine: Engine): NodeTypeNeeds => ({
  engine,
  engineVersion: cache.kind === 'serverless' ? cache.majorVersion : cache.engineVersion,
  dataTiering: cache.kind === 'replication-group' && cache.dataTiering,
  globalDatastore: cache.kind === 'replication-group' && cache.globalDatastore.enabled,
});

const inherited = (value: string) => `Same as the cache (${value})`;

type OverrideErrors = Partial<Record<string, Partial<Record<keyof CacheOverride, { message?: string }>>>>;

/** One environment's overrides of one cache. */
function EnvironmentOverrideFields({
  envIndex,
  environment,
  cache,
  engine,
}: {
  envIndex: number;
  environment: Environment;
  cache: Cache;
  engine: Engine;
}) {
  const { field, fieldState } = useController({ name: `environments.${envIndex}.overrides` });
  const overrides = (field.value as Record<string, CacheOverride> | undefined) ?? {};
  const own = overrides[cache.id] ?? {};
  const errors = (fieldState.error as OverrideErrors | undefined)?.[cache.id];
  const at = `environments.${envIndex}.overrides.${cache.id}`;

  /** Sets one override; "same as the cache" removes it, and an empty entry goes with its last key. */
  const set = <K extends keyof CacheOverride>(key: K, value: CacheOverride[K]) => {
    const { [key]: _replaced, ...rest } = own;
    const next: CacheOverride = value === undefined ? rest : { ...rest, [key]: value };
    const { [cache.id]: _entry, ...others } = overrides;
    field.onChange(Object.keys(next).length ? { ...others, [cache.id]: next } : others);
  };
  const common = (key: keyof CacheOverride) => ({
    id: fieldDomId(`${at}.${key}`),
    onBlur: field.onBlur,
    error: errors?.[key]?.message,
  });
  const { nodeType, numbers, booleans } = overridable(cache);

  return (
    <section aria-label={`Environment ${environment.name}`}>
      <SubHeading>{environment.name || `Environment ${envIndex + 1}`}</SubHeading>
      <FieldGrid>
        {nodeType !== undefined && (
          <NodeTypePickerInDesign
            {...common('nodeType')}
            options={[
              { value: undefined, label: inherited(nodeType), detail: '', group: '' },
              ...nodeTypeOptions(nodeTypeNeeds(cache, engine), own.nodeType),
            ]}
            value={own.nodeType}
            onChange={(next) => set('nodeType', next)}
          />
        )}
        {numbers.map(([{ key, text, limits }, base]) => (
          <NumberField
            key={key}
            {...common(key)}
            help={text}
            min={limits![0]}
            max={limits![1]}
            optional
            placeholder={inherited(base === undefined ? 'no limit' : String(base))}
            value={own[key] as number | undefined}
            onChange={(next) => set(key, next)}
          />
        ))}
        {booleans.map(([{ key, text }, base]) => (
          <SelectField
            key={key}
            {...common(key)}
            help={text}
            options={[
              { value: undefined, label: inherited(base ? 'on' : 'off') },
              { value: true, label: 'On' },
              { value: false, label: 'Off' },
            ]}
            value={own[key]}
            onChange={(next) => set(key, next)}
          />
        ))}
      </FieldGrid>
    </section>
  );
}

export function EnvironmentOverrides({ base, engine }: { base: CacheBase; engine: Engine }) {
  const cache = useWatch({ name: base }) as Cache;
  const environments = (useWatch({ name: 'environments' }) as Environment[] | undefined) ?? [];
  if (!environments.length)
    return (
      <Typography variant="body2" color="textSecondary">
        This design has one environment. Add environments under General to size this cache differently in each
        (for example, one small node in dev).
      </Typography>
    );
  return environments.map((environment, envIndex) => (
    <EnvironmentOverrideFields
      key={envIndex}
      envIndex={envIndex}
      environment={environment}
      cache={cache}
      engine={engine}
    />
  ));
}
