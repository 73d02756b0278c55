/** The sections of a Valkey or Redis OSS replication group. */
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  ENGINE_VERSIONS,
  GLOBAL_DATASTORE_REGIONS,
  type Region,
  type ReplicationEngine,
} from '@/model/catalog';
import type { Design } from '@/model/design';
import { HELP, replicasHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import {
  choices,
  GLOBAL_REGION_OPTIONS,
  REPLICATION_ENGINE_OPTIONS,
  versionOptions,
} from '../catalog-options';
import { ListEditor } from '../fields/ListEditor';
import { NumberFieldRhf } from '../fields/NumberFieldRhf';
import { SelectRhf } from '../fields/SelectRhf';
import { SwitchRhf } from '../fields/SwitchRhf';
import { TagsField } from '../fields/TagsField';
import { TextFieldRhf } from '../fields/TextFieldRhf';
import { isOn, When } from '../fields/When';
import { CacheSection } from './CacheSection';
import { SubHeading } from './FormSection';
import { EnvironmentOverrides } from './EnvironmentOverrides';
import {
  AlarmsFields,
  ExpectedUsageFields,
  AuthFields,
  InstancesField,
  KmsKeyFields,
  LogStreamFields,
  MaintenanceFields,
  NetworkTypeField,
  ParameterGroupFields,
  PreferredAzsField,
  type CacheBase,
} from './cache-fields';
import { NodeTypeField } from './NodeTypeField';

const clusterModeOn = (mode: unknown) => mode !== 'disabled';

/** Labelled as cluster mode has it (see `replicasHelp`), like its entries in Checks. */
function ReplicasField({ base }: { base: CacheBase }) {
  const clusterMode = useWatch({ name: `${base}.clusterMode` });
  return <NumberFieldRhf name={`${base}.replicasPerShard`} help={replicasHelp(clusterMode)} />;
}

/** A region for a new secondary: one not in use, in the primary's part of the world when one is free. */
function nextSecondaryRegion(primary: string, secondaries: readonly { region: string }[]): Region {
  const taken = new Set([primary, ...secondaries.map((secondary) => secondary.region)]);
  const free = GLOBAL_DATASTORE_REGIONS.filter((candidate) => !taken.has(candidate));
  const area = `${primary.split('-')[0]}-`;
  return free.find((candidate) => candidate.startsWith(area)) ?? free[0] ?? GLOBAL_DATASTORE_REGIONS[0]!;
}

function SecondaryRegionsField({ base }: { base: CacheBase }) {
  const name = `${base}.globalDatastore.secondaries` as const;
  const { fields, append, remove } = useFieldArray({ name });
  const { getValues } = useFormContext<Design>();
  const addRegion = () =>
    append({ region: nextSecondaryRegion(getValues('region'), getValues(name)), replicasPerShard: 1 });
  return (
    <ListEditor
      id={fieldDomId(name)}
      help={HELP.secondaries}
      itemName="secondary region"
      maxRows={2}
      emptyText="No secondary region yet."
      rows={fields.map((field, index) => ({
        key: field.id,
        content: (
          <>
            <SelectRhf
              name={`${name}.${index}.region`}
              help={HELP.secondaryRegion}
              options={GLOBAL_REGION_OPTIONS}
            />
            <NumberFieldRhf name={`${name}.${index}.replicasPerShard`} help={HELP.secondaryReplicas} />
            <TextFieldRhf
              name={`${name}.${index}.replicationGroupId`}
              help={HELP.secondaryId}
              optional
              monospace
            />
            <TextFieldRhf name={`${name}.${index}.description`} help={HELP.secondaryDescription} optional />
            <TagsField name={`${name}.${index}.tags`} help={HELP.secondaryTags} />
          </>
        ),
      }))}
      onAdd={addRegion}
      onRemove={remove}
    />
  );
}

export function ReplicationGroupSections({ index }: { index: number }) {
  const base = `caches.${index}` as const;
  const { getValues, setValue } = useFormContext();
  const engine = useWatch({ name: `${base}.engine` }) as ReplicationEngine;
  const version = useWatch({ name: `${base}.engineVersion` }) as string;

  // The version list depends on the engine: keep the version one the new engine offers.
  const keepVersionOffered = (next: ReplicationEngine) => {
    const offered = ENGINE_VERSIONS[next];
    if (!offered.some((candidate) => candidate.version === getValues(`${base}.engineVersion`)))
      setValue(`${base}.engineVersion`, offered[0]!.version, { shouldValidate: true });
  };

  // A global datastore needs a secondary region: turning it on adds one rather than an error.
  const startWithSecondary = (on: boolean) => {
    const secondaries = `${base}.globalDatastore.secondaries`;
    if (on && !getValues(secondaries).length)
      setValue(secondaries, [{ region: nextSecondaryRegion(getValues('region'), []), replicasPerShard: 1 }], {
        shouldValidate: true,
      });
  };

  return (
    <>
      <CacheSection index={index} section="topology">
        <SelectRhf
          name={`${base}.engine`}
          help={HELP.engine}
          options={REPLICATION_ENGINE_OPTIONS}
          onValueChange={keepVersionOffered}
        />
        <SelectRhf
          name={`${base}.engineVersion`}
          help={HELP.engineVersion}
          options={versionOptions(engine)}
        />
        <NumberFieldRhf name={`${base}.port`} help={HELP.port} />
        <SelectRhf
          name={`${base}.clusterMode`}
          help={HELP.clusterMode}
          options={choices({ disabled: 'Disabled', enabled: 'Enabled', compatible: 'Compatible' })}
          // Per-node AZ placement applies without cluster mode only; its field disappears, so clear it.
          onValueChange={(mode) =>
            mode !== 'disabled' && setValue(`${base}.preferredAzs`, [], { shouldValidate: true })
          }
        />
        <When name={`${base}.clusterMode`} is={clusterModeOn}>
          <NumberFieldRhf name={`${base}.shards`} help={HELP.shards} />
        </When>
        <ReplicasField base={base} />
        <SwitchRhf name={`${base}.multiAz`} help={HELP.multiAz} />
        <SwitchRhf name={`${base}.automaticFailover`} help={HELP.automaticFailover} />
        <NetworkTypeField base={base} />
        <When name={`${base}.networkType`} is={(type) => type !== 'ipv4'}>
          <SelectRhf
            name={`${base}.ipDiscovery`}
            help={HELP.ipDiscovery}
            options={[
              { value: undefined, label: 'Default (IPv6 on IPv6, else IPv4)' },
              { value: 'ipv4', label: 'IPv4' },
              { value: 'ipv6', label: 'IPv6' },
            ]}
          />
        </When>
        <When name={`${base}.clusterMode`} is={(mode) => !clusterModeOn(mode)}>
          <PreferredAzsField base={base} />
        </When>
        <InstancesField base={base} />
        <SwitchRhf name={`${base}.settingsAsVariables`} help={HELP.settingsAsVariables} />
      </CacheSection>

      <CacheSection index={index} section="capacity" below={<ExpectedUsageFields base={base} />}>
        <NodeTypeField base={base} engine={engine} />
        <SwitchRhf name={`${base}.dataTiering`} help={HELP.dataTiering} />
      </CacheSection>

      <CacheSection index={index} section="security">
        <SwitchRhf name={`${base}.atRestEncryption.enabled`} help={HELP.atRestEncryption} />
        <When name={`${base}.atRestEncryption.enabled`} is={isOn}>
          <KmsKeyFields at={`${base}.atRestEncryption.kmsKey`} />
        </When>
        <SwitchRhf name={`${base}.transitEncryption.enabled`} help={HELP.transitEncryption} />
        <When name={`${base}.transitEncryption.enabled`} is={isOn}>
          <SelectRhf
            name={`${base}.transitEncryption.mode`}
            help={HELP.transitMode}
            options={choices({ required: 'Required', preferred: 'Preferred' })}
          />
        </When>
        <AuthFields base={base} />
      </CacheSection>

      <CacheSection index={index} section="backup" below={<MaintenanceFields base={base} />}>
        <NumberFieldRhf name={`${base}.backups.retentionDays`} help={HELP.backupRetention} />
        <TextFieldRhf name={`${base}.backups.window`} help={HELP.backupWindow} monospace />
        <SwitchRhf name={`${base}.backups.finalSnapshot`} help={HELP.finalSnapshot} />
        <TextFieldRhf
          name={`${base}.backups.restoreFromSnapshot`}
          help={HELP.restoreFromSnapshot}
          optional
          monospace
        />
      </CacheSection>

      <CacheSection
        index={index}
        section="parameters"
        below={<ParameterGroupFields base={base} engine={engine} version={version} />}
      />

      <CacheSection
        index={index}
        section="monitoring"
        below={
          <>
            <LogStreamFields base={base} stream="slowLog" title="Slow log" />
            <LogStreamFields base={base} stream="engineLog" title="Engine log" />
            <SubHeading>Events</SubHeading>
            <SwitchRhf name={`${base}.notifications`} help={HELP.notifications} />
            <AlarmsFields base={base} replicationGroup />
          </>
        }
      />

      <CacheSection index={index} section="global">
        <SwitchRhf
          name={`${base}.globalDatastore.enabled`}
          help={HELP.globalEnabled}
          onValueChange={startWithSecondary}
        />
        <When name={`${base}.globalDatastore.enabled`} is={isOn}>
          <TextFieldRhf name={`${base}.globalDatastore.suffix`} help={HELP.globalSuffix} monospace />
          <SecondaryRegionsField base={base} />
        </When>
      </CacheSection>

      <CacheSection
        index={index}
        section="environments"
        below={<EnvironmentOverrides base={base} engine={engine} />}
      />
    </>
  );
}
